#include "FormDriver.h"
#include "app/shell/AppController.h"
#include "app/workspace/WorkspaceDialog.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"
#include "core/workspace/CredentialStore.h"
#include "core/workspace/WorkspaceStore.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

// The workspace dialog with the real keychain (Secret Service when a keyring runs) and without one: what is
// saved where, what the user is told, and that a credential never lands on disk.
class tst_WorkspaceDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTripThroughTheKeychain();
    void invalidFieldsAreShownAndNothingIsSaved();
    void noKeychainOffersASessionOnlyCredential();
    void unsavedChangesAreNotLostSilently();

private:
    template <typename T>
    T* child(WorkspaceDialog& dialog, const char* name)
    {
        return FormDriver::child<T>(&dialog, name);
    }
    bool saveAndWait(WorkspaceDialog& dialog, bool expectOk);
    static bool secretOnDisk(const QByteArray& secret);
    static AppController::Options options();

    bool m_keychainAvailable = false;
};

AppController::Options tst_WorkspaceDialog::options()
{
    AppController::Options options;
    options.manageSandbox = false;
    options.credentialService = QStringLiteral("vero-admin-tests");
    return options;
}

void tst_WorkspaceDialog::initTestCase()
{
    Bootstrap::setUpApplication();
    CredentialStore probe(QStringLiteral("vero-admin-tests"));
    const CredentialStore::Result written = probe.writeNow(QStringLiteral("probe"), QStringLiteral("probe"));
    m_keychainAvailable = written.ok;
    if (written.ok) {
        QVERIFY(probe.removeNow(QStringLiteral("probe")).ok);
    } else {
        qInfo("No keychain: %s", qPrintable(written.error));
    }
    if (qEnvironmentVariableIsSet("VERO_EXPECT_NO_KEYCHAIN")) {
        QVERIFY2(!m_keychainAvailable, "a keychain answered although the session bus points nowhere");
    }
}

void tst_WorkspaceDialog::init()
{
    AppSettings().clear();
    AppSettings().sync();
}

bool tst_WorkspaceDialog::saveAndWait(WorkspaceDialog& dialog, bool expectOk)
{
    QSignalSpy finished(&dialog, &WorkspaceDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(30000)) {
        qWarning("the dialog never finished saving");
        return false;
    }
    return finished.constFirst().constFirst().toBool() == expectOk;
}

bool tst_WorkspaceDialog::secretOnDisk(const QByteArray& secret)
{
    for (const QString& root : {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret)) {
                qWarning("secret found in %s", qPrintable(file.fileName()));
                return true;
            }
        }
    }
    return false;
}

