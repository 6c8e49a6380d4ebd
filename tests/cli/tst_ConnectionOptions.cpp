#include "cli/Command.h"
#include "cli/ConnectionOptions.h"
#include "core/workspace/WorkspaceService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// What veroctl makes of the common options: the workspace a request goes to (saved, from the options, or both)
// and where the credential comes from, with every problem said in words, one line each.
class tst_ConnectionOptions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultsWithoutOptions();
    void optionsOverrideTheSavedWorkspace();
    void unknownWorkspace();
    void everyProblemOnItsOwnLine();
    void credentialFromTokenFileThenEnvironment();
    void unusableCredentialsAreRefused_data();
    void unusableCredentialsAreRefused();
    void tokenFilesThatAreNotFiles();
    void credentialOfTheWorkspace();
    void environmentOnlyWhenTheWorkspaceHasNone();
    void noCredentialAnywhere();

private:
    // Parses `arguments` (after the program name) with the common options, as the dispatcher does.
    void parse(const QStringList& arguments);
    QString writeFile(const QString& name, const QByteArray& content) const;
    ConnectionOptions options() const { return ConnectionOptions(*m_parser, *m_workspaces); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceService> m_workspaces;
    std::unique_ptr<QCommandLineParser> m_parser;
};

void tst_ConnectionOptions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspaces = std::make_unique<WorkspaceService>(
        std::make_unique<WorkspaceStore>(m_dir->filePath(QStringLiteral("settings.ini"))),
        QStringLiteral("vero-admin-test"));
    qunsetenv("VERO_AUTH_TOKEN");
}

void tst_ConnectionOptions::cleanup()
{
    qunsetenv("VERO_AUTH_TOKEN");
    m_parser.reset();
    m_workspaces.reset();
    m_dir.reset();
}

void tst_ConnectionOptions::parse(const QStringList& arguments)
{
    m_parser = std::make_unique<QCommandLineParser>();
    m_parser->addOptions(Command::commonOptions());
    QVERIFY2(m_parser->parse(QStringList {QStringLiteral("veroctl")} + arguments), qPrintable(m_parser->errorText()));
}

QString tst_ConnectionOptions::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void tst_ConnectionOptions::defaultsWithoutOptions()
{
    parse({});
    const Fallible<Workspace> workspace = ConnectionOptions(*m_parser, *m_workspaces).workspace();
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    QCOMPARE(workspace->name, ConnectionOptions::commandLineName());
    QCOMPARE(workspace->baseUrl, Workspace::defaultBaseUrl());
    QCOMPARE(workspace->credentialName, QStringLiteral("auth_token"));
    QCOMPARE(workspace->credentialPlacement, Workspace::CredentialPlacement::Body);
    QCOMPARE(workspace->timeoutSeconds, Workspace::DefaultTimeoutSeconds);
}

void tst_ConnectionOptions::optionsOverrideTheSavedWorkspace()
{
    Workspace staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = QUrl(QStringLiteral("https://staging.example.com/api/v2"));
    staging.credentialPlacement = Workspace::CredentialPlacement::Query;
    staging.timeoutSeconds = 45;
    QVERIFY(m_workspaces->saveNow(staging, true, QString()).ok());

    parse({QStringLiteral("--workspace"),
           QStringLiteral("Staging"),
           QStringLiteral("--timeout"),
           QStringLiteral("9"),
           QStringLiteral("--credential-name"),
           QStringLiteral("tracking_api_key")});
    const ConnectionOptions options(*m_parser, *m_workspaces);
    const Fallible<Workspace> workspace = options.workspace();
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    QCOMPARE(workspace->name, QStringLiteral("Staging")); // what its history rows carry
    QCOMPARE(workspace->baseUrl, staging.baseUrl);        // kept
    QCOMPARE(workspace->credentialPlacement, Workspace::CredentialPlacement::Query);
    QCOMPARE(workspace->timeoutSeconds, 9); // the options win
    QCOMPARE(workspace->credentialName, QStringLiteral("tracking_api_key"));

    // `workspace add` names its own workspace: the options alone.
    const Fallible<Workspace> fromOptions = options.workspaceFromOptions();
    QVERIFY(fromOptions.ok());
    QCOMPARE(fromOptions->name, ConnectionOptions::commandLineName());
    QCOMPARE(fromOptions->baseUrl, Workspace::defaultBaseUrl());
    QCOMPARE(fromOptions->timeoutSeconds, 9);
}

void tst_ConnectionOptions::unknownWorkspace()
{
    parse({QStringLiteral("--workspace"), QStringLiteral("nope")});
    const Fallible<Workspace> workspace = ConnectionOptions(*m_parser, *m_workspaces).workspace();
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.error(),
             QStringLiteral("There is no workspace named \"nope\". 'veroctl workspace list' shows them."));
}

