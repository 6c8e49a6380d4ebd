#include "HttpTestServer.h"
#include "VeroCtlRunner.h"
#include "VeroRequire.h"
#include "core/api/Redaction.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

using Run = VeroCtlRunner::Run;

// Tokens with what each encoding treats differently: / + = % & and non-ASCII, " and \ that JSON escapes.
const QStringList Tokens {
    QStringLiteral("s3cr3t/t0ken+with=padding=="),
    QStringLiteral("p%41ss&w\u00f6rd/\u20ac+="),
    QStringLiteral("qu\"ote\\back/slash+=7"),
};

// The bytes of every file in `folder` (the history database, its -wal and -shm, anything else veroctl wrote).
QByteArray filesIn(const QString& folder)
{
    QByteArray all;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

// What a server that echoes the request back puts in its error: the whole request, as the server likes it.
QByteArray echo(const QString& mode, const HttpTestServer::Request& request)
{
    const QString raw = QString::fromUtf8(request.raw);
    const auto jsonString = [](const QString& text) {
        const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
    };
    QString copy;
    if (mode == QLatin1String("php")) {
        // PHP's json_encode: / as \/, non-ASCII as \uXXXX.
        for (const QChar c : jsonString(raw)) {
            copy += c == u'/'            ? QStringLiteral("\\/")
                    : c.unicode() > 0x7E ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                         : QString(c);
        }
    } else if (mode == QLatin1String("decoded")) {
        copy = jsonString(QUrl::fromPercentEncoding(request.raw));
    } else if (mode == QLatin1String("base64")) {
        copy = QString::fromLatin1(request.raw.toBase64());
    } else {
        copy = jsonString(raw);
    }
    return R"({"status":400,"message":"Bad request: )" + copy.toUtf8() + "\"}";
}

} // namespace

// Whether group or others may do anything at all with `path`.
bool openToOthers(const QString& path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther;
    return (QFileInfo(path).permissions() & others) != 0;
}

// veroctl and the credential, as a process against a loopback server: a server that echoes the request never
// gets the credential onto the terminal, into --json or into the history; a base URL with a password is
// refused; the workspace's own credential wins over an exported one; a credential with a space, a control
// character or a second line is never sent; and a dry run's curl sends exactly what veroctl sends.
class tst_VeroCtlCredential : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void echoedCredentialIsNeverShown_data();
    void echoedCredentialIsNeverShown();
    void baseUrlWithAPasswordIsRefused();
    void environmentOnlyWhenTheWorkspaceHasNone();
    void workspaceCredentialBeatsTheEnvironment();
    void unusableCredentialsAreNotSent_data();
    void unusableCredentialsAreNotSent();
    void dryRunCurlSendsWhatVeroctlSends_data();
    void dryRunCurlSendsWhatVeroctlSends();
    void helpStatesTheOrder();
    void filesArePrivateToTheirOwner();

private:
    VeroCtlRunner runner(const QString& token) const;
    QStringList base() const { return {QStringLiteral("--base-url"), m_server->baseUrl().toString()}; }
    QString data() const { return m_home->filePath(QStringLiteral("data")); }

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_VeroCtlCredential::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void tst_VeroCtlCredential::cleanup()
{
    m_server.reset();
    m_home.reset();
}

VeroCtlRunner tst_VeroCtlCredential::runner(const QString& token) const
{
    VeroCtlRunner veroctl(m_home->path());
    veroctl.setToken(token);
    return veroctl;
}

void tst_VeroCtlCredential::echoedCredentialIsNeverShown_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("json");
    for (const QString& token : Tokens) {
        for (const char* placement : {"body", "query"}) {
            for (const char* mode : {"json", "php", "decoded", "base64"}) {
                for (const bool json : {false, true}) {
                    QTest::addRow("%s %s %s%s", qPrintable(token), placement, mode, json ? " --json" : "")
                        << token << QString::fromLatin1(placement) << QString::fromLatin1(mode) << json;
                }
            }
        }
    }
}