void tst_WorkspaceDialog::roundTripThroughTheKeychain()
{
    if (!m_keychainAvailable) {
        QSKIP("No keychain in this session (run under dbus-run-session with gnome-keyring-daemon --unlock).");
    }
    AppController controller(options());
    {
        WorkspaceDialog dialog(&controller);
        dialog.show();
        // A fresh install has no saved workspace: the dialog opens on a new one.
        QCOMPARE(dialog.editedName(), QString());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Staging"));
        QLineEdit* baseUrl = child<QLineEdit>(dialog, "baseUrlEdit");
        baseUrl->clear();
        QTest::keyClicks(baseUrl, QStringLiteral("https://staging.example.com/api/v2"));
        auto* credentialName = child<QComboBox>(dialog, "credentialNameCombo");
        credentialName->setCurrentIndex(credentialName->findText(QStringLiteral("tracking_api_key")));
        auto* placement = child<QComboBox>(dialog, "credentialPlacementCombo");
        placement->setCurrentIndex(placement->findData(QStringLiteral("query")));
        QSpinBox* timeout = child<QSpinBox>(dialog, "timeoutSpin");
        timeout->selectAll();
        QTest::keyClicks(timeout, QStringLiteral("45"));
        QTest::keyClicks(child<QLineEdit>(dialog, "credentialEdit"), QStringLiteral("staging-secret-1"));
        QVERIFY(saveAndWait(dialog, true));
        QCOMPARE(dialog.editedName(), QStringLiteral("Staging"));
        QVERIFY(child<QLineEdit>(dialog, "credentialEdit")->text().isEmpty());
        QVERIFY(!child<QFrame>(dialog, "keychainWarning")->isVisible());
    }

    const std::optional<Workspace> saved = WorkspaceStore().find(QStringLiteral("Staging"));
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://staging.example.com/api/v2")));
    QCOMPARE(saved->credentialName, QStringLiteral("tracking_api_key"));
    QCOMPARE(saved->credentialPlacement, Workspace::CredentialPlacement::Query);
    QCOMPARE(saved->timeoutSeconds, 45);
    CredentialStore keychain(QStringLiteral("vero-admin-tests"));
    QCOMPARE(keychain.readNow(QStringLiteral("Staging")).secret, QStringLiteral("staging-secret-1"));
    QVERIFY(!secretOnDisk("staging-secret-1"));
    // The main window's combo box sees it.
    QCOMPARE(controller.workspaces().size(), 2);

    // Opened again, it shows the saved values and says a credential is stored, without showing it.
    WorkspaceDialog dialog(&controller);
    dialog.show();
    QCOMPARE(dialog.editedName(), QStringLiteral("Staging"));
    QCOMPARE(child<QLineEdit>(dialog, "baseUrlEdit")->text(), QStringLiteral("https://staging.example.com/api/v2"));
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, "credentialEdit")->text().isEmpty());
    QTRY_VERIFY(child<QLabel>(dialog, "credentialStatusLabel")
                    ->text()
                    .contains(QStringLiteral("stored in the system keychain")));

    // Removing asks first; a "no" keeps everything.
    dialog.setConfirmation([](const QString&, const QString&) { return false; });
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QVERIFY(WorkspaceStore().find(QStringLiteral("Staging")));
    int asked = 0;
    dialog.setConfirmation([&asked](const QString&, const QString& question) {
        ++asked;
        return question.contains(QStringLiteral("Staging"));
    });
    QSignalSpy finished(&dialog, &WorkspaceDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(!WorkspaceStore().find(QStringLiteral("Staging")));
    QVERIFY(keychain.readNow(QStringLiteral("Staging")).notFound);
    QCOMPARE(controller.workspaces().size(), 1);
}

void tst_WorkspaceDialog::invalidFieldsAreShownAndNothingIsSaved()
{
    AppController controller(options());
    WorkspaceDialog dialog(&controller);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("sandbox"));
    QLineEdit* baseUrl = child<QLineEdit>(dialog, "baseUrlEdit");
    baseUrl->clear();
    QTest::keyClicks(baseUrl, QStringLiteral("http://api.example.com/api/v2"));
    QTest::keyClicks(child<QLineEdit>(dialog, "caFileEdit"), QStringLiteral("/no/such/ca.pem"));
    QTest::keyClicks(child<QLineEdit>(dialog, "credentialEdit"), QStringLiteral("typed-secret"));
    QVERIFY(saveAndWait(dialog, false));

    QVERIFY(child<QLabel>(dialog, "nameError")->isVisible());
    QVERIFY(child<QLabel>(dialog, "nameError")->text().contains(QStringLiteral("built-in")));
    QVERIFY(child<QLabel>(dialog, "baseUrlError")->isVisible());
    QVERIFY(child<QLabel>(dialog, "baseUrlError")->text().contains(QStringLiteral("http://")));
    QVERIFY(child<QLabel>(dialog, "caFileError")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "timeoutError")->isVisible());
    QVERIFY(WorkspaceStore().list().isEmpty());
    // Nothing typed is lost.
    QCOMPARE(child<QLineEdit>(dialog, "credentialEdit")->text(), QStringLiteral("typed-secret"));
    QCOMPARE(baseUrl->text(), QStringLiteral("http://api.example.com/api/v2"));

    // Corrected, it saves and the messages go away.
    QLineEdit* name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Local"));
    baseUrl->clear();
    QTest::keyClicks(baseUrl, QStringLiteral("http://127.0.0.1:9/api/v2"));
    child<QLineEdit>(dialog, "caFileEdit")->clear();
    child<QLineEdit>(dialog, "credentialEdit")->clear();
    QVERIFY(saveAndWait(dialog, true));
    QVERIFY(!child<QLabel>(dialog, "nameError")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "baseUrlError")->isVisible());
    QVERIFY(WorkspaceStore().find(QStringLiteral("Local")));
}

