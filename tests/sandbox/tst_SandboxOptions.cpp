// vero-sandbox's command line: defaults, every option, and a clear message for each bad value.
#include "sandbox/SandboxOptions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList args(const QStringList& rest)
{
    return QStringList {QStringLiteral("vero-sandbox")} + rest;
}
} // namespace

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void everyOption();
    void tokenFile();
    void tokenFromTheEnvironment();
    void idleTimeout();
    void badOptions_data();
    void badOptions();
    void helpExitsCleanly();
};

void TestSandboxOptions::defaults()
{
    SandboxOptions options;
    int code = -1;
    QString output;
    QVERIFY(SandboxOptions::parse(args({QStringLiteral("--token"), QStringLiteral("t")}), &options, &code, &output));
    QCOMPARE(options.host, QHostAddress(QHostAddress::LocalHost)); // loopback only unless asked
    QCOMPARE(options.port, SandboxOptions::DefaultPort);
    QCOMPARE(options.dedupWindowSeconds, 180);
    QCOMPARE(options.tokens, QStringList {QStringLiteral("t")});
    QVERIFY(!options.usesTls());
    QCOMPARE(options.faults.failRate, 0.0);
}

void TestSandboxOptions::everyOption()
{
    SandboxOptions options;
    int code = -1;
    QString output;
    QVERIFY2(SandboxOptions::parse(args({QStringLiteral("--host"),         QStringLiteral("::1"),
                                         QStringLiteral("--port"),         QStringLiteral("0"),
                                         QStringLiteral("--token"),        QStringLiteral("a"),
                                         QStringLiteral("--token"),        QStringLiteral("b"),
                                         QStringLiteral("--state"),        QStringLiteral("/tmp/s.json"),
                                         QStringLiteral("--dedup-window"), QStringLiteral("300"),
                                         QStringLiteral("--clock-offset"), QStringLiteral("-60"),
                                         QStringLiteral("--latency"),      QStringLiteral("250"),
                                         QStringLiteral("--fail-rate"),    QStringLiteral("0.25"),
                                         QStringLiteral("--rate-limit"),   QStringLiteral("5"),
                                         QStringLiteral("--drop-rate"),    QStringLiteral("0.1"),
                                         QStringLiteral("--seed"),         QStringLiteral("42"),
                                         QStringLiteral("--tls-cert"),     QStringLiteral("c.pem"),
                                         QStringLiteral("--tls-key"),      QStringLiteral("k.pem"),
                                         QStringLiteral("--quiet")}),
                                   &options,
                                   &code,
                                   &output),
             qPrintable(output));
    QCOMPARE(options.host, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(options.port, 0);
    QCOMPARE(options.tokens, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(options.statePath, QStringLiteral("/tmp/s.json"));
    QCOMPARE(options.dedupWindowSeconds, 300);
    QCOMPARE(options.clockOffsetSeconds, -60);
    QCOMPARE(options.faults.latencyMs, 250);
    QCOMPARE(options.faults.failRate, 0.25);
    QCOMPARE(options.faults.rateLimit, 5);
    QCOMPARE(options.faults.dropRate, 0.1);
    QCOMPARE(options.seed.value(), 42u);
    QVERIFY(options.usesTls());
    QVERIFY(options.quiet);
}

void TestSandboxOptions::tokenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# sandbox tokens\n  first  \n\nsecond\n");
    file.close();
    SandboxOptions options;
    int code = -1;
    QString output;
    QVERIFY(SandboxOptions::parse(
        args({QStringLiteral("--token-file"), path, QStringLiteral("--token"), QStringLiteral("cli")}),
        &options,
        &code,
        &output));
    QCOMPARE(options.tokens, (QStringList {QStringLiteral("cli"), QStringLiteral("first"), QStringLiteral("second")}));
}

void TestSandboxOptions::tokenFromTheEnvironment()
{
    SandboxOptions options;
    int code = -1;
    QString output;
    qputenv(SandboxOptions::TokenVariable, " from-env \n");
    const bool parsed = SandboxOptions::parse(args({}), &options, &code, &output);
    const bool withCli
        = SandboxOptions::parse(args({QStringLiteral("--token"), QStringLiteral("cli")}), &options, &code, &output);
    qunsetenv(SandboxOptions::TokenVariable);
    QVERIFY2(parsed, qPrintable(output));
    QVERIFY(withCli);
    QCOMPARE(options.tokens, (QStringList {QStringLiteral("cli"), QStringLiteral("from-env")}));
    // Without it (or empty) there is no token at all, and the message names the variable.
    qputenv(SandboxOptions::TokenVariable, "  ");
    QVERIFY(!SandboxOptions::parse(args({}), &options, &code, &output));
    qunsetenv(SandboxOptions::TokenVariable);
    QCOMPARE(code, 2);
    QVERIFY2(output.contains(QLatin1String("VERO_SANDBOX_TOKEN")), qPrintable(output));
}

void TestSandboxOptions::idleTimeout()
{
    SandboxOptions options;
    int code = -1;
    QString output;
    QVERIFY(SandboxOptions::parse(args({QStringLiteral("--token"), QStringLiteral("t")}), &options, &code, &output));
    QCOMPARE(options.idleTimeoutSeconds, SandboxOptions::DefaultIdleTimeoutSeconds);
    QVERIFY(SandboxOptions::parse(
        args({QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--idle-timeout"), QStringLiteral("2")}),
        &options,
        &code,
        &output));
    QCOMPARE(options.idleTimeoutSeconds, 2);
}

void TestSandboxOptions::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString t = QStringLiteral("--token");
    const QString v = QStringLiteral("v");
    QTest::newRow("no token") << QStringList() << QStringLiteral("--token TOKEN or --token-file FILE");
    QTest::newRow("missing token file") << QStringList {QStringLiteral("--token-file"),
                                                        QStringLiteral("/nonexistent/tokens")}
                                        << QStringLiteral("/nonexistent/tokens");
    QTest::newRow("bad port") << QStringList {t, v, QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port");
    QTest::newRow("bad host") << QStringList {t, v, QStringLiteral("--host"), QStringLiteral("localhost.example")}
                              << QStringLiteral("--host");
    QTest::newRow("fail rate above 1") << QStringList {t, v, QStringLiteral("--fail-rate"), QStringLiteral("1.5")}
                                       << QStringLiteral("--fail-rate");
    QTest::newRow("drop rate text") << QStringList {t, v, QStringLiteral("--drop-rate"), QStringLiteral("some")}
                                    << QStringLiteral("--drop-rate");
    QTest::newRow("rate limit 0") << QStringList {t, v, QStringLiteral("--rate-limit"), QStringLiteral("0")}
                                  << QStringLiteral("--rate-limit");
    QTest::newRow("negative latency") << QStringList {t, v, QStringLiteral("--latency"), QStringLiteral("-5")}
                                      << QStringLiteral("--latency");
    QTest::newRow("negative window") << QStringList {t, v, QStringLiteral("--dedup-window"), QStringLiteral("-1")}
                                     << QStringLiteral("--dedup-window");
    QTest::newRow("cert without key") << QStringList {t, v, QStringLiteral("--tls-cert"), QStringLiteral("c.pem")}
                                      << QStringLiteral("--tls-key");
    QTest::newRow("clock offset beyond 100 years")
        << QStringList {t, v, QStringLiteral("--clock-offset"), QStringLiteral("3155760001")}
        << QStringLiteral("--clock-offset must be a whole number of seconds from -3155760000 to 3155760000");
    QTest::newRow("clock offset far beyond")
        << QStringList {t, v, QStringLiteral("--clock-offset"), QStringLiteral("-9223372036854775807")}
        << QStringLiteral("--clock-offset");
    QTest::newRow("clock offset 1e300") << QStringList {t, v, QStringLiteral("--clock-offset"), QStringLiteral("1e300")}
                                        << QStringLiteral("--clock-offset");
    QTest::newRow("rate limit beyond the maximum")
        << QStringList {t, v, QStringLiteral("--rate-limit"), QStringLiteral("600001")}
        << QStringLiteral("--rate-limit must be a whole number of requests per second from 1 to 600000");
    QTest::newRow("latency beyond ten minutes")
        << QStringList {t, v, QStringLiteral("--latency"), QStringLiteral("600001")} << QStringLiteral("--latency");
    QTest::newRow("fail rate nan") << QStringList {t, v, QStringLiteral("--fail-rate"), QStringLiteral("nan")}
                                   << QStringLiteral("--fail-rate");
    QTest::newRow("drop rate inf") << QStringList {t, v, QStringLiteral("--drop-rate"), QStringLiteral("inf")}
                                   << QStringLiteral("--drop-rate");
    QTest::newRow("port negative") << QStringList {t, v, QStringLiteral("--port"), QStringLiteral("-1")}
                                   << QStringLiteral("--port");
    QTest::newRow("seed beyond 32 bits") << QStringList {t, v, QStringLiteral("--seed"), QStringLiteral("4294967296")}
                                         << QStringLiteral("--seed");
    QTest::newRow("idle timeout 0") << QStringList {t, v, QStringLiteral("--idle-timeout"), QStringLiteral("0")}
                                    << QStringLiteral(
                                           "--idle-timeout must be a whole number of seconds from 1 to 3600");
    QTest::newRow("idle timeout beyond an hour")
        << QStringList {t, v, QStringLiteral("--idle-timeout"), QStringLiteral("3601")}
        << QStringLiteral("--idle-timeout");
    QTest::newRow("idle timeout text") << QStringList {t, v, QStringLiteral("--idle-timeout"), QStringLiteral("soon")}
                                       << QStringLiteral("--idle-timeout");
    QTest::newRow("unknown option") << QStringList {t, v, QStringLiteral("--verbose")} << QStringLiteral("verbose");
    QTest::newRow("stray argument") << QStringList {t, v, QStringLiteral("serve")} << QStringLiteral("serve");
}

void TestSandboxOptions::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    SandboxOptions options;
    int code = -1;
    QString output;
    QVERIFY(!SandboxOptions::parse(args(arguments), &options, &code, &output));
    QCOMPARE(code, 2);
    QVERIFY2(output.contains(expected), qPrintable(output));
}

void TestSandboxOptions::helpExitsCleanly()
{
    SandboxOptions options;
    int code = -1;
    QString output;
    QVERIFY(!SandboxOptions::parse(args({QStringLiteral("--help")}), &options, &code, &output));
    QCOMPARE(code, 0);
    for (const char* option : {"--token",
                               "--token-file",
                               "--state",
                               "--dedup-window",
                               "--clock-offset",
                               "--latency",
                               "--fail-rate",
                               "--rate-limit",
                               "--drop-rate",
                               "--tls-cert",
                               "--tls-key",
                               "--idle-timeout",
                               "VERO_SANDBOX_TOKEN",
                               "--port"}) {
        QVERIFY2(output.contains(QLatin1String(option)), option);
    }
}

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_SandboxOptions.moc"
