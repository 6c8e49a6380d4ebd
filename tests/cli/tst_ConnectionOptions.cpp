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
    void credentialOfTheWorkspace();
    void noCredentialAnywhere();

private:
    // Parses `arguments` (after the program name) with the common options, as the dispatcher does.
    void parse(const QStringList& arguments);
    QString writeFile(const QString& name, const QByteArray& content) const;

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
    qputenv("VERO_AUTH_TOKEN", "  from-environment \n");
    const QString tokenFile = writeFile(QStringLiteral("token"), "from-file\n");
    parse({QStringLiteral("--token-file"), tokenFile});
    Fallible<QString> credential = ConnectionOptions(*m_parser, *m_workspaces).credential(Workspace());
    QVERIFY2(credential.ok(), qPrintable(credential.error()));
    QCOMPARE(*credential, QStringLiteral("from-file"));

    parse({});
    credential = ConnectionOptions(*m_parser, *m_workspaces).credential(Workspace());
    QVERIFY(credential.ok());
    QCOMPARE(*credential, QStringLiteral("from-environment"));

    parse({QStringLiteral("--token-file"), writeFile(QStringLiteral("empty"), " \n")});
    credential = ConnectionOptions(*m_parser, *m_workspaces).credential(Workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().endsWith(QLatin1String(" is empty.")), qPrintable(credential.error()));

    parse({QStringLiteral("--token-file"), m_dir->filePath(QStringLiteral("missing"))});
    credential = ConnectionOptions(*m_parser, *m_workspaces).credential(Workspace());
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().startsWith(QLatin1String("Cannot read the token file ")),
             qPrintable(credential.error()));
}

void tst_ConnectionOptions::credentialOfTheWorkspace()
{
    Workspace staging;
    staging.name = QStringLiteral("Staging");
    QVERIFY(m_workspaces->saveNow(staging, true, QString()).ok());
    // The session's credential stands in for the keychain's here: both come through WorkspaceService.
    m_workspaces->setSessionCredential(QStringLiteral("Staging"), QStringLiteral("workspace-secret"));
    parse({QStringLiteral("--workspace"), QStringLiteral("Staging")});
    const ConnectionOptions options(*m_parser, *m_workspaces);
    const Fallible<QString> credential = options.credential(*options.workspace());
    QVERIFY2(credential.ok(), qPrintable(credential.error()));
    QCOMPARE(*credential, QStringLiteral("workspace-secret"));

    // The environment still comes first, so a script can override a stored credential.
    qputenv("VERO_AUTH_TOKEN", "from-environment");
    QCOMPARE(*options.credential(*options.workspace()), QStringLiteral("from-environment"));
}

void tst_ConnectionOptions::noCredentialAnywhere()
{
    parse({});
    const Fallible<QString> credential = ConnectionOptions(*m_parser, *m_workspaces).credential(Workspace());
    QVERIFY(!credential.ok());
    QCOMPARE(credential.error(),
             QStringLiteral("No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a "
                            "stored token."));
}

QTEST_GUILESS_MAIN(tst_ConnectionOptions)
#include "tst_ConnectionOptions.moc"