void tst_WorkspaceDialog::noKeychainOffersASessionOnlyCredential()
{
    if (m_keychainAvailable) {
        QSKIP("A keychain is available; tst_WorkspaceDialog_noKeychain runs this with the session bus pointing "
              "nowhere.");
    }
    AppController controller(options());
    WorkspaceDialog dialog(&controller);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Production"));
    QTest::keyClicks(child<QLineEdit>(dialog, "credentialEdit"), QStringLiteral("prod-secret-9"));
    QVERIFY(saveAndWait(dialog, false));

    // The workspace is saved; the credential is not, and the dialog says why and what it can do instead.
    QVERIFY(WorkspaceStore().find(QStringLiteral("Production")));
    auto* warning = child<QFrame>(dialog, "keychainWarning");
    QVERIFY(warning->isVisible());
    const QString text = child<QLabel>(dialog, "keychainWarningLabel")->text();
    QVERIFY(text.contains(QStringLiteral("keychain")));
    QVERIFY(text.contains(QStringLiteral("never writes credentials to disk")));
    QVERIFY(!text.contains(QStringLiteral("prod-secret-9")));
    QCOMPARE(child<QLineEdit>(dialog, "credentialEdit")->text(), QStringLiteral("prod-secret-9"));
    QVERIFY(!controller.workspaceService().hasSessionCredential(QStringLiteral("Production")));

    auto* sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
    QVERIFY(sessionOnly->isEnabled());
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QVERIFY(controller.workspaceService().hasSessionCredential(QStringLiteral("Production")));
    QVERIFY(child<QLineEdit>(dialog, "credentialEdit")->text().isEmpty());
    QVERIFY(!warning->isVisible());
    QVERIFY(child<QLabel>(dialog, "credentialStatusLabel")->text().contains(QStringLiteral("this session only")));
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(!secretOnDisk("prod-secret-9"));

    // Reopened, the dialog says plainly that there is no keychain.
    WorkspaceDialog reopened(&controller);
    reopened.show();
    QCOMPARE(reopened.editedName(), QStringLiteral("Production"));
    QVERIFY(child<QLabel>(reopened, "credentialStatusLabel")->text().contains(QStringLiteral("this session only")));
    controller.workspaceService().forgetSessionCredential(QStringLiteral("Production"));
    WorkspaceDialog third(&controller);
    third.show();
    QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(third, "keychainWarning")->isVisible(), 30000);
    QVERIFY(child<QLabel>(third, "credentialStatusLabel")->text().contains(QStringLiteral("unavailable")));
}

void tst_WorkspaceDialog::unsavedChangesAreNotLostSilently()
{
    AppController controller(options());
    WorkspaceDialog dialog(&controller);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Half typed"));
    QVERIFY(dialog.hasUnsavedChanges());

    QStringList questions;
    dialog.setConfirmation([&questions](const QString&, const QString& question) {
        questions.append(question);
        return false;
    });
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QCOMPARE(questions.size(), 1);
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Half typed"));
    QCOMPARE(questions.size(), 2);

    dialog.setConfirmation([](const QString&, const QString&) { return true; });
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QVERIFY(WorkspaceStore().list().isEmpty());
}

QTEST_MAIN(tst_WorkspaceDialog)
#include "tst_WorkspaceDialog.moc"
