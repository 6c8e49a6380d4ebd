#include "HistoryTestData.h"
#include "HttpTestServer.h"
#include "VeroCtlRunner.h"
#include "core/history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

// veroctl writes to the same history as the app: requests it sends appear there with source "cli".
class tst_VeroCtlHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requestsAppearInTheAppsHistory();
    void rejectedRequestIsRecordedToo();
    void dryRunAndBadInputRecordNothing();
    void damagedHistoryIsAWarningNotAFailure();
    void damageFoundByAWriteIsReportedOnStderr();
    void manyRunsKeepTheWriteAheadLogSmall();

    void repeatedEventWarnsAndIsSent();
    void noDuplicatesRefusesAndSendsNothing();
    void differentEventDoesNotWarn_data();
    void differentEventDoesNotWarn();

private:
    // Runs veroctl without blocking the event loop (the test server lives in this process).
    VeroCtlRunner::Run veroctl(const QStringList& arguments) const;
    int runVeroctl(const QStringList& arguments, QByteArray* standardError = nullptr);
    QString historyFile() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<HttpTestServer> m_server;
    const QString m_token = QStringLiteral("cli-secret-token-0451");
};

void tst_VeroCtlHistory::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
}

void tst_VeroCtlHistory::cleanup()
{
    m_server.reset();
    m_home.reset();
}

QString tst_VeroCtlHistory::historyFile() const
{
    // QStandardPaths::AppDataLocation for the application "vero-admin" (Bootstrap), as the app uses.
    return m_home->filePath(QStringLiteral("data/vero-admin/history.sqlite"));
}

VeroCtlRunner::Run tst_VeroCtlHistory::veroctl(const QStringList& arguments) const
{
    VeroCtlRunner runner(m_home->path());
    runner.setToken(m_token);
    runner.setAppendedArguments({QStringLiteral("--base-url"), m_server->baseUrl().toString()});
    return runner.run(arguments);
}

int tst_VeroCtlHistory::runVeroctl(const QStringList& arguments, QByteArray* standardError)
{
    const VeroCtlRunner::Run run = veroctl(arguments);
    if (standardError) {
        *standardError = run.err.toUtf8();
    }
    return run.exitCode;
}

void tst_VeroCtlHistory::requestsAppearInTheAppsHistory()
{
    QByteArray errors;
    QCOMPARE(runVeroctl({QStringLiteral("identify"),
                         QStringLiteral("--id"),
                         QStringLiteral("cli-user"),
                         QStringLiteral("--email"),
                         QStringLiteral("cli@example.com"),
                         QStringLiteral("--data"),
                         QStringLiteral(R"({"plan":"pro"})")},
                        &errors),
             0);
    QVERIFY2(errors.isEmpty(), errors.constData());
    QCOMPARE(runVeroctl({QStringLiteral("tags"),
                         QStringLiteral("--id"),
                         QStringLiteral("cli-user"),
                         QStringLiteral("--add"),
                         QStringLiteral("vip"),
                         QStringLiteral("--credential-in"),
                         QStringLiteral("query")}),
             0);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(QFileInfo::exists(historyFile()));

    HistoryStore store(historyFile());
    QVERIFY(store.open());
    const QList<HistoryEntry> rows = store.userTimeline(QStringLiteral("cli-user"));
    QCOMPARE(rows.size(), 2);
    const HistoryEntry& identifyRow = rows.at(0);
    QCOMPARE(identifyRow.source, HistoryEntry::Source::Cli);
    QCOMPARE(identifyRow.operation, Operation::Identify);
    QCOMPARE(identifyRow.workspace, QStringLiteral("command-line"));
    QCOMPARE(identifyRow.statusClass, StatusClass::Success);
    QCOMPARE(identifyRow.httpStatus, 200);
    QCOMPARE(identifyRow.email, QStringLiteral("cli@example.com"));
    QCOMPARE(identifyRow.operatorName, HistoryEntry::currentOperator());
    QCOMPARE(identifyRow.operationInput().id, QStringLiteral("cli-user"));
    QCOMPARE(QJsonDocument::fromJson(identifyRow.operationInput().data.toUtf8()).object().value(QStringLiteral("plan")),
             QJsonValue(QStringLiteral("pro")));
    QCOMPARE(rows.at(1).operation, Operation::TagsEdit);
    QVERIFY(rows.at(1).url.endsWith(QStringLiteral("auth_token=***")));
    QCOMPARE(rows.at(1).operationInput().tagsAdd, QStringList {QStringLiteral("vip")});

    // Its last known state is there for "restore deleted user".
    const UserSnapshot snapshot = store.lastKnownState(QStringLiteral("cli-user"));
    QCOMPARE(snapshot.email, QStringLiteral("cli@example.com"));
    QCOMPARE(snapshot.tags, QStringList {QStringLiteral("vip")});

    for (const QString& file : QStringList {historyFile(), historyFile() + QStringLiteral("-wal")}) {
        QVERIFY2(!readAll(file).contains(m_token.toUtf8()), qPrintable(file));
    }
}

