#include "VeroRequire.h"
#include "core/workspace/CredentialStore.h"
#include "core/workspace/WorkspaceService.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString KeychainService = QStringLiteral("vero-admin-test");

Workspace workspaceNamed(const QString& name)
{
    Workspace workspace;
    workspace.name = name;
    workspace.baseUrl = QUrl(QStringLiteral("https://vero.example.com/api/v2"));
    return workspace;
}

bool hasField(const ValidationErrors& errors, const QString& field)
{
    return std::any_of(
        errors.cbegin(), errors.cend(), [&](const ValidationError& error) { return error.field == field; });
}

} // namespace

// What the workspace dialog and `veroctl workspace` both rely on: one Outcome per call that says what was
// written, names that cannot be taken, and the credential from the session before the keychain. The settings are
// a file of the test's own; the keychain cases run against the real one (VERO_REQUIRE).
class tst_WorkspaceService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void saveValidatesThenWrites();
    void namesThatCannotBeTaken();
    void removeSaysWhatWasNotThere();
    void currentIsNeverTheSandbox();
    void sessionCredentialComesFirst();
    void keychainCredentialRoundTrip();
    void asynchronousSaveStoresTheCredential();
    void unusableCredentialsAreRefused();

private:
    std::unique_ptr<WorkspaceService> service() const;
    // Why the keychain cannot be used here; empty when it can.
    QString keychainProblem() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name; // unique per test: the keychain is shared with every other run
};

void tst_WorkspaceService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = QStringLiteral("ws-") + QUuid::createUuid().toString(QUuid::Id128);
}

void tst_WorkspaceService::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<WorkspaceService> tst_WorkspaceService::service() const
{
    return std::make_unique<WorkspaceService>(
        std::make_unique<WorkspaceStore>(m_dir->filePath(QStringLiteral("settings.ini"))), KeychainService);
}

QString tst_WorkspaceService::keychainProblem() const
{
    const CredentialStore::Result probe = CredentialStore(KeychainService).readNow(m_name);
    return probe.ok || probe.notFound ? QString() : QStringLiteral("No keychain here: ") + probe.error;
}

void tst_WorkspaceService::saveValidatesThenWrites()
{
    const auto workspaces = service();
    Workspace invalid = workspaceNamed(m_name);
    invalid.baseUrl = QUrl(QStringLiteral("http://vero.example.com/api/v2"));
    const WorkspaceService::Outcome refused = workspaces->saveNow(invalid, true, QString());
    QVERIFY(!refused.ok());
    QVERIFY(hasField(refused.errors, QStringLiteral("base_url")));
    QVERIFY(!refused.settingsWritten);
    QVERIFY(!workspaces->find(m_name)); // nothing was written

    const WorkspaceService::Outcome saved = workspaces->saveNow(workspaceNamed(m_name), true, QString());
    QVERIFY(saved.ok());
    QVERIFY(saved.settingsWritten);
    QVERIFY(!saved.credentialChanged); // no credential given, none touched

    // Another service over the same file (veroctl and the app) sees it.
    const std::optional<Workspace> found = service()->find(m_name);
    QVERIFY(found);
    QCOMPARE(found->baseUrl, workspaceNamed(m_name).baseUrl);
    QCOMPARE(service()->saved().size(), 1);
}

void tst_WorkspaceService::namesThatCannotBeTaken()
{
    const auto workspaces = service();
    QVERIFY(workspaces->saveNow(workspaceNamed(m_name), true, QString()).ok());

    const WorkspaceService::Outcome again = workspaces->saveNow(workspaceNamed(m_name), true, QString());
    QVERIFY(hasField(again.errors, QStringLiteral("name")));
    QVERIFY(!again.settingsWritten);
    // Editing the existing one is not taking its name.
    QVERIFY(workspaces->saveNow(workspaceNamed(m_name), false, QString()).ok());

    for (const QString& name : {QStringLiteral("Sandbox"), QStringLiteral(" sandbox ")}) {
        QVERIFY2(WorkspaceService::isSandboxName(name), qPrintable(name));
        const WorkspaceService::Outcome sandbox = workspaces->saveNow(workspaceNamed(name), true, QString());
        QVERIFY2(hasField(sandbox.errors, QStringLiteral("name")), qPrintable(name));
    }
    QCOMPARE(workspaces->saved().size(), 1);
}

void tst_WorkspaceService::removeSaysWhatWasNotThere()
{
    const WorkspaceService::Outcome missing = service()->removeNow(m_name);
    QVERIFY(!missing.ok());
    QVERIFY(!missing.settingsWritten);
    QVERIFY2(missing.settingsError.contains(m_name), qPrintable(missing.settingsError));
}

void tst_WorkspaceService::currentIsNeverTheSandbox()
{
    const auto workspaces = service();
    QVERIFY(workspaces->saveNow(workspaceNamed(m_name), true, QString()).ok());
    QVERIFY(workspaces->setCurrent(m_name));
    QCOMPARE(service()->current(), m_name);
    // The sandbox is what a fresh start opens anyway; it is never saved as the current workspace.
    QVERIFY(workspaces->setCurrent(WorkspaceService::sandboxName()));
    QCOMPARE(service()->current(), QString());
}

