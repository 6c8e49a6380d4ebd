#include "HistoryTestData.h"
#include "HttpTestServer.h"
#include "UnusedPort.h"
#include "core/api/RequestBuilder.h"
#include "core/api/VeroClient.h"
#include "core/history/HistoryRecorder.h"
#include "core/history/HistoryStore.h"

#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

class tst_HistoryRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowIsPendingThenCompleted();
    void headersAreRecordedAsSentAndReceived();
    void unansweredRequestStaysPending();
    void networkFailureIsRecorded();
    void rejectionIsRecorded();
    void refusedBeforeSendingIsRecorded();
    void trackAfterClientSend();
    void trackFromRequestOnly();
    void untrackedRequestsAreNotRecorded();
    void writeFailureIsReported();

private:
    Workspace serverWorkspace() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HttpTestServer> m_server;
};

void tst_HistoryRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->open());
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
}

void tst_HistoryRecorder::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

Workspace tst_HistoryRecorder::serverWorkspace() const
{
    Workspace workspace;
    workspace.name = QStringLiteral("sandbox");
    workspace.baseUrl = m_server->baseUrl();
    return workspace;
}

void tst_HistoryRecorder::rowIsPendingThenCompleted()
{
    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Gui);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);

    OperationInput input
        = identify(QStringLiteral("u1"), QStringLiteral("ann@example.com"), QStringLiteral("{\"plan\": \"pro\"}"));
    const ApiRequest request = RequestBuilder::build(input).request;

    // Look at the row the moment it is written, before the reply can arrive.
    std::optional<HistoryEntry> atStart;
    connect(&recorder, &HistoryRecorder::recorded, this, [&](VeroClient::RequestId, qint64 rowId) {
        atStart = m_store->entry(rowId);
    });
    const VeroClient::RequestId id = recorder.send(input, request, serverWorkspace(), QStringLiteral("secret-token-1"));
    QCOMPARE(m_store->count(), 0); // nothing is written inside send(): the client reports from the event loop
    QVERIFY(recorded.wait(10000));
    QCOMPARE(recorded.first().at(0).value<VeroClient::RequestId>(), id);
    QVERIFY(atStart);
    QCOMPARE(atStart->statusClass, StatusClass::Pending);
    QCOMPARE(atStart->httpStatus, 0);

    QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 10000);
    const qint64 rowId = completed.first().at(1).toLongLong();
    QCOMPARE(rowId, atStart->id);
    QCOMPARE(recorder.rowId(id), rowId);
    QCOMPARE(recorder.pendingCount(), 0);
    const HistoryEntry row = *m_store->entry(rowId);
    QCOMPARE(row.statusClass, StatusClass::Success);
    QCOMPARE(row.httpStatus, 200);
    QCOMPARE(row.message, QStringLiteral("Success."));
    QCOMPARE(row.responseBody, QStringLiteral(R"({"status":200,"message":"Success."})"));
    QVERIFY(row.elapsedMs >= 0);
    QCOMPARE(row.workspace, QStringLiteral("sandbox"));
    QCOMPARE(row.source, HistoryEntry::Source::Gui);
    QCOMPARE(row.operatorName, HistoryEntry::currentOperator());
    QVERIFY(!row.operatorName.isEmpty());
    QCOMPARE(row.method, QStringLiteral("POST"));
    QCOMPARE(row.url, m_server->baseUrl().toString() + QStringLiteral("/users/track"));
    QCOMPARE(row.userId, QStringLiteral("u1"));
    QCOMPARE(row.email, QStringLiteral("ann@example.com"));
    // The form input exactly as typed (spacing included), for "open in form".
    QCOMPARE(row.operationInput(), input);
    QCOMPARE(QJsonDocument::fromJson(row.requestBody.toUtf8()).object().value(QStringLiteral("auth_token")).toString(),
             QStringLiteral("***"));
    QCOMPARE(m_server->requests().first().json().value(QStringLiteral("auth_token")).toString(),
             QStringLiteral("secret-token-1"));
}