void tst_ConnectionOptions::everyProblemOnItsOwnLine()
{
    parse({QStringLiteral("--base-url"),
           QStringLiteral("http://example.com"),
           QStringLiteral("--timeout"),
           QStringLiteral("0"),
           QStringLiteral("--credential-name"),
           QStringLiteral("key")});
    const Fallible<Workspace> workspace = ConnectionOptions(*m_parser, *m_workspaces).workspace();
    QVERIFY(!workspace.ok());
    const QStringList lines = workspace.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Plain http:// is refused")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QLatin1String("auth_token or tracking_api_key")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QLatin1String("between 1 and 600 seconds")), qPrintable(lines.at(2)));

    // Options that cannot be read at all stop at the first.
    parse({QStringLiteral("--credential-in"),
           QStringLiteral("header"),
           QStringLiteral("--timeout"),
           QStringLiteral("x")});
    QCOMPARE(ConnectionOptions(*m_parser, *m_workspaces).workspace().error(),
             QStringLiteral("--credential-in must be body or query."));
}

void tst_ConnectionOptions::credentialFromTokenFileThenEnvironment()
{
    qputenv("VERO_AUTH_TOKEN", "from-environment\n");
    const QString tokenFile = writeFile(QStringLiteral("token"), "from-file\n");
    parse({QStringLiteral("--token-file"), tokenFile});
    Fallible<ConnectionOptions::Credential> credential = options().credential(Workspace());
    QVERIFY2(credential.ok(), qPrintable(credential.error()));
    QCOMPARE(credential->secret, QStringLiteral("from-file"));
    QCOMPARE(credential->notice, QStringLiteral("$VERO_AUTH_TOKEN is set but not used: --token-file comes first."));

    // No workspace named: the environment, the one line end a shell may leave dropped.
    parse({});
    credential = options().credential(Workspace());
    QVERIFY(credential.ok());
    QCOMPARE(credential->secret, QStringLiteral("from-environment"));
    QCOMPARE(credential->notice, QString());
}

void tst_ConnectionOptions::unusableCredentialsAreRefused_data()
{
    QTest::addColumn<QByteArray>("fileContent"); // empty: from the environment instead
    QTest::addColumn<QByteArray>("environment");
    QTest::addColumn<QString>("says");
    const QByteArray none;
    QTest::newRow("file: empty") << QByteArray("\n") << none << QStringLiteral(" is empty.");
    QTest::newRow("file: blank") << QByteArray(" \n") << none << QStringLiteral("a space (character 1)");
    QTest::newRow("file: two lines") << QByteArray("first-token\nsecond-token\n") << none
                                     << QStringLiteral("line break (character 12)");
    QTest::newRow("file: space") << QByteArray("  padded-token") << none << QStringLiteral("a space (character 1)");
    QTest::newRow("file: not UTF-8") << QByteArray("tok\xff\xfe") << none << QStringLiteral("It is not UTF-8 text.");
    QTest::newRow("file: UTF-8 cut at the end") << QByteArray("kkkk\xc3") << none << QStringLiteral("not UTF-8");
    QTest::newRow("file: huge") << QByteArray(100000, 'k') << none << QStringLiteral("longer than 4096 characters");
    QTest::newRow("environment: escape") << none << QByteArray("tok\x1b[2Jen") << QStringLiteral("control character");
    QTest::newRow("environment: CR LF inside")
        << none << QByteArray("tok\r\nsecond-token") << QStringLiteral("line break");
    QTest::newRow("environment: not UTF-8") << none << QByteArray("tok\xc3(") << QStringLiteral("not UTF-8");
    QTest::newRow("environment: trailing space") << none << QByteArray("spaced-token ") << QStringLiteral("a space");
}

void tst_ConnectionOptions::unusableCredentialsAreRefused()
{
    QFETCH(QByteArray, fileContent);
    QFETCH(QByteArray, environment);
    QFETCH(QString, says);
    if (!environment.isEmpty()) {
        qputenv("VERO_AUTH_TOKEN", environment);
        parse({});
    } else {
        parse({QStringLiteral("--token-file"), writeFile(QStringLiteral("token"), fileContent)});
    }
    const Fallible<ConnectionOptions::Credential> credential = options().credential(Workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().contains(says), qPrintable(credential.error()));
    QVERIFY2(credential.error().contains(environment.isEmpty() ? QStringLiteral("token file")
                                                               : QStringLiteral("$VERO_AUTH_TOKEN")),
             qPrintable(credential.error()));
    for (const char* part : {"second-token", "padded-token", "spaced-token", "kkkk"}) {
        QVERIFY(!credential.error().contains(QLatin1String(part)));
    }
}

