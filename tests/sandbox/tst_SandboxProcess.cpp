// SandboxProcess, as the app uses it: start, ready with the URL, stop (state saved), and a clear message for
// each way starting can fail.
#include "SandboxTestClient.h"

#include "core/sandbox/SandboxProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void startsAndReportsItsUrl();
    void tokenStaysOffTheCommandLine();
    void stopSavesStateAndEmitsFinished();
    void failures_data();
    void failures();
    void portInUse();
    void crashAfterReadyIsReported();
    void destructorStopsTheChild();
    void defaultProgramFallsBackToPath();
};

void TestSandboxProcess::startsAndReportsItsUrl()
{
    SandboxProcess process;
    process.setProgram(QStringLiteral(VERO_SANDBOX_PATH));
    process.setArguments({QStringLiteral("--token"), SandboxTestClient::token()});
    QSignalSpy ready(&process, &SandboxProcess::ready);
    process.start(); // adds --port 0 itself
    QVERIFY2(process.waitForReady(20000), qPrintable(process.errorString()));
    QCOMPARE(ready.count(), 1);
    const QUrl root = ready.first().first().toUrl();
    QCOMPARE(root, process.rootUrl());
    QCOMPARE(root.scheme(), QStringLiteral("http"));
    QCOMPARE(root.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(root.port() > 0);
    QCOMPARE(process.apiBaseUrl().path(), QStringLiteral("/api/v2"));
    QCOMPARE(process.apiBaseUrl().port(), root.port());
    QVERIFY(process.isRunning());
    QVERIFY(process.waitForReady(10)); // already ready
    SandboxTestClient client(root);
    QCOMPARE(client.get(QStringLiteral("/api/v2/heartbeat")).status, 200);
}

void TestSandboxProcess::tokenStaysOffTheCommandLine()
{
    // Any user of the machine can read a command line (ps, /proc/PID/cmdline); the token goes in the environment,
    // which only the owner can read.
    const QString token = QStringLiteral("session-token-3f9a71c2e8");
    SandboxProcess process;
    process.setProgram(QStringLiteral(VERO_SANDBOX_PATH));
    process.setToken(token);
    process.start();
    QVERIFY2(process.waitForReady(20000), qPrintable(process.errorString()));
    QVERIFY(process.processId() > 0);
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray arguments = cmdline.readAll();
    QVERIFY(arguments.contains("vero-sandbox"));
    QVERIFY2(!arguments.contains(token.toUtf8()), arguments.constData());
    QVERIFY(!arguments.contains("--token"));
    QFile environment(QStringLiteral("/proc/%1/environ").arg(process.processId()));
    QVERIFY(environment.open(QIODevice::ReadOnly));
    QVERIFY(environment.readAll().contains(QByteArray("VERO_SANDBOX_TOKEN=" + token.toUtf8())));
    QCOMPARE(QFileInfo(environment.fileName()).permissions() & QFileDevice::ReadOther, QFileDevice::Permissions());

    // And the sandbox takes it: for the Track API and as the Bearer token of its own pages.
    SandboxTestClient client(process.rootUrl(), true, token);
    const QByteArray body = "{\"id\":\"u1\",\"auth_token\":\"" + token.toUtf8() + "\"}";
    QCOMPARE(client.send("POST", QStringLiteral("/api/v2/users/track"), body).status, 200);
    QCOMPARE(client.users().size(), 1);
    QCOMPARE(
        SandboxTestClient(process.rootUrl(), true, SandboxTestClient::token()).get(QStringLiteral("/sandbox/")).status,
        401);
}

void TestSandboxProcess::stopSavesStateAndEmitsFinished()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("sandbox-state.json"));
    SandboxProcess process;
    process.setProgram(QStringLiteral(VERO_SANDBOX_PATH));
    // Exactly how the app launches it (AppController::startSandbox).
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"), state});
    process.setToken(SandboxTestClient::token());
    process.start();
    QVERIFY2(process.waitForReady(20000), qPrintable(process.errorString()));
    SandboxTestClient client(process.rootUrl());
    const QByteArray body = "{\"id\":\"u1\",\"auth_token\":\"" + SandboxTestClient::token().toUtf8() + "\"}";
    QCOMPARE(client.send("POST", QStringLiteral("/api/v2/users/track"), body).status, 200);
    QSignalSpy finished(&process, &SandboxProcess::finished);
    QSignalSpy failed(&process, &SandboxProcess::failed);
    process.stop();
    QVERIFY(!process.isRunning());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0); // a requested stop is not a failure
    QVERIFY(!process.rootUrl().isValid());
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"u1\""));

    // Starting again works and finds the user.
    process.start();
    QVERIFY2(process.waitForReady(20000), qPrintable(process.errorString()));
    QVERIFY(!SandboxTestClient(process.rootUrl()).user(QStringLiteral("u1")).isEmpty());
}

