#include "SandboxTestClient.h"
#include "VeroCtlRunner.h"
#include "VeroRequire.h"
#include "core/platform/PrivateFiles.h"
#include "core/sandbox/SandboxEndpointFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// veroctl --workspace Sandbox reaches the sandbox the app runs, found through the address file the app writes in
// the runtime folder, and says plainly when there is none.
class tst_VeroCtlAppSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reachesTheAppsSandbox();
    void saysWhenNoAppSandboxRuns();
    void ignoresAFileLeftByACrash();

private:
    VeroCtlRunner runner() const;
    QString endpointPath() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_runtime;
};

void tst_VeroCtlAppSandbox::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_runtime->isValid());
}

VeroCtlRunner tst_VeroCtlAppSandbox::runner() const
{
    VeroCtlRunner runner(m_home->path());
    runner.setEnvironment(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    return runner;
}

QString tst_VeroCtlAppSandbox::endpointPath() const
{
    return QDir(m_runtime->path()).filePath(QStringLiteral("vero-admin-sandbox.json"));
}

void tst_VeroCtlAppSandbox::reachesTheAppsSandbox()
{
    std::unique_ptr<SandboxProcess> sandbox = SandboxTestClient::start();
    VERO_REQUIRE(sandbox->rootUrl().isValid(), sandbox->errorString());
    // As the app writes it once its sandbox is ready.
    const SandboxEndpointFile file(endpointPath());
    QVERIFY(file.write({sandbox->rootUrl(), SandboxTestClient::token(), sandbox->processId()}));
    QVERIFY(PrivateFiles::isPrivate(endpointPath()));

    const VeroCtlRunner::Run run = runner().run({QStringLiteral("--workspace"),
                                                 QStringLiteral("Sandbox"),
                                                 QStringLiteral("identify"),
                                                 QStringLiteral("--id"),
                                                 QStringLiteral("from-terminal-1"),
                                                 QStringLiteral("--email"),
                                                 QStringLiteral("t@example.com")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    SandboxTestClient client(sandbox->rootUrl());
    QCOMPARE(client.user(QStringLiteral("from-terminal-1")).value(QLatin1String("email")).toString(),
             QStringLiteral("t@example.com"));
}

void tst_VeroCtlAppSandbox::saysWhenNoAppSandboxRuns()
{
    const VeroCtlRunner::Run run = runner().run({QStringLiteral("--workspace"),
                                                 QStringLiteral("sandbox"),
                                                 QStringLiteral("identify"),
                                                 QStringLiteral("--id"),
                                                 QStringLiteral("nobody-1")});
    // As for a workspace that does not answer: nothing was sent.
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("not running its sandbox")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("choose the Sandbox workspace")), qPrintable(run.err));
}

void tst_VeroCtlAppSandbox::ignoresAFileLeftByACrash()
{
    std::unique_ptr<SandboxProcess> sandbox = SandboxTestClient::start();
    VERO_REQUIRE(sandbox->rootUrl().isValid(), sandbox->errorString());
    const SandboxEndpointFile::Endpoint endpoint {sandbox->rootUrl(), SandboxTestClient::token(), sandbox->processId()};
    QVERIFY(SandboxEndpointFile(endpointPath()).write(endpoint));
    sandbox->stop();
    const VeroCtlRunner::Run run = runner().run({QStringLiteral("--workspace"),
                                                 QStringLiteral("Sandbox"),
                                                 QStringLiteral("identify"),
                                                 QStringLiteral("--id"),
                                                 QStringLiteral("nobody-2")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("not running its sandbox")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_VeroCtlAppSandbox)
#include "tst_VeroCtlAppSandbox.moc"
