#include "HttpTestServer.h"
#include "UnusedPort.h"
#include "core/api/ErrorText.h"
#include "core/api/RequestBuilder.h"
#include "core/api/VeroClient.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Workspace::CredentialPlacement)

namespace {
const QString Secret = QStringLiteral("s3cr3t+/=token");

ApiRequest identifyRequest()
{
    OperationInput input;
    input.operation = Operation::Identify;
    input.id = QStringLiteral("1234");
    input.email = QStringLiteral("test@getvero.com");
    return RequestBuilder::build(input).request;
}
} // namespace

// The client against a real HTTP server on loopback: what goes out, and how every kind of answer (or none)
// comes back to the user.
class tst_VeroClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sendsCredential_data();
    void sendsCredential();
    void heartbeatCarriesNoCredential();
    void reportsAnswers_data();
    void reportsAnswers();
    void reportsRetryAfter();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void reportsTimeout();
    void reportsConnectionRefused();
    void refusesPlainHttpToRemoteHost();
    void refusesUnreadableCaFile();
    void startedCarriesRedactedRequest();
    void lateRepliesAreDroppedWhenClientDies();
    void droppedConnectionMayHaveArrived();
    void cancelEndsTheWait();

private:
    ApiResult sendAndWait(VeroClient& client, const ApiRequest& request, const Workspace& workspace);
    Workspace workspace() const;
    std::unique_ptr<HttpTestServer> m_server;
};

void tst_VeroClient::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
}

Workspace tst_VeroClient::workspace() const
{
    Workspace workspace;
    workspace.name = QStringLiteral("test");
    workspace.baseUrl = m_server->baseUrl();
    workspace.timeoutSeconds = 5;
    return workspace;
}

ApiResult tst_VeroClient::sendAndWait(VeroClient& client, const ApiRequest& request, const Workspace& workspace)
{
    QSignalSpy finished(&client, &VeroClient::finished);
    const VeroClient::RequestId id = client.send(request, workspace, Secret);
    if (!finished.wait(15000)) {
        qWarning("no finished signal");
        return {};
    }
    if (finished.first().at(0).value<VeroClient::RequestId>() != id) {
        qWarning("finished for another request");
    }
    return finished.first().at(1).value<ApiResult>();
}

void tst_VeroClient::sendsCredential_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Workspace::CredentialPlacement>("placement");
    QTest::newRow("auth_token in body") << QStringLiteral("auth_token") << Workspace::CredentialPlacement::Body;
    QTest::newRow("auth_token in query") << QStringLiteral("auth_token") << Workspace::CredentialPlacement::Query;
    QTest::newRow("tracking_api_key in body")
        << QStringLiteral("tracking_api_key") << Workspace::CredentialPlacement::Body;
    QTest::newRow("tracking_api_key in query")
        << QStringLiteral("tracking_api_key") << Workspace::CredentialPlacement::Query;
}

void tst_VeroClient::sendsCredential()
{
    QFETCH(QString, name);
    QFETCH(Workspace::CredentialPlacement, placement);
    VeroClient client;
    Workspace target = workspace();
    target.credentialName = name;
    target.credentialPlacement = placement;

    const ApiResult result = sendAndWait(client, identifyRequest(), target);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.message, QStringLiteral("Success."));
    QCOMPARE(result.outcome(), ApiResult::Outcome::Accepted);
    QVERIFY(result.error.isEmpty());

    QCOMPARE(m_server->requests().size(), 1);
    const HttpTestServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/users/track"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("1234"));
    QCOMPARE(body.value(QLatin1String("email")).toString(), QStringLiteral("test@getvero.com"));
    if (placement == Workspace::CredentialPlacement::Body) {
        QCOMPARE(body.value(name).toString(), Secret);
        QVERIFY(request.query.isEmpty());
    } else {
        QVERIFY(!body.contains(name));
        // '+', '/' and '=' survive the query string intact.
        QCOMPARE(request.query.queryItemValue(name, QUrl::FullyDecoded), Secret);
    }
    const QString other
        = name == QLatin1String("auth_token") ? QStringLiteral("tracking_api_key") : QStringLiteral("auth_token");
    QVERIFY(!body.contains(other));
}

void tst_VeroClient::heartbeatCarriesNoCredential()
{
    VeroClient client;
    OperationInput input;
    input.operation = Operation::Heartbeat;
    const ApiRequest heartbeat = RequestBuilder::build(input).request;
    Workspace target = workspace();
    target.credentialPlacement = Workspace::CredentialPlacement::Query;
    QCOMPARE(sendAndWait(client, heartbeat, target).status, 200);
    const HttpTestServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/heartbeat"));
    QVERIFY(request.query.isEmpty());
    QVERIFY(request.body.isEmpty());
}