void TestSandboxProcess::failures_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString sandbox = QStringLiteral(VERO_SANDBOX_PATH);
    const QString token = QStringLiteral("--token");
    QTest::newRow("program missing") << QStringLiteral("/nonexistent/vero-sandbox") << QStringList()
                                     << QStringLiteral("could not be started");
    QTest::newRow("no token") << sandbox << QStringList() << QStringLiteral("No valid credential");
    QTest::newRow("bad option value")
        << sandbox << QStringList {token, QStringLiteral("t"), QStringLiteral("--fail-rate"), QStringLiteral("2")}
        << QStringLiteral("--fail-rate must be a number from 0 to 1");
    QTest::newRow("certificate missing") << sandbox
                                         << QStringList {token,
                                                         QStringLiteral("t"),
                                                         QStringLiteral("--tls-cert"),
                                                         QStringLiteral("/nonexistent/c.pem"),
                                                         QStringLiteral("--tls-key"),
                                                         SandboxTestClient::tlsFile(QStringLiteral("server.key"))}
                                         << QStringLiteral("/nonexistent/c.pem");
    QTest::newRow("key is not a key") << sandbox
                                      << QStringList {token,
                                                      QStringLiteral("t"),
                                                      QStringLiteral("--tls-cert"),
                                                      SandboxTestClient::tlsFile(QStringLiteral("server.pem")),
                                                      QStringLiteral("--tls-key"),
                                                      SandboxTestClient::tlsFile(QStringLiteral("server.pem"))}
                                      << QStringLiteral("private key");
}

void TestSandboxProcess::failures()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    SandboxProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QSignalSpy failed(&process, &SandboxProcess::failed);
    QSignalSpy ready(&process, &SandboxProcess::ready);
    process.start();
    QVERIFY(!process.waitForReady(20000));
    QCOMPARE(ready.count(), 0);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(expected), qPrintable(failed.first().first().toString()));
    QCOMPARE(process.errorString(), failed.first().first().toString());
    QTRY_VERIFY(!process.isRunning());
}

void TestSandboxProcess::portInUse()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    SandboxProcess process;
    process.setProgram(QStringLiteral(VERO_SANDBOX_PATH));
    process.setArguments({QStringLiteral("--token"),
                          QStringLiteral("t"),
                          QStringLiteral("--port"),
                          QString::number(occupied.serverPort())});
    process.start();
    QVERIFY(!process.waitForReady(20000));
    QVERIFY2(process.errorString().contains(QLatin1String("Cannot listen")), qPrintable(process.errorString()));
    QVERIFY2(process.errorString().contains(QString::number(occupied.serverPort())), qPrintable(process.errorString()));
}

void TestSandboxProcess::crashAfterReadyIsReported()
{
    // A wrapper that records the child's pid (exec keeps it), so the test kills exactly the process it started.
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    const QString wrapper = dir.filePath(QStringLiteral("sandbox.sh"));
    QFile script(wrapper);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho $$ > '" + pidFile.toUtf8() + "'\nexec '" VERO_SANDBOX_PATH "' \"$@\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    SandboxProcess process;
    process.setProgram(wrapper);
    process.setArguments({QStringLiteral("--token"), QStringLiteral("t")});
    process.start();
    QVERIFY2(process.waitForReady(20000), qPrintable(process.errorString()));
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const qint64 childPid = pid.readAll().trimmed().toLongLong();
    QVERIFY(childPid > 0);
    QSignalSpy failed(&process, &SandboxProcess::failed);
    QSignalSpy finished(&process, &SandboxProcess::finished);
    QCOMPARE(::kill(pid_t(childPid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("crashed")), qPrintable(process.errorString()));
    QVERIFY(!process.isRunning());
    QVERIFY(!process.rootUrl().isValid());
}

void TestSandboxProcess::destructorStopsTheChild()
{
    QUrl root;
    {
        SandboxProcess process;
        process.setProgram(QStringLiteral(VERO_SANDBOX_PATH));
        process.setArguments({QStringLiteral("--token"), QStringLiteral("t")});
        process.start();
        QVERIFY(process.waitForReady(20000));
        root = process.rootUrl();
    }
    SandboxTestClient client(root);
    const SandboxTestClient::Reply reply = client.get(QStringLiteral("/sandbox/"));
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::ConnectionRefusedError);
}

void TestSandboxProcess::defaultProgramFallsBackToPath()
{
    // The test binary's folder has no vero-sandbox and neither does this PATH: the bare name comes back, so
    // start() fails with the "could not be started" message rather than running something unexpected.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    const QString program = SandboxProcess::defaultProgram();
    qputenv("PATH", path);
    QCOMPARE(program, QStringLiteral("vero-sandbox"));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_SandboxProcess.moc"