void tst_VeroCtlCredential::echoedCredentialIsNeverShown()
{
    QFETCH(QString, token);
    QFETCH(QString, placement);
    QFETCH(QString, mode);
    QFETCH(bool, json);
    HttpTestServer::Response echoing(400);
    echoing.bodyFor = [mode](const HttpTestServer::Request& request) { return echo(mode, request); };
    m_server->setResponse(echoing);

    QStringList arguments = base()
                            + QStringList {QStringLiteral("unsubscribe"),
                                           QStringLiteral("--id"),
                                           QStringLiteral("u1"),
                                           QStringLiteral("--credential-in"),
                                           placement};
    if (json) {
        arguments << QStringLiteral("--json");
    }
    const Run run = runner(token).run(arguments);
    QVERIFY2(!run.leaked, qPrintable(run.out + run.err));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2((json ? run.out : run.err).contains(QLatin1String("Bad request: ")), qPrintable(run.out + run.err));
    QVERIFY2((json ? run.out : run.err).contains(QLatin1String("***")), qPrintable(run.out + run.err));

    // The echo did carry it: the test is not passing on a server that said nothing.
    QCOMPARE(m_server->requests().size(), 1);
    const HttpTestServer::Request request = m_server->requests().first();
    QVERIFY(Redaction::contains(QString::fromUtf8(echo(mode, request)), token));

    // Nor is it in the history: not in the message column, not in the body, in no file at all.
    const QByteArray files = filesIn(data());
    QVERIFY(files.contains("Bad request: "));
    QVERIFY(!files.contains(token.toUtf8()));
    QVERIFY(!Redaction::contains(QString::fromUtf8(files), token));
    QVERIFY(!Redaction::contains(QString::fromLatin1(files), token));
}

void tst_VeroCtlCredential::baseUrlWithAPasswordIsRefused()
{
    QUrl withPassword = m_server->baseUrl();
    withPassword.setUserName(QStringLiteral("admin"));
    withPassword.setPassword(QStringLiteral("hunter2pass"));
    const QString url = withPassword.toString();
    const QStringList commands[] = {
        {QStringLiteral("unsubscribe"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--base-url"), url},
        {QStringLiteral("heartbeat"), QStringLiteral("--dry-run"), QStringLiteral("--base-url"), url},
        {QStringLiteral("heartbeat"), QStringLiteral("--json"), QStringLiteral("--base-url"), url},
        {QStringLiteral("workspace"),
         QStringLiteral("add"),
         QStringLiteral("Leaky"),
         QStringLiteral("--base-url"),
         url},
    };
    for (const QStringList& command : commands) {
        const Run run = runner(QStringLiteral("some-credential")).run(command);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("The base URL cannot hold a user name or password")),
                 qPrintable(run.err));
        QVERIFY2(!QString(run.out + run.err).contains(QLatin1String("hunter2pass")), qPrintable(run.out + run.err));
    }
    QVERIFY(m_server->requests().isEmpty());
    // Never stored, never recorded.
    QVERIFY(!filesIn(m_home->path()).contains("hunter2pass"));
    QCOMPARE(runner({}).run({QStringLiteral("workspace"), QStringLiteral("list")}).out, QString());
}

void tst_VeroCtlCredential::environmentOnlyWhenTheWorkspaceHasNone()
{
    // A workspace with no stored credential: the exported token goes, and veroctl says where to. A keychain that
    // cannot be read may hold one: then the exported token is refused (exit 2) and nothing is sent.
    const QString name = QStringLiteral("bare-") + QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(runner({}).run(QStringList {QStringLiteral("workspace"), QStringLiteral("add"), name} + base()).exitCode,
             0);
    const Run run = runner(QStringLiteral("exported-token-1"))
                        .run({QStringLiteral("--workspace"),
                              name,
                              QStringLiteral("unsubscribe"),
                              QStringLiteral("--id"),
                              QStringLiteral("1")});
    if (run.err.contains(QLatin1String("The keychain could not be read"))) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("$VERO_AUTH_TOKEN was not sent to 127.0.0.1")), qPrintable(run.err));
        QVERIFY(m_server->requests().isEmpty());
    } else {
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("$VERO_AUTH_TOKEN is sent to 127.0.0.1")), qPrintable(run.err));
        QCOMPARE(m_server->requests().first().json().value(QLatin1String("auth_token")).toString(),
                 QStringLiteral("exported-token-1"));
    }

    // With no workspace named, it is simply used.
    const Run plain = runner(QStringLiteral("exported-token-1"))
                          .run(base() + QStringList {QStringLiteral("unsubscribe"), QStringLiteral("--id"), "2"});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.err, QString());
    QCOMPARE(m_server->requests().last().json().value(QLatin1String("auth_token")).toString(),
             QStringLiteral("exported-token-1"));
}