void tst_ConnectionOptions::tokenFilesThatAreNotFiles()
{
    parse({QStringLiteral("--token-file"), m_dir->filePath(QStringLiteral("missing"))});
    Fallible<ConnectionOptions::Credential> credential = options().credential(Workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().startsWith(QLatin1String("Cannot read the token file ")),
             qPrintable(credential.error()));

    parse({QStringLiteral("--token-file"), m_dir->path()});
    credential = options().credential(Workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().endsWith(QLatin1String("it is a folder.")), qPrintable(credential.error()));

    // A device that never ends is read only as far as a credential can go.
    parse({QStringLiteral("--token-file"), QStringLiteral("/dev/zero")});
    credential = options().credential(Workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().contains(QLatin1String("longer than")), qPrintable(credential.error()));
}

void tst_ConnectionOptions::credentialOfTheWorkspace()
{
    Workspace staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = QUrl(QStringLiteral("https://staging.example.com/api/v2"));
    QVERIFY(m_workspaces->saveNow(staging, true, QString()).ok());
    // The session's credential stands in for the keychain's here: both come through WorkspaceService.
    m_workspaces->setSessionCredential(QStringLiteral("Staging"), QStringLiteral("workspace-secret"));
    parse({QStringLiteral("--workspace"), QStringLiteral("Staging")});
    Fallible<ConnectionOptions::Credential> credential = options().credential(*options().workspace());
    QVERIFY2(credential.ok(), qPrintable(credential.error()));
    QCOMPARE(credential->secret, QStringLiteral("workspace-secret"));
    QCOMPARE(credential->notice, QString());

    // The workspace's own credential wins over an exported one, and veroctl says it ignored that one.
    qputenv("VERO_AUTH_TOKEN", "from-environment");
    credential = options().credential(*options().workspace());
    QCOMPARE(credential->secret, QStringLiteral("workspace-secret"));
    QCOMPARE(credential->notice,
             QStringLiteral("$VERO_AUTH_TOKEN is set but not used: workspace \"Staging\" has its own credential in "
                            "the keychain."));

    // --token-file still comes first.
    parse({QStringLiteral("--workspace"),
           QStringLiteral("Staging"),
           QStringLiteral("--token-file"),
           writeFile(QStringLiteral("token"), "from-file")});
    QCOMPARE(options().credential(*options().workspace())->secret, QStringLiteral("from-file"));

    // A stored credential that cannot be sent is refused, not replaced by the environment's.
    m_workspaces->setSessionCredential(QStringLiteral("Staging"), QStringLiteral("two\nlines"));
    parse({QStringLiteral("--workspace"), QStringLiteral("Staging")});
    credential = options().credential(*options().workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().contains(QLatin1String("the keychain entry of workspace \"Staging\"")),
             qPrintable(credential.error()));
}

void tst_ConnectionOptions::environmentOnlyWhenTheWorkspaceHasNone()
{
    Workspace staging;
    staging.name = QStringLiteral("Staging-") + QString::number(QCoreApplication::applicationPid());
    staging.baseUrl = QUrl(QStringLiteral("https://staging.example.com/api/v2"));
    QVERIFY(m_workspaces->saveNow(staging, true, QString()).ok());
    parse({QStringLiteral("--workspace"), staging.name});

    // Nothing stored (or no keychain to ask) and nothing exported: nothing to send.
    Fallible<ConnectionOptions::Credential> credential = options().credential(*options().workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().startsWith(QStringLiteral("No credential for workspace \"%1\"").arg(staging.name)),
             qPrintable(credential.error()));

    qputenv("VERO_AUTH_TOKEN", "from-environment");
    credential = options().credential(*options().workspace());
    const WorkspaceService::Credential stored = m_workspaces->readCredentialNow(staging.name);
    if (!stored.error.isEmpty() && !stored.noKeychain) {
        // A keychain that cannot be read may hold the workspace's own credential: the exported one is not sent.
        QVERIFY(!credential.ok());
        QVERIFY2(credential.error().contains(QStringLiteral("cannot tell whether workspace \"%1\" has its own "
                                                            "credential; $VERO_AUTH_TOKEN was not sent to "
                                                            "staging.example.com")
                                                 .arg(staging.name)),
                 qPrintable(credential.error()));
        QVERIFY(!credential.error().contains(QLatin1String("from-environment")));
        return;
    }
    // The keychain says there is none: sent, and veroctl says where it goes.
    QVERIFY2(credential.ok(), qPrintable(credential.error()));
    QCOMPARE(credential->secret, QStringLiteral("from-environment"));
    QVERIFY2(credential->notice.contains(QLatin1String("$VERO_AUTH_TOKEN is sent to staging.example.com")),
             qPrintable(credential->notice));
}

void tst_ConnectionOptions::noCredentialAnywhere()
{
    parse({});
    const Fallible<ConnectionOptions::Credential> credential = options().credential(Workspace());
    QVERIFY(!credential.ok());
    QCOMPARE(credential.error(),
             QStringLiteral("No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a "
                            "stored token."));
}

QTEST_GUILESS_MAIN(tst_ConnectionOptions)
#include "tst_ConnectionOptions.moc"