void tst_VeroClient::reportsAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("errorContains");

    const auto accepted = int(ApiResult::Outcome::Accepted);
    const auto rejected = int(ApiResult::Outcome::Rejected);
    const auto failed = int(ApiResult::Outcome::Failed);
    QTest::newRow("200 json") << 200 << QByteArray("application/json")
                              << QByteArray(R"({"status":200,"message":"Success."})") << accepted
                              << QStringLiteral("Success.") << QString();
    QTest::newRow("200 empty") << 200 << QByteArray() << QByteArray() << accepted << QString() << QString();
    QTest::newRow("400 json") << 400 << QByteArray("application/json")
                              << QByteArray(R"({"status":400,"message":"id is required"})") << rejected
                              << QStringLiteral("id is required") << QStringLiteral("rejected the request as invalid");
    QTest::newRow("400 html") << 400 << QByteArray("text/html") << QByteArray("<html><body>Bad</body></html>")
                              << rejected << QString() << QStringLiteral("400 Bad Request");
    QTest::newRow("401 json") << 401 << QByteArray("application/json")
                              << QByteArray(R"({"status":401,"message":"Unauthorized"})") << rejected
                              << QStringLiteral("Unauthorized") << QStringLiteral("rejected the credential");
    QTest::newRow("401 empty") << 401 << QByteArray() << QByteArray() << rejected << QString()
                               << QStringLiteral("rejected the credential");
    QTest::newRow("404 html") << 404 << QByteArray("text/html") << QByteArray("<h1>Not Found</h1>") << rejected
                              << QString() << QStringLiteral("Check the workspace's base URL");
    QTest::newRow("500 json") << 500 << QByteArray("application/json")
                              << QByteArray(R"({"status":500,"message":"Internal error"})") << failed
                              << QStringLiteral("Internal error") << QStringLiteral("internal error (500)");
    QTest::newRow("502 html") << 502 << QByteArray("text/html") << QByteArray("<h1>Bad gateway</h1>") << failed
                              << QString() << QStringLiteral("internal error (502)");
    QTest::newRow("503 empty") << 503 << QByteArray() << QByteArray() << failed << QString()
                               << QStringLiteral("try again later");
}

void tst_VeroClient::reportsAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(QString, message);
    QFETCH(QString, errorContains);

    m_server->setResponse({status, contentType, body, false, {}});
    VeroClient client;
    const ApiResult result = sendAndWait(client, identifyRequest(), workspace());
    QCOMPARE(result.status, status);
    QCOMPARE(int(result.outcome()), outcome);
    QCOMPARE(result.message, message);
    QCOMPARE(result.body, body);
    QVERIFY(result.elapsedMs >= 0);
    if (errorContains.isEmpty()) {
        QVERIFY(result.error.isEmpty());
    } else {
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    }
    QVERIFY(!result.error.contains(Secret));
    QVERIFY(!result.summary().contains(Secret));
}

void tst_VeroClient::reportsRetryAfter()
{
    HttpTestServer::Response busy;
    busy.status = 429;
    busy.body = R"({"status":429,"message":"Too many requests"})";
    busy.extraHeaders = "Retry-After: 7\r\n";
    m_server->setResponse(busy);
    VeroClient client;
    const ApiResult result = sendAndWait(client, identifyRequest(), workspace());
    QCOMPARE(result.status, 429);
    QCOMPARE(result.outcome(), ApiResult::Outcome::Rejected);
    QCOMPARE(result.retryAfterSeconds, 7);
    QVERIFY2(result.error.contains(QStringLiteral("asked to wait 7 seconds")), qPrintable(result.error));

    busy.extraHeaders.clear();
    m_server->setResponse(busy);
    const ApiResult withoutHeader = sendAndWait(client, identifyRequest(), workspace());
    QCOMPARE(withoutHeader.retryAfterSeconds, -1);
    QVERIFY2(withoutHeader.error.contains(QStringLiteral("Too many requests (429)")), qPrintable(withoutHeader.error));
}

void tst_VeroClient::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("date in the past") << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
}

void tst_VeroClient::parsesRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(ErrorText::parseRetryAfter(header, now), seconds);
}

