// veroctl, the real program, against the real vero-sandbox over HTTP and HTTPS: every command, its effect in
// the inspection API, its exit code, and clear messages for 400, 401, 5xx, 429, drops and untrusted TLS.
#include "SandboxTestClient.h"
#include "VeroCtlRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = VeroCtlRunner::Run;

QStringList tags(const QJsonObject& user)
{
    QStringList result;
    const QJsonArray array = user.value(QLatin1String("tags")).toArray();
    for (const QJsonValue& value : array) {
        result.append(value.toString());
    }
    return result;
}

} // namespace

class TestVeroCtlSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyCommand_data();
    void everyCommand();
    void rejectedRequestsExitOne();
    void badInputIsNeverSent();
    void faultsExitWithClearMessages_data();
    void faultsExitWithClearMessages();
    void untrustedCertificate();

private:
    Run veroctl(const QStringList& arguments, const QString& token = SandboxTestClient::token());
    QStringList m_target;                  // --base-url (and --ca-file) of the sandbox under test
    std::unique_ptr<QTemporaryDir> m_home; // veroctl's settings and history, new for each test
};

Run TestVeroCtlSandbox::veroctl(const QStringList& arguments, const QString& token)
{
    VeroCtlRunner runner(m_home->path());
    runner.setToken(token);
    runner.setAppendedArguments(m_target);
    return runner.run(arguments);
}

void TestVeroCtlSandbox::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(VEROCTL_PATH)), VEROCTL_PATH);
    QVERIFY2(QFile::exists(QStringLiteral(VERO_SANDBOX_PATH)), VERO_SANDBOX_PATH);
}

void TestVeroCtlSandbox::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestVeroCtlSandbox::everyCommand_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QStringList>("credentialOptions");
    QTest::newRow("http") << false << QStringList();
    QTest::newRow("http, tracking_api_key in query") << false
                                                     << QStringList {QStringLiteral("--credential-name"),
                                                                     QStringLiteral("tracking_api_key"),
                                                                     QStringLiteral("--credential-in"),
                                                                     QStringLiteral("query")};
    QTest::newRow("https with the test CA") << true << QStringList();
}