// The detail view shows the headers from the history: those the row holds must be the ones that travelled,
// every one of them, and the server's answer headers with an echoed credential and a cookie masked.
void tst_HistoryRecorder::headersAreRecordedAsSentAndReceived()
{
    const QString secret = QStringLiteral("secret-token-1");
    HttpTestServer::Response answer;
    answer.extraHeaders
        = "X-Request-Id: req-42\r\nX-Echo: token=" + secret.toUtf8() + "\r\nSet-Cookie: session=abc123\r\n";
    m_server->setResponse(answer);
    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Gui);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);
    const OperationInput input = identify(QStringLiteral("u1"), QStringLiteral("ann@example.com"));
    recorder.send(input, RequestBuilder::build(input).request, serverWorkspace(), secret);
    QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 10000);
    const HistoryEntry row = *m_store->entry(completed.first().at(1).toLongLong());

    // Sent: every header the server received, with its value, and nothing it did not receive.
    QMap<QByteArray, QByteArray> recorded;
    for (const QString& line : row.requestHeaders.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        QVERIFY2(colon > 0, qPrintable(line));
        recorded.insert(line.left(colon).toLower().toLatin1(), line.mid(colon + 2).toLatin1());
    }
    const QHash<QByteArray, QByteArray> received = m_server->requests().first().headers;
    QCOMPARE(QSet<QByteArray>(recorded.keyBegin(), recorded.keyEnd()),
             QSet<QByteArray>(received.keyBegin(), received.keyEnd()));
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        QCOMPARE(it.value(), received.value(it.key()));
    }
    QVERIFY(row.requestHeaders.contains(QStringLiteral("User-Agent: VeroAdmin/")));

    // Received: in order, the echoed credential and the cookie hidden.
    QVERIFY2(row.responseHeaders.contains(QStringLiteral("X-Request-Id: req-42")), qPrintable(row.responseHeaders));
    QVERIFY2(row.responseHeaders.contains(QStringLiteral("X-Echo: token=***")), qPrintable(row.responseHeaders));
    QVERIFY2(row.responseHeaders.contains(QStringLiteral("Set-Cookie: ***")), qPrintable(row.responseHeaders));
    QVERIFY(!row.responseHeaders.contains(secret));
    QVERIFY(!row.responseHeaders.contains(QStringLiteral("abc123")));
    QVERIFY(row.responseHeaders.startsWith(QStringLiteral("Content-Type: application/json")));
}

void tst_HistoryRecorder::unansweredRequestStaysPending()
{
    HttpTestServer::Response silent;
    silent.silent = true;
    m_server->setResponse(silent);
    auto client = std::make_unique<VeroClient>();
    HistoryRecorder recorder(m_store.get(), client.get(), HistoryEntry::Source::Gui);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    recorder.send(identify(QStringLiteral("u1")),
                  RequestBuilder::build(identify(QStringLiteral("u1"))).request,
                  serverWorkspace(),
                  QStringLiteral("tok-123456"));
    QVERIFY(recorded.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 10000);
    // The app goes away before the reply: the row says the request went out and no answer was recorded.
    client.reset();
    const QList<HistoryEntry> rows = m_store->fetch({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().statusClass, StatusClass::Pending);
    HistoryStore::Filter pending;
    pending.status = HistoryStore::StatusFilter::Pending;
    QCOMPARE(m_store->count(pending), 1);
}

void tst_HistoryRecorder::networkFailureIsRecorded()
{
    // A port nobody listens on: the connection is refused.
    Workspace workspace = serverWorkspace();
    workspace.baseUrl = UnusedPort::baseUrl();

    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Bulk);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);
    const OperationInput input = tags(QStringLiteral("u1"), {QStringLiteral("vip")});
    recorder.send(input, RequestBuilder::build(input).request, workspace, QStringLiteral("tok-123456"));
    QVERIFY(completed.wait(20000));
    const HistoryEntry row = *m_store->entry(completed.first().at(1).toLongLong());
    QCOMPARE(row.statusClass, StatusClass::Failed);
    QCOMPARE(row.httpStatus, 0);
    QVERIFY(!row.networkError.isEmpty());
    QVERIFY2(row.networkError.contains(QStringLiteral("127.0.0.1")), qPrintable(row.networkError));
    QCOMPARE(row.source, HistoryEntry::Source::Bulk);
    QCOMPARE(row.operation, Operation::TagsEdit);
    QCOMPARE(row.operationInput().tagsAdd, QStringList {QStringLiteral("vip")});
    HistoryStore::Filter failed;
    failed.status = HistoryStore::StatusFilter::Failed;
    QCOMPARE(m_store->count(failed), 1);
}

void tst_HistoryRecorder::rejectionIsRecorded()
{
    HttpTestServer::Response response;
    response.status = 400;
    response.body = R"({"status":400,"message":"Identity must contain an id or email."})";
    m_server->setResponse(response);
    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Gui);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);
    const OperationInput input = trackEvent(QStringLiteral("u1"), QStringLiteral("Bought"));
    recorder.send(input, RequestBuilder::build(input).request, serverWorkspace(), QStringLiteral("tok-123456"));
    QVERIFY(completed.wait(10000));
    const HistoryEntry row = *m_store->entry(completed.first().at(1).toLongLong());
    QCOMPARE(row.statusClass, StatusClass::Rejected);
    QCOMPARE(row.httpStatus, 400);
    QCOMPARE(row.message, QStringLiteral("Identity must contain an id or email."));
    QCOMPARE(row.eventName, QStringLiteral("Bought"));
    QVERIFY(!row.dedupKey.isEmpty());
}