void tst_VeroCtlCredential::workspaceCredentialBeatsTheEnvironment()
{
    // A staging token exported in the shell must not go to the workspace the user named.
    const QString name = QStringLiteral("prod-") + QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(runner({}).run(QStringList {QStringLiteral("workspace"), QStringLiteral("add"), name} + base()).exitCode,
             0);
    const Run stored
        = runner({}).run({QStringLiteral("workspace"), QStringLiteral("set-token"), name}, "production-token-77\n");
    VERO_REQUIRE(stored.exitCode == 0, QStringLiteral("No keychain here: ") + stored.err);
    auto cleanUp = qScopeGuard([&] {
        (void)runner({}).run({QStringLiteral("workspace"), QStringLiteral("remove"), name});
    });

    const QStringList send {QStringLiteral("--workspace"), name, QStringLiteral("unsubscribe"), "--id", "3"};
    const Run run = runner(QStringLiteral("staging-token-11")).run(send);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requests().last().json().value(QLatin1String("auth_token")).toString(),
             QStringLiteral("production-token-77"));
    QVERIFY2(run.err.contains(QStringLiteral("veroctl: warning: $VERO_AUTH_TOKEN is set but not used: workspace "
                                             "\"%1\" has its own credential in the keychain.")
                                  .arg(name)),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("production-token-77")));

    // --token-file comes before both.
    const QString tokenFile = m_home->filePath(QStringLiteral("token"));
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file-token-22\n");
    file.close();
    const Run fromFile = runner(QStringLiteral("staging-token-11")).run(send + QStringList {"--token-file", tokenFile});
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(m_server->requests().last().json().value(QLatin1String("auth_token")).toString(),
             QStringLiteral("file-token-22"));
    QVERIFY2(fromFile.err.contains(QLatin1String("--token-file comes first")), qPrintable(fromFile.err));
}

void tst_VeroCtlCredential::unusableCredentialsAreNotSent_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QByteArray>("tokenFile");     // empty: none
    QTest::addColumn<QByteArray>("setTokenInput"); // empty: not set-token
    QTest::addColumn<QString>("says");
    QTest::newRow("environment: space") << QStringLiteral("two tokens") << QByteArray() << QByteArray()
                                        << QStringLiteral("The credential in $VERO_AUTH_TOKEN cannot be used: The "
                                                          "credential holds a space (character 4).");
    QTest::newRow("environment: escape") << QStringLiteral("tok\x1b[2Jen") << QByteArray() << QByteArray()
                                         << QStringLiteral("control character (character 4)");
    QTest::newRow("environment: second line") << QStringLiteral("first\nsecond-token") << QByteArray() << QByteArray()
                                              << QStringLiteral("line break (character 6)");
    QTest::newRow("environment: bidi override") << QStringLiteral("abc\u202Edef") << QByteArray() << QByteArray()
                                                << QStringLiteral("invisible formatting character");
    QTest::newRow("token file: two lines") << QString() << QByteArray("first-token\nsecond-token\n") << QByteArray()
                                           << QStringLiteral("line break (character 12)");
    QTest::newRow("token file: NUL") << QString() << QByteArray("tok\0en", 6) << QByteArray()
                                     << QStringLiteral("control character (character 4)");
    QTest::newRow("set-token: two lines") << QString() << QByteArray() << QByteArray("first-token\nsecond-token\n")
                                          << QStringLiteral("The credential on standard input cannot be used");
    QTest::newRow("set-token: space") << QString() << QByteArray() << QByteArray("with space\n")
                                      << QStringLiteral("holds a space");
}

void tst_VeroCtlCredential::unusableCredentialsAreNotSent()
{
    QFETCH(QString, environment);
    QFETCH(QByteArray, tokenFile);
    QFETCH(QByteArray, setTokenInput);
    QFETCH(QString, says);
    Run run;
    if (!setTokenInput.isEmpty()) {
        QCOMPARE(runner({}).run(QStringList {"workspace", "add", "W"} + base()).exitCode, 0);
        run = runner({}).run({QStringLiteral("workspace"), QStringLiteral("set-token"), QStringLiteral("W")},
                             setTokenInput);
    } else {
        QStringList arguments = base() + QStringList {QStringLiteral("unsubscribe"), "--id", "1"};
        if (!tokenFile.isEmpty()) {
            const QString path = m_home->filePath(QStringLiteral("token"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tokenFile);
            file.close();
            arguments << QStringLiteral("--token-file") << path;
        }
        run = runner(environment).run(arguments);
    }
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("second-token")));
    QVERIFY(!run.err.contains(QChar(0x1b)));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_VeroCtlCredential::dryRunCurlSendsWhatVeroctlSends_data()
{
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("token");
    for (const char* placement : {"body", "query"}) {
        QTest::addRow("%s, & + %% / =", placement) << QString::fromLatin1(placement) << QStringLiteral("a&b+c%d/e=f==");
        QTest::addRow("%s, non-ASCII", placement)
            << QString::fromLatin1(placement) << QStringLiteral("w\u00f6rd/\u20ac+=%2F");
        QTest::addRow("%s, quotes", placement)
            << QString::fromLatin1(placement) << QStringLiteral("q\"u'o\\te`id`$(id)$HOME");
    }
}