void tst_VeroCtlHistory::rejectedRequestIsRecordedToo()
{
    HttpTestServer::Response response;
    response.status = 401;
    response.body = R"({"status":401,"message":"Invalid credentials."})";
    m_server->setResponse(response);
    QCOMPARE(runVeroctl({QStringLiteral("unsubscribe"), QStringLiteral("--id"), QStringLiteral("u9")}), 1);
    HistoryStore store(historyFile());
    QVERIFY(store.open());
    const QList<HistoryEntry> rows = store.fetch({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().statusClass, StatusClass::Rejected);
    QCOMPARE(rows.first().message, QStringLiteral("Invalid credentials."));
    QCOMPARE(rows.first().source, HistoryEntry::Source::Cli);
}

void tst_VeroCtlHistory::dryRunAndBadInputRecordNothing()
{
    QCOMPARE(
        runVeroctl(
            {QStringLiteral("identify"), QStringLiteral("--id"), QStringLiteral("u1"), QStringLiteral("--dry-run")}),
        0);
    QCOMPARE(runVeroctl({QStringLiteral("identify"), QStringLiteral("--data"), QStringLiteral("{not json")}), 2);
    QVERIFY(m_server->requests().isEmpty());
    if (QFileInfo::exists(historyFile())) {
        HistoryStore store(historyFile());
        QVERIFY(store.open());
        QCOMPARE(store.count(), 0);
    }
}

void tst_VeroCtlHistory::damagedHistoryIsAWarningNotAFailure()
{
    QVERIFY(QDir().mkpath(QFileInfo(historyFile()).absolutePath()));
    {
        QFile file(historyFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    QByteArray errors;
    QCOMPARE(runVeroctl({QStringLiteral("heartbeat")}, &errors), 0);
    QVERIFY2(errors.contains("veroctl: warning: The history file was damaged"), errors.constData());
    // The line names where the damaged file went.
    const QFileInfo history(historyFile());
    const QStringList aside = history.dir().entryList({history.fileName() + QStringLiteral(".broken-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(QString::fromUtf8(errors).contains(history.dir().filePath(aside.first())), errors.constData());
    HistoryStore store(historyFile());
    QVERIFY(store.open());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.fetch({}).first().operation, Operation::Heartbeat);
}

/// Seen: a corruption found during a write moved the file aside with no message at all in veroctl. The file
/// opens (its table reads) but an index is damaged: the write finds it, the file is moved aside, and stderr
/// says so with the path; the request is recorded in the new file.
void tst_VeroCtlHistory::damageFoundByAWriteIsReportedOnStderr()
{
    QVERIFY(QDir().mkpath(QFileInfo(historyFile()).absolutePath()));
    {
        HistoryStore store(historyFile());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(500, QDateTime::currentDateTimeUtc())), 500);
    }
    QVERIFY(wreckIndex(historyFile(), QStringLiteral("requests_email")));

    QByteArray errors;
    QCOMPARE(runVeroctl({QStringLiteral("heartbeat")}, &errors), 0);
    const QFileInfo history(historyFile());
    const QStringList aside = history.dir().entryList({history.fileName() + QStringLiteral(".broken-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(errors.contains("veroctl: warning: The history file was damaged"), errors.constData());
    QVERIFY2(QString::fromUtf8(errors).contains(history.dir().filePath(aside.first())), errors.constData());
    HistoryStore store(historyFile());
    QVERIFY(store.open());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.fetch({}).first().operation, Operation::Heartbeat);
}

namespace {

QStringList viewedProduct(const QString& data, const QStringList& more = {})
{
    return QStringList {QStringLiteral("event"),
                        QStringLiteral("--id"),
                        QStringLiteral("u1"),
                        QStringLiteral("--name"),
                        QStringLiteral("Viewed product"),
                        QStringLiteral("--data"),
                        data}
           + more;
}

const QString Sku1 = QStringLiteral(R"({"sku":"1"})");
const QString Json = QStringLiteral("--json");
const QString NoDuplicates = QStringLiteral("--no-duplicates");

} // namespace

// Like the app, veroctl looks in the history before sending an event: the same event with the same data to the
// same user a moment ago would be dropped by Vero, so it warns, and still sends.
// veroctl leaves the history open when it ends (no checkpoint at every run), so the next run reads the whole
// write-ahead log back before its first query: the log must stay small however many runs there are, and every
// run's row must be there for the app.
void tst_VeroCtlHistory::manyRunsKeepTheWriteAheadLogSmall()
{
    const int runs = 120;
    for (int i = 0; i < runs; ++i) {
        QCOMPARE(runVeroctl({QStringLiteral("identify"),
                             QStringLiteral("--id"),
                             QStringLiteral("wal-user-%1").arg(i),
                             QStringLiteral("--data"),
                             QStringLiteral(R"({"note":"%1"})").arg(QString(200, QLatin1Char('x')))}),
                 0);
    }
    const qint64 log = QFileInfo(historyFile() + QStringLiteral("-wal")).size();
    // SQLite's default checkpoint waits for 1,000 pages (4 MB); 120 runs write about 600.
    QVERIFY2(log < 1024 * 1024, qPrintable(QStringLiteral("write-ahead log of %1 bytes").arg(log)));
    HistoryStore store(historyFile());
    QVERIFY(store.open());
    HistoryStore::Filter everything;
    QCOMPARE(store.count(everything), qint64(runs));
    QCOMPARE(store.userTimeline(QStringLiteral("wal-user-%1").arg(runs - 1)).size(), 1);
}

void tst_VeroCtlHistory::repeatedEventWarnsAndIsSent()
{
    const VeroCtlRunner::Run first = veroctl(viewedProduct(Sku1));
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(!first.err.contains(QLatin1String("warning")), qPrintable(first.err));

    const VeroCtlRunner::Run second = veroctl(viewedProduct(Sku1));
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.startsWith(QLatin1String("veroctl: warning: u1 got the event \"Viewed product\" with the same "
                                                 "data")),
             qPrintable(second.err));
    QVERIFY2(second.out.startsWith(QLatin1String("200 Success.")), qPrintable(second.out));
    QCOMPARE(m_server->requests().size(), 2); // sent anyway

    // --json carries it; a differently written name is the same event to Vero.
    const VeroCtlRunner::Run json = veroctl({QStringLiteral("event"),
                                             QStringLiteral("--id"),
                                             QStringLiteral("u1"),
                                             QStringLiteral("--name"),
                                             QStringLiteral("viewed_Product"),
                                             QStringLiteral("--data"),
                                             QStringLiteral(R"({ "sku": "1" })"),
                                             Json});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 3);
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("status")).toInt(), 200);
    QVERIFY(result.value(QLatin1String("error")).isNull());
    const QJsonObject duplicate = result.value(QLatin1String("duplicate")).toObject();
    QCOMPARE(duplicate.keys(),
             QStringList({QStringLiteral("earlier_id"), QStringLiteral("message"), QStringLiteral("seconds_ago")}));
    HistoryStore store(historyFile());
    QVERIFY(store.open());
    const QList<HistoryEntry> rows = store.userTimeline(QStringLiteral("u1"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(duplicate.value(QLatin1String("earlier_id")).toInteger(), rows.at(1).id); // the latest twin
    QVERIFY(duplicate.value(QLatin1String("seconds_ago")).toInteger() >= 0);
    QVERIFY(duplicate.value(QLatin1String("seconds_ago")).toInteger() < 60);
    const QString message = duplicate.value(QLatin1String("message")).toString();
    QVERIFY2(message.startsWith(QLatin1String("u1 got the event \"viewed_Product\"")), qPrintable(message));
    QVERIFY2(json.err.contains(QStringLiteral("veroctl: warning: ") + message), qPrintable(json.err));
}

void tst_VeroCtlHistory::noDuplicatesRefusesAndSendsNothing()
{
    // Nothing to refuse yet: --no-duplicates sends.
    QCOMPARE(veroctl(viewedProduct(Sku1, {NoDuplicates})).exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);

    const VeroCtlRunner::Run refused = veroctl(viewedProduct(Sku1, {NoDuplicates}));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.startsWith(QLatin1String("veroctl: u1 got the event \"Viewed product\"")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("Nothing was sent (--no-duplicates).")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());

    const VeroCtlRunner::Run json = veroctl(viewedProduct(Sku1, {NoDuplicates, Json}));
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(json.err.contains(QLatin1String("Nothing was sent (--no-duplicates).")), qPrintable(json.err));
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("status")).toInt(-1), 0);
    QVERIFY2(result.value(QLatin1String("error")).toString().contains(QLatin1String("--no-duplicates")),
             qPrintable(json.out));
    QVERIFY(result.value(QLatin1String("duplicate")).isObject());

    QCOMPARE(m_server->requests().size(), 1); // the refused ones never left
    HistoryStore store(historyFile());
    QVERIFY(store.open());
    QCOMPARE(store.count(), 1); // and are not in the history as sent
}

void tst_VeroCtlHistory::differentEventDoesNotWarn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("other data") << viewedProduct(QStringLiteral(R"({"sku":"2"})"));
    QTest::newRow("no data") << QStringList {QStringLiteral("event"),
                                             QStringLiteral("--id"),
                                             QStringLiteral("u1"),
                                             QStringLiteral("--name"),
                                             QStringLiteral("Viewed product")};
    QTest::newRow("other user") << QStringList {QStringLiteral("event"),
                                                QStringLiteral("--id"),
                                                QStringLiteral("u2"),
                                                QStringLiteral("--name"),
                                                QStringLiteral("Viewed product"),
                                                QStringLiteral("--data"),
                                                Sku1};
    QTest::newRow("other event") << QStringList {QStringLiteral("event"),
                                                 QStringLiteral("--id"),
                                                 QStringLiteral("u1"),
                                                 QStringLiteral("--name"),
                                                 QStringLiteral("Bought product"),
                                                 QStringLiteral("--data"),
                                                 Sku1};
    QTest::newRow("other workspace") << QStringList {QStringLiteral("--workspace"), QStringLiteral("Staging")}
                                            + viewedProduct(Sku1);
}

void tst_VeroCtlHistory::differentEventDoesNotWarn()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(runVeroctl({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("Staging")}), 0);
    QCOMPARE(runVeroctl(viewedProduct(Sku1)), 0);

    QStringList options {NoDuplicates, Json};
    if (arguments.contains(QLatin1String("--workspace"))) {
        // The same credential from a file: without a readable keychain veroctl will not send the exported one to a
        // named workspace.
        const QString tokenFile = m_home->filePath(QStringLiteral("token"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_token.toUtf8());
        file.close();
        options << QStringLiteral("--token-file") << tokenFile;
    }
    const VeroCtlRunner::Run run = veroctl(arguments + options);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(QLatin1String("got the event")), qPrintable(run.err));
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("status")).toInt(), 200);
    QVERIFY(!result.contains(QLatin1String("duplicate")));
    QCOMPARE(m_server->requests().size(), 2);
}

QTEST_GUILESS_MAIN(tst_VeroCtlHistory)
#include "tst_VeroCtlHistory.moc"