void tst_HistoryRecorder::refusedBeforeSendingIsRecorded()
{
    Workspace workspace = serverWorkspace();
    workspace.baseUrl = QUrl(QStringLiteral("http://api.example.test/api/v2")); // plain http to a remote host
    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Gui);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);
    const OperationInput input = simple(Operation::Unsubscribe, QStringLiteral("u1"));
    recorder.send(input, RequestBuilder::build(input).request, workspace, QStringLiteral("tok-123456"));
    QVERIFY(completed.wait(10000));
    QCOMPARE(recorded.count(), 0); // it never went out
    QVERIFY(m_server->requests().isEmpty());
    const HistoryEntry row = *m_store->entry(completed.first().at(1).toLongLong());
    QCOMPARE(row.statusClass, StatusClass::NotSent);
    QVERIFY(row.networkError.contains(QStringLiteral("http://")));
    QCOMPARE(row.url, QStringLiteral("http://api.example.test/api/v2/users/unsubscribe"));
    QVERIFY(row.requestBody.contains(QStringLiteral(R"("auth_token":"***")")));
}

void tst_HistoryRecorder::trackAfterClientSend()
{
    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Gui);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);
    OperationInput input;
    input.operation = Operation::Alias;
    input.id = QStringLiteral("old-id");
    input.newId = QStringLiteral("new-id");
    const VeroClient::RequestId id
        = client.send(RequestBuilder::build(input).request, serverWorkspace(), QStringLiteral("tok-123456"));
    recorder.track(id, input, serverWorkspace(), QStringLiteral("tok-123456"));
    QVERIFY(completed.wait(10000));
    const HistoryEntry row = *m_store->entry(recorder.rowId(id));
    QCOMPARE(row.operation, Operation::Alias);
    QCOMPARE(row.userId, QStringLiteral("old-id"));
    QCOMPARE(row.newUserId, QStringLiteral("new-id"));
    QCOMPARE(row.method, QStringLiteral("PUT"));
    QCOMPARE(row.statusClass, StatusClass::Success);
}

void tst_HistoryRecorder::trackFromRequestOnly()
{
    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Cli);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);
    OperationInput input = trackEvent(QStringLiteral("u1"),
                                      QStringLiteral("Bought"),
                                      QStringLiteral(R"({"sku": "A1"})"),
                                      QStringLiteral(R"({"check_id": "c1"})"));
    input.email = QStringLiteral("ann@example.com");
    const ApiRequest request = RequestBuilder::build(input).request;
    const VeroClient::RequestId id = client.send(request, serverWorkspace(), QStringLiteral("tok-123456"));
    recorder.track(id, request, serverWorkspace(), QStringLiteral("tok-123456"));
    QVERIFY(completed.wait(10000));
    const HistoryEntry row = *m_store->entry(recorder.rowId(id));
    QCOMPARE(row.source, HistoryEntry::Source::Cli);
    const OperationInput rebuilt = row.operationInput();
    QCOMPARE(rebuilt.id, input.id);
    QCOMPARE(rebuilt.email, input.email);
    QCOMPARE(rebuilt.eventName, input.eventName);
    QCOMPARE(QJsonDocument::fromJson(rebuilt.data.toUtf8()), QJsonDocument::fromJson(input.data.toUtf8()));
    QCOMPARE(QJsonDocument::fromJson(rebuilt.extras.toUtf8()), QJsonDocument::fromJson(input.extras.toUtf8()));
    // Rebuilt input sends the same request again.
    QCOMPARE(RequestBuilder::build(rebuilt).request.body, request.body);
    // And the duplicate check sees it.
    QVERIFY(m_store->recentDuplicate(QStringLiteral("sandbox"), input));
}

void tst_HistoryRecorder::untrackedRequestsAreNotRecorded()
{
    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Gui);
    QSignalSpy finished(&client, &VeroClient::finished);
    client.send(
        RequestBuilder::build(identify(QStringLiteral("u1"))).request, serverWorkspace(), QStringLiteral("tok-123456"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_store->count(), 0);
}

void tst_HistoryRecorder::writeFailureIsReported()
{
    // The history cannot be written (another program holds the write lock past the busy timeout): the request is
    // still sent, and the failure is reported instead of swallowed.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(m_store->filePath());
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    VeroClient client;
    HistoryRecorder recorder(m_store.get(), &client, HistoryEntry::Source::Gui);
    QSignalSpy failed(&recorder, &HistoryRecorder::writeFailed);
    QSignalSpy finished(&client, &VeroClient::finished);
    recorder.send(identify(QStringLiteral("u1")),
                  RequestBuilder::build(identify(QStringLiteral("u1"))).request,
                  serverWorkspace(),
                  QStringLiteral("tok-123456"));
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("could not be written")),
             qPrintable(failed.first().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_server->requests().size(), 1);

    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock.finish();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

QTEST_GUILESS_MAIN(tst_HistoryRecorder)
#include "tst_HistoryRecorder.moc"