void tst_VeroCtlCredential::dryRunCurlSendsWhatVeroctlSends()
{
    QFETCH(QString, placement);
    QFETCH(QString, token);
    VERO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
                 QStringLiteral("curl is not installed"));
    // User data that a placeholder or the shell could turn into the credential or into something else.
    const QStringList command
        = base()
          + QStringList {QStringLiteral("event"),
                         QStringLiteral("--credential-in"),
                         placement,
                         QStringLiteral("--id"),
                         QStringLiteral("O'Brien $VERO_AUTH_TOKEN ${VERO_AUTH_TOKEN}"),
                         QStringLiteral("--name"),
                         QStringLiteral("VERO_CREDENTIAL_PLACEHOLDER_2f9c `id` $(id)"),
                         QStringLiteral("--data"),
                         QStringLiteral("{\"note\":\"it's \\\"q\\\" \\\\ \u202e \u00e9\",\"n\":9223372036854775807}")};
    const Run sent = runner(token).run(command);
    QCOMPARE(sent.exitCode, 0);
    const Run dryRun = runner(token).run(command + QStringList {QStringLiteral("--dry-run")});
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY(dryRun.out.startsWith(QLatin1String("curl ")));

    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), token);
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), dryRun.out.trimmed() + QStringLiteral(" --silent")});
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 10000);
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

    QCOMPARE(m_server->requests().size(), 2);
    const HttpTestServer::Request byVeroctl = m_server->requests().at(0);
    const HttpTestServer::Request byCurl = m_server->requests().at(1);
    QCOMPARE(byCurl.method, byVeroctl.method);
    QCOMPARE(byCurl.target, byVeroctl.target);
    QCOMPARE(byCurl.body, byVeroctl.body);
    const QString arrived = placement == QLatin1String("body")
                                ? byCurl.json().value(QLatin1String("auth_token")).toString()
                                : byCurl.query.queryItemValue(QStringLiteral("auth_token"), QUrl::FullyDecoded);
    QCOMPARE(arrived, token);
}

void tst_VeroCtlCredential::helpStatesTheOrder()
{
    const Run help = runner({}).run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString order = help.out.simplified();
    QVERIFY2(order.contains(QLatin1String("The credential is read from, in this order: --token-file FILE; the system "
                                          "keychain entry of --workspace NAME")),
             qPrintable(order));
    QVERIFY2(order.contains(QLatin1String("$VERO_AUTH_TOKEN, only when no workspace is named or the workspace has no "
                                          "stored credential")),
             qPrintable(order));
}

void tst_VeroCtlCredential::filesArePrivateToTheirOwner()
{
    // Under the usual umask 022, the settings (workspaces and their addresses) and the data folder (the history)
    // are created for their owner only; ones an earlier version left open are narrowed.
    const QString settings = m_home->filePath(QStringLiteral("config/vero-admin.conf"));
    const QString folder = m_home->filePath(QStringLiteral("data/vero-admin"));
    const QString add
        = QStringLiteral("umask 022; \"$VEROCTL\" workspace add W --base-url ") + m_server->baseUrl().toString();
    QCOMPARE(runner({}).runShell(add).exitCode, 0);
    // A request, so the history is opened in that folder.
    QCOMPARE(runner(QStringLiteral("private-token-1"))
                 .runShell(QStringLiteral("umask 022; \"$VEROCTL\" unsubscribe --id 1 --base-url ")
                           + m_server->baseUrl().toString())
                 .exitCode,
             0);
    QVERIFY(QFileInfo::exists(settings));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY2(!openToOthers(settings), qPrintable(QString::number(QFileInfo(settings).permissions(), 16)));
    QVERIFY2(!openToOthers(folder), qPrintable(QString::number(QFileInfo(folder).permissions(), 16)));
    QVERIFY(QFileInfo(settings).permissions().testFlag(QFile::WriteOwner));

    const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(settings, open));
    QVERIFY(QFile::setPermissions(folder, open | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    QCOMPARE(runner({}).runShell(QStringLiteral("umask 022; \"$VEROCTL\" workspace list")).exitCode, 0);
    QVERIFY(!openToOthers(settings));
    QVERIFY(!openToOthers(folder));
}

QTEST_GUILESS_MAIN(tst_VeroCtlCredential)
#include "tst_VeroCtlCredential.moc"