void tst_WorkspaceService::sessionCredentialComesFirst()
{
    const auto workspaces = service();
    QVERIFY(workspaces->saveNow(workspaceNamed(m_name), true, QString()).ok());
    workspaces->setSessionCredential(m_name, QStringLiteral("session-secret"));
    QVERIFY(workspaces->hasSessionCredential(m_name));
    const WorkspaceService::Credential credential = workspaces->readCredentialNow(m_name);
    QVERIFY(credential.found);
    QVERIFY(credential.fromSession);
    QCOMPARE(credential.secret, QStringLiteral("session-secret"));
    // A session credential lives in this object only.
    QVERIFY(!service()->hasSessionCredential(m_name));

    // Removing the workspace forgets it, whatever the keychain says.
    const WorkspaceService::Outcome removed = workspaces->removeNow(m_name);
    QVERIFY(removed.settingsWritten);
    QVERIFY(!workspaces->hasSessionCredential(m_name));
    QVERIFY(!workspaces->find(m_name));
}

void tst_WorkspaceService::keychainCredentialRoundTrip()
{
    const QString problem = keychainProblem();
    VERO_REQUIRE(problem.isEmpty(), problem);
    const auto workspaces = service();
    QVERIFY(workspaces->saveNow(workspaceNamed(m_name), true, QString()).ok());
    const WorkspaceService::Credential none = workspaces->readCredentialNow(m_name);
    QVERIFY(!none.found);
    QVERIFY2(none.error.isEmpty(), qPrintable(none.error)); // "there is none" is not an error

    const WorkspaceService::Outcome stored = workspaces->setCredentialNow(m_name, QStringLiteral("keychain-secret"));
    QVERIFY2(stored.ok(), qPrintable(stored.credentialError));
    QVERIFY(stored.credentialChanged);
    const WorkspaceService::Credential read = service()->readCredentialNow(m_name);
    QVERIFY(read.found);
    QVERIFY(!read.fromSession);
    QCOMPARE(read.secret, QStringLiteral("keychain-secret"));

    // Removing the workspace removes its keychain entry too.
    const WorkspaceService::Outcome removed = workspaces->removeNow(m_name);
    QVERIFY2(removed.ok(), qPrintable(removed.credentialError));
    QVERIFY(removed.credentialChanged);
    QVERIFY(!service()->readCredentialNow(m_name).found);
}

void tst_WorkspaceService::asynchronousSaveStoresTheCredential()
{
    const QString problem = keychainProblem();
    VERO_REQUIRE(problem.isEmpty(), problem);
    const auto workspaces = service();
    workspaces->setSessionCredential(m_name, QStringLiteral("typed-before"));
    std::optional<WorkspaceService::Outcome> outcome;
    workspaces->save(
        workspaceNamed(m_name), true, QStringLiteral("async-secret"), this, [&](const auto& done) { outcome = done; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->credentialError));
    QVERIFY(outcome->settingsWritten);
    QVERIFY(outcome->credentialChanged);
    // The keychain now holds it, so the session copy is dropped.
    QVERIFY(!workspaces->hasSessionCredential(m_name));
    QCOMPARE(service()->readCredentialNow(m_name).secret, QStringLiteral("async-secret"));
    QVERIFY(workspaces->removeNow(m_name).ok());
}

void tst_WorkspaceService::unusableCredentialsAreRefused()
{
    // Refused before anything is written, keychain or settings: no keychain is needed to check that.
    const auto workspaces = service();
    const QString twoLines = QStringLiteral("first-token\nsecond-token");
    const WorkspaceService::Outcome saved = workspaces->saveNow(workspaceNamed(m_name), true, twoLines);
    QVERIFY(!saved.ok());
    QVERIFY(hasField(saved.errors, QStringLiteral("credential")));
    QVERIFY(!saved.settingsWritten);
    QVERIFY2(saved.settingsError.contains(QLatin1String("line break")), qPrintable(saved.settingsError));
    QVERIFY(!saved.settingsError.contains(QLatin1String("second-token")));
    QVERIFY(!workspaces->find(m_name)); // the workspace was not saved either

    QVERIFY(workspaces->saveNow(workspaceNamed(m_name), true, QString()).ok());
    const WorkspaceService::Outcome set = workspaces->setCredentialNow(m_name, QStringLiteral("with space"));
    QVERIFY(!set.ok());
    QVERIFY(!set.credentialChanged);
    QVERIFY2(set.credentialError.contains(QLatin1String("space")), qPrintable(set.credentialError));

    bool called = false;
    workspaces->setCredential(m_name, QStringLiteral("esc\x1b[2J"), this, [&](const WorkspaceService::Outcome& o) {
        called = true;
        QVERIFY(o.credentialError.contains(QLatin1String("control character")));
    });
    QVERIFY(called); // refused at once, without a keychain job
    QVERIFY(!workspaces->readCredentialNow(m_name).found);
}

QTEST_GUILESS_MAIN(tst_WorkspaceService)
#include "tst_WorkspaceService.moc"