void TestVeroCtlSandbox::everyCommand()
{
    QFETCH(bool, tls);
    QFETCH(QStringList, credentialOptions);
    const auto sandbox = SandboxTestClient::start({}, tls);
    QVERIFY2(sandbox->rootUrl().isValid(), qPrintable(sandbox->errorString()));
    SandboxTestClient inspect(sandbox->rootUrl());
    m_target = QStringList {QStringLiteral("--base-url"), sandbox->apiBaseUrl().toString()} + credentialOptions;
    if (tls) {
        m_target << QStringLiteral("--ca-file") << SandboxTestClient::tlsFile(QStringLiteral("ca.pem"));
    }
    auto ok = [this](const QStringList& arguments) {
        const Run run = veroctl(arguments);
        if (run.exitCode != 0) {
            qWarning() << arguments << run.exitCode << run.out << run.err;
        }
        return run.exitCode == 0 && run.out.contains(QLatin1String("200 Success."));
    };

    QVERIFY(ok({QStringLiteral("heartbeat")}));
    QVERIFY(ok({QStringLiteral("identify"),
                QStringLiteral("--id"),
                QStringLiteral("u1"),
                QStringLiteral("--email"),
                QStringLiteral("u1@example.com"),
                QStringLiteral("--data"),
                QStringLiteral(R"({"plan":"free"})"),
                QStringLiteral("--channel"),
                QStringLiteral("push,DEVICE,ios")}));
    QJsonObject user = inspect.user(QStringLiteral("u1"));
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("u1@example.com"));
    QCOMPARE(
        user.value(QLatin1String("channels")).toArray().first().toObject().value(QLatin1String("platform")).toString(),
        QStringLiteral("ios"));

    QVERIFY(ok({QStringLiteral("edit"),
                QStringLiteral("--id"),
                QStringLiteral("u1"),
                QStringLiteral("--changes"),
                QStringLiteral(R"({"plan":"pro"})")}));
    QCOMPARE(inspect.user(QStringLiteral("u1"))
                 .value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("plan"))
                 .toString(),
             QStringLiteral("pro"));

    QVERIFY(ok({QStringLiteral("tags"),
                QStringLiteral("--id"),
                QStringLiteral("u1"),
                QStringLiteral("--add"),
                QStringLiteral("a"),
                QStringLiteral("--add"),
                QStringLiteral("b")}));
    QVERIFY(ok({QStringLiteral("tags"),
                QStringLiteral("--id"),
                QStringLiteral("u1"),
                QStringLiteral("--remove"),
                QStringLiteral("a")}));
    QCOMPARE(tags(inspect.user(QStringLiteral("u1"))), QStringList {QStringLiteral("b")});

    QVERIFY(ok({QStringLiteral("event"),
                QStringLiteral("--id"),
                QStringLiteral("u1"),
                QStringLiteral("--name"),
                QStringLiteral("Viewed Product"),
                QStringLiteral("--data"),
                QStringLiteral(R"({"sku":"1"})"),
                QStringLiteral("--extras"),
                QStringLiteral(R"({"source":"veroctl"})")}));
    const QJsonArray events = inspect.events(QStringLiteral("u1"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(QLatin1String("normalised_name")).toString(),
             QStringLiteral("viewed_product"));

    QVERIFY(ok({QStringLiteral("unsubscribe"), QStringLiteral("--id"), QStringLiteral("u1")}));
    QCOMPARE(inspect.user(QStringLiteral("u1")).value(QLatin1String("subscribed")).toBool(), false);
    QVERIFY(ok({QStringLiteral("resubscribe"), QStringLiteral("--id"), QStringLiteral("u1")}));
    QCOMPARE(inspect.user(QStringLiteral("u1")).value(QLatin1String("subscribed")).toBool(), true);

    QVERIFY(ok({QStringLiteral("alias"),
                QStringLiteral("--id"),
                QStringLiteral("u1"),
                QStringLiteral("--new-id"),
                QStringLiteral("u2")}));
    QVERIFY(inspect.user(QStringLiteral("u1")).isEmpty());
    QCOMPARE(inspect.events(QStringLiteral("u2")).size(), 1);

    QVERIFY(ok({QStringLiteral("delete"), QStringLiteral("--id"), QStringLiteral("u2"), QStringLiteral("--yes")}));
    QCOMPARE(inspect.users().size(), 0);
    QCOMPARE(inspect.events().size(), 0);

    // --json output carries the service's answer.
    const Run json
        = veroctl({QStringLiteral("identify"), QStringLiteral("--id"), QStringLiteral("u3"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(answer.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(answer.value(QLatin1String("message")).toString(), QStringLiteral("Success."));
    // The credential never shows in what the sandbox logged.
    QVERIFY(!inspect.get(QStringLiteral("/sandbox/requests")).body.contains(SandboxTestClient::token().toUtf8()));
}

void TestVeroCtlSandbox::rejectedRequestsExitOne()
{
    const auto sandbox = SandboxTestClient::start();
    QVERIFY2(sandbox->rootUrl().isValid(), qPrintable(sandbox->errorString()));
    m_target = QStringList {QStringLiteral("--base-url"), sandbox->apiBaseUrl().toString()};
    const Run unauthorized = veroctl({QStringLiteral("identify"), QStringLiteral("--id"), QStringLiteral("u1")},
                                     QStringLiteral("wrong-token"));
    QCOMPARE(unauthorized.exitCode, 1);
    QVERIFY2(unauthorized.err.contains(QLatin1String("401")), qPrintable(unauthorized.err));
    QVERIFY2(unauthorized.err.contains(QLatin1String("credential")), qPrintable(unauthorized.err));
    QVERIFY(!unauthorized.err.contains(QLatin1String("wrong-token")));
    QCOMPARE(SandboxTestClient(sandbox->rootUrl()).users().size(), 0);
}

void TestVeroCtlSandbox::badInputIsNeverSent()
{
    const auto sandbox = SandboxTestClient::start();
    QVERIFY2(sandbox->rootUrl().isValid(), qPrintable(sandbox->errorString()));
    m_target = QStringList {QStringLiteral("--base-url"), sandbox->apiBaseUrl().toString()};
    const Run run = veroctl({QStringLiteral("identify"), QStringLiteral("--email"), QStringLiteral("not-an-email")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("Email is not a valid address")), qPrintable(run.err));
    QCOMPARE(SandboxTestClient(sandbox->rootUrl()).requests().size(), 0); // nothing reached the sandbox
}

void TestVeroCtlSandbox::faultsExitWithClearMessages_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5xx") << QStringList {QStringLiteral("--fail-rate"), QStringLiteral("1")} << 3
                         << QStringLiteral("internal error");
    QTest::newRow("dropped connection") << QStringList {QStringLiteral("--drop-rate"), QStringLiteral("1")} << 3
                                        << QStringLiteral("closed the connection");
}

void TestVeroCtlSandbox::faultsExitWithClearMessages()
{
    QFETCH(QStringList, faults);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const auto sandbox = SandboxTestClient::start(faults);
    QVERIFY2(sandbox->rootUrl().isValid(), qPrintable(sandbox->errorString()));
    m_target = QStringList {QStringLiteral("--base-url"), sandbox->apiBaseUrl().toString()};
    const Run run = veroctl({QStringLiteral("event"),
                             QStringLiteral("--id"),
                             QStringLiteral("u1"),
                             QStringLiteral("--name"),
                             QStringLiteral("x")});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestVeroCtlSandbox::untrustedCertificate()
{
    const auto sandbox = SandboxTestClient::start({}, true);
    QVERIFY2(sandbox->rootUrl().isValid(), qPrintable(sandbox->errorString()));
    m_target = QStringList {QStringLiteral("--base-url"), sandbox->apiBaseUrl().toString()};
    const Run run = veroctl({QStringLiteral("heartbeat")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("could not be trusted")), qPrintable(run.err));
    m_target << QStringLiteral("--ca-file") << SandboxTestClient::tlsFile(QStringLiteral("ca.pem"));
    QCOMPARE(veroctl({QStringLiteral("heartbeat")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestVeroCtlSandbox)
#include "tst_VeroCtlSandbox.moc"
