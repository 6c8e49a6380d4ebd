#include "HistoryTestData.h"
#include "HttpTestServer.h"
#include "core/history/HistoryStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
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

private:
    // Runs veroctl without blocking the event loop (the test server lives in this process).
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

int tst_VeroCtlHistory::runVeroctl(const QStringList& arguments, QByteArray* standardError)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), m_token);
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(VEROCTL_PATH));
    process.setArguments(arguments + QStringList {QStringLiteral("--base-url"), m_server->baseUrl().toString()});
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000) || !finished.wait(60000)) {
        return -1;
    }
    if (standardError) {
        *standardError = process.readAllStandardError();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
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
    QVERIFY2(errors.contains("veroctl: warning: The history file could not be read"), errors.constData());
    HistoryStore store(historyFile());
    QVERIFY(store.open());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.fetch({}).first().operation, Operation::Heartbeat);
}

QTEST_GUILESS_MAIN(tst_VeroCtlHistory)
#include "tst_VeroCtlHistory.moc"