void tst_VeroClient::reportsTimeout()
{
    m_server->setResponse({200, {}, {}, true, {}});
    VeroClient client;
    Workspace target = workspace();
    target.timeoutSeconds = 1;
    const ApiResult result = sendAndWait(client, identifyRequest(), target);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.outcome(), ApiResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("No answer from 127.0.0.1 within 1 seconds")),
             qPrintable(result.error));
    QCOMPARE(m_server->requests().size(), 1); // it did go out
    QVERIFY(result.outcomeUnknown());         // so it may have been applied
}

void tst_VeroClient::reportsConnectionRefused()
{
    Workspace target = workspace();
    target.baseUrl = UnusedPort::baseUrl();
    VeroClient client;
    const ApiResult result = sendAndWait(client, identifyRequest(), target);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.outcome(), ApiResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("refused the connection")), qPrintable(result.error));
    QVERIFY(!result.outcomeUnknown()); // nothing reached the service
}

void tst_VeroClient::refusesPlainHttpToRemoteHost()
{
    Workspace target = workspace();
    target.baseUrl = QUrl(QStringLiteral("http://api.getvero.com/api/v2"));
    VeroClient client;
    const ApiResult result = sendAndWait(client, identifyRequest(), target);
    QCOMPARE(result.outcome(), ApiResult::Outcome::NotSent);
    QVERIFY(!result.sent);
    QVERIFY2(result.error.contains(QStringLiteral("Plain http:// is refused")), qPrintable(result.error));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_VeroClient::refusesUnreadableCaFile()
{
    Workspace target = workspace();
    target.caFile = QStringLiteral("/nonexistent/ca.pem");
    VeroClient client;
    const ApiResult result = sendAndWait(client, identifyRequest(), target);
    QCOMPARE(result.outcome(), ApiResult::Outcome::NotSent);
    QVERIFY2(result.error.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(result.error));
}

void tst_VeroClient::startedCarriesRedactedRequest()
{
    VeroClient client;
    QSignalSpy started(&client, &VeroClient::started);
    sendAndWait(client, identifyRequest(), workspace());
    QCOMPARE(started.size(), 1);
    const WireRequest redacted = started.first().at(1).value<WireRequest>();
    QVERIFY(!redacted.body.contains(Secret.toUtf8()));
    QVERIFY(redacted.body.contains("\"auth_token\":\"***\""));
}

void tst_VeroClient::lateRepliesAreDroppedWhenClientDies()
{
    m_server->setResponse({200, {}, {}, true, {}});
    auto client = std::make_unique<VeroClient>();
    QSignalSpy received(m_server.get(), &HttpTestServer::requestReceived);
    QSignalSpy closed(m_server.get(), &HttpTestServer::connectionClosed);
    client->send(identifyRequest(), workspace(), Secret);
    QVERIFY(received.wait(5000));
    QCOMPARE(client->pendingCount(), 1);
    QCOMPARE(closed.count(), 0); // the server never answers, so only the client can hang up
    client.reset();
    // The outstanding reply was aborted: the connection closes, and the event loop turning over the dead
    // client's reply crashes nothing.
    QVERIFY(closed.wait(5000));
    QCOMPARE(m_server->requests().size(), 1);
}

/// The server read the request and closed the connection: no answer, but it may have been applied.
void tst_VeroClient::droppedConnectionMayHaveArrived()
{
    m_server->setHangUp(true);
    VeroClient client;
    const ApiResult result = sendAndWait(client, identifyRequest(), workspace());
    QCOMPARE(result.status, 0);
    QVERIFY(!m_server->requests().isEmpty());
    QVERIFY2(result.outcomeUnknown(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
}

/// cancel() ends the wait for an answer: finished follows, cancelled and possibly arrived; the id is done.
void tst_VeroClient::cancelEndsTheWait()
{
    m_server->setResponse({200, {}, {}, true, {}});
    VeroClient client;
    QSignalSpy finished(&client, &VeroClient::finished);
    QSignalSpy received(m_server.get(), &HttpTestServer::requestReceived);
    const VeroClient::RequestId id = client.send(identifyRequest(), workspace(), Secret);
    QVERIFY(received.wait(15000));
    client.cancel(id);
    QVERIFY(finished.isEmpty()); // from the event loop, never inside cancel()
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(0).value<VeroClient::RequestId>(), id);
    const ApiResult result = finished.first().at(1).value<ApiResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.mayHaveArrived);
    QVERIFY2(result.error.contains(QStringLiteral("Cancelled while waiting")), qPrintable(result.error));
    QCOMPARE(client.pendingCount(), 0);
    client.cancel(id); // finished already: nothing more
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(tst_VeroClient)
#include "tst_VeroClient.moc"
