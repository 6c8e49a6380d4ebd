#include "AppUnderTest.h"
#include "FormDriver.h"
#include "VeroRequire.h"
#include "app/shell/AppController.h"
#include "app/widgets/NoticeWidget.h"
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
    void caFileIsChosenInAFileDialog();

private:
    // The dialog's widgets a test works with, looked up once.
    struct Fields
    {
        explicit Fields(const WorkspaceDialog& dialog);
        // Every one of them is there.
        bool found() const;

        QLineEdit* name = nullptr;
        QLineEdit* baseUrl = nullptr;
        QComboBox* credentialName = nullptr;
        QComboBox* placement = nullptr;
        QSpinBox* timeout = nullptr;
        QLineEdit* caFile = nullptr;
        QLineEdit* credential = nullptr;
        QLabel* credentialStatus = nullptr;
        QFrame* keychainWarning = nullptr;
        NoticeWidget* keychainWarningText = nullptr;
        QLabel* nameError = nullptr;
        QLabel* baseUrlError = nullptr;
        QLabel* timeoutError = nullptr;
        QLabel* caFileError = nullptr;
        QPushButton* save = nullptr;
        QPushButton* remove = nullptr;
        QPushButton* add = nullptr;
        QPushButton* sessionOnly = nullptr;
        QPushButton* browseCaFile = nullptr;
    };
    bool saveAndWait(WorkspaceDialog& dialog, bool expectOk);
    static bool secretOnDisk(const QByteArray& secret);

    bool m_keychainAvailable = false;
};

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

tst_WorkspaceDialog::Fields::Fields(const WorkspaceDialog& dialog)
    : name(FormDriver::child<QLineEdit>(&dialog, "nameEdit"))
    , baseUrl(FormDriver::child<QLineEdit>(&dialog, "baseUrlEdit"))
    , credentialName(FormDriver::child<QComboBox>(&dialog, "credentialNameCombo"))
    , placement(FormDriver::child<QComboBox>(&dialog, "credentialPlacementCombo"))
    , timeout(FormDriver::child<QSpinBox>(&dialog, "timeoutSpin"))
    , caFile(FormDriver::child<QLineEdit>(&dialog, "caFileEdit"))
    , credential(FormDriver::child<QLineEdit>(&dialog, "credentialEdit"))
    , credentialStatus(FormDriver::child<QLabel>(&dialog, "credentialStatusLabel"))
    , keychainWarning(FormDriver::child<QFrame>(&dialog, "keychainWarning"))
    , keychainWarningText(FormDriver::child<NoticeWidget>(&dialog, "keychainWarningLabel"))
    , nameError(FormDriver::child<QLabel>(&dialog, "nameError"))
    , baseUrlError(FormDriver::child<QLabel>(&dialog, "baseUrlError"))
    , timeoutError(FormDriver::child<QLabel>(&dialog, "timeoutError"))
    , caFileError(FormDriver::child<QLabel>(&dialog, "caFileError"))
    , save(FormDriver::child<QPushButton>(&dialog, "saveButton"))
    , remove(FormDriver::child<QPushButton>(&dialog, "removeButton"))
    , add(FormDriver::child<QPushButton>(&dialog, "addButton"))
    , sessionOnly(FormDriver::child<QPushButton>(&dialog, "sessionOnlyButton"))
    , browseCaFile(FormDriver::child<QPushButton>(&dialog, "caFileBrowseButton"))
{
}

bool tst_WorkspaceDialog::Fields::found() const
{
    const QList<const QObject*> all {name,
                                     baseUrl,
                                     credentialName,
                                     placement,
                                     timeout,
                                     caFile,
                                     credential,
                                     credentialStatus,
                                     keychainWarning,
                                     keychainWarningText,
                                     nameError,
                                     baseUrlError,
                                     timeoutError,
                                     caFileError,
                                     save,
                                     remove,
                                     add,
                                     sessionOnly,
                                     browseCaFile};
    return !all.contains(nullptr);
}

bool tst_WorkspaceDialog::saveAndWait(WorkspaceDialog& dialog, bool expectOk)
{
    QSignalSpy finished(&dialog, &WorkspaceDialog::operationFinished);
    const Fields fields(dialog);
    if (!fields.save) {
        return false;
    }
    QTest::mouseClick(fields.save, Qt::LeftButton);
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
    if (qEnvironmentVariableIsSet("VERO_EXPECT_NO_KEYCHAIN")) {
        QSKIP("This run has no keychain on purpose; tst_WorkspaceDialog runs this with one.");
    }
    VERO_REQUIRE(m_keychainAvailable,
                 QStringLiteral("No keychain in this session (run under dbus-run-session with gnome-keyring-daemon "
                                "--unlock)."));
    AppUnderTest app;
    AppController& controller = app.controller();
    ScriptedUserPrompts& prompts = app.prompts();
    {
        WorkspaceDialog dialog(&controller, &prompts);
        dialog.show();
        const Fields fields(dialog);
        QVERIFY(fields.found());
        // A fresh install has no saved workspace: the dialog opens on a new one.
        QCOMPARE(dialog.editedName(), QString());
        QTest::keyClicks(fields.name, QStringLiteral("Staging"));
        fields.baseUrl->clear();
        QTest::keyClicks(fields.baseUrl, QStringLiteral("https://staging.example.com/api/v2"));
        fields.credentialName->setCurrentIndex(fields.credentialName->findText(QStringLiteral("tracking_api_key")));
        fields.placement->setCurrentIndex(fields.placement->findData(QStringLiteral("query")));
        fields.timeout->selectAll();
        QTest::keyClicks(fields.timeout, QStringLiteral("45"));
        QTest::keyClicks(fields.credential, QStringLiteral("staging-secret-1"));
        QVERIFY(saveAndWait(dialog, true));
        QCOMPARE(dialog.editedName(), QStringLiteral("Staging"));
        QVERIFY(fields.credential->text().isEmpty());
        QVERIFY(!fields.keychainWarning->isVisible());
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
    WorkspaceDialog dialog(&controller, &prompts);
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.found());
    QCOMPARE(dialog.editedName(), QStringLiteral("Staging"));
    QCOMPARE(fields.baseUrl->text(), QStringLiteral("https://staging.example.com/api/v2"));
    QVERIFY(fields.name->isReadOnly());
    QVERIFY(fields.credential->text().isEmpty());
    QTRY_VERIFY(fields.credentialStatus->text().contains(QStringLiteral("stored in the system keychain")));

    // Removing asks first, naming the workspace and what goes with it; a "no" keeps everything.
    prompts.answerConfirm(false);
    QSignalSpy finished(&dialog, &WorkspaceDialog::operationFinished);
    QTest::mouseClick(fields.remove, Qt::LeftButton);
    QCOMPARE(prompts.asked().size(), 1);
    const QString question = prompts.lastAsked().text;
    QVERIFY2(question.contains(QStringLiteral("\"Staging\"")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("system keychain")));
    QVERIFY(prompts.lastAsked().destructive);
    QVERIFY(WorkspaceStore().find(QStringLiteral("Staging")));
    QVERIFY(finished.isEmpty()); // a "no" starts nothing
    prompts.answerConfirm(true);
    QTest::mouseClick(fields.remove, Qt::LeftButton);
    QCOMPARE(prompts.asked().size(), 2);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(!WorkspaceStore().find(QStringLiteral("Staging")));
    QVERIFY(keychain.readNow(QStringLiteral("Staging")).notFound);
    QCOMPARE(controller.workspaces().size(), 1);
}

void tst_WorkspaceDialog::invalidFieldsAreShownAndNothingIsSaved()
{
    AppUnderTest app;
    WorkspaceDialog dialog(&app.controller(), &app.prompts());
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.found());
    QTest::keyClicks(fields.name, QStringLiteral("sandbox"));
    fields.baseUrl->clear();
    QTest::keyClicks(fields.baseUrl, QStringLiteral("http://api.example.com/api/v2"));
    QTest::keyClicks(fields.caFile, QStringLiteral("/no/such/ca.pem"));
    QTest::keyClicks(fields.credential, QStringLiteral("typed-secret"));
    QVERIFY(saveAndWait(dialog, false));

    QVERIFY(fields.nameError->isVisible());
    QVERIFY(fields.nameError->text().contains(QStringLiteral("built-in")));
    QVERIFY(fields.baseUrlError->isVisible());
    QVERIFY(fields.baseUrlError->text().contains(QStringLiteral("http://")));
    QVERIFY(fields.caFileError->isVisible());
    QVERIFY(!fields.timeoutError->isVisible());
    QVERIFY(WorkspaceStore().list().isEmpty());
    // Nothing typed is lost.
    QCOMPARE(fields.credential->text(), QStringLiteral("typed-secret"));
    QCOMPARE(fields.baseUrl->text(), QStringLiteral("http://api.example.com/api/v2"));

    // Corrected, it saves and the messages go away.
    fields.name->clear();
    QTest::keyClicks(fields.name, QStringLiteral("Local"));
    fields.baseUrl->clear();
    QTest::keyClicks(fields.baseUrl, QStringLiteral("http://127.0.0.1:9/api/v2"));
    fields.caFile->clear();
    fields.credential->clear();
    QVERIFY(saveAndWait(dialog, true));
    QVERIFY(!fields.nameError->isVisible());
    QVERIFY(!fields.baseUrlError->isVisible());
    QVERIFY(WorkspaceStore().find(QStringLiteral("Local")));
}

void tst_WorkspaceDialog::noKeychainOffersASessionOnlyCredential()
{
    if (m_keychainAvailable) {
        QSKIP("A keychain is available; tst_WorkspaceDialog_noKeychain runs this with the session bus pointing "
              "nowhere.");
    }
    AppUnderTest app;
    AppController& controller = app.controller();
    WorkspaceDialog dialog(&controller, &app.prompts());
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.found());
    QTest::keyClicks(fields.name, QStringLiteral("Production"));
    QTest::keyClicks(fields.credential, QStringLiteral("prod-secret-9"));
    QVERIFY(saveAndWait(dialog, false));

    // The workspace is saved; the credential is not, and the dialog says why and what it can do instead.
    QVERIFY(WorkspaceStore().find(QStringLiteral("Production")));
    QVERIFY(fields.keychainWarning->isVisible());
    const QString text = fields.keychainWarningText->text();
    QVERIFY(text.contains(QStringLiteral("keychain")));
    QVERIFY(text.contains(QStringLiteral("never writes credentials to disk")));
    // What is missing and what to do about it, in words: not a D-Bus error.
    QVERIFY2(text.contains(QStringLiteral("cannot be reached")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GNOME Keyring or KWallet")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Log in to a desktop session")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("autolaunch")) && !text.contains(QStringLiteral("Could not connect")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("prod-secret-9")));
    QCOMPARE(fields.credential->text(), QStringLiteral("prod-secret-9"));
    QVERIFY(!controller.workspaceService().hasSessionCredential(QStringLiteral("Production")));

    QVERIFY(fields.sessionOnly->isEnabled());
    QTest::mouseClick(fields.sessionOnly, Qt::LeftButton);
    QVERIFY(controller.workspaceService().hasSessionCredential(QStringLiteral("Production")));
    QVERIFY(fields.credential->text().isEmpty());
    QVERIFY(!fields.keychainWarning->isVisible());
    QVERIFY(fields.credentialStatus->text().contains(QStringLiteral("this session only")));
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(!secretOnDisk("prod-secret-9"));

    // Reopened, the dialog says plainly that there is no keychain.
    WorkspaceDialog reopened(&controller, &app.prompts());
    reopened.show();
    const Fields reopenedFields(reopened);
    QVERIFY(reopenedFields.found());
    QCOMPARE(reopened.editedName(), QStringLiteral("Production"));
    QVERIFY(reopenedFields.credentialStatus->text().contains(QStringLiteral("this session only")));
    controller.workspaceService().forgetSessionCredential(QStringLiteral("Production"));
    WorkspaceDialog third(&controller, &app.prompts());
    third.show();
    const Fields thirdFields(third);
    QVERIFY(thirdFields.found());
    QTRY_VERIFY_WITH_TIMEOUT(thirdFields.keychainWarning->isVisible(), 30000);
    QVERIFY(thirdFields.credentialStatus->text().contains(QStringLiteral("unavailable")));
}

void tst_WorkspaceDialog::unsavedChangesAreNotLostSilently()
{
    AppUnderTest app;
    ScriptedUserPrompts& prompts = app.prompts();
    WorkspaceDialog dialog(&app.controller(), &prompts);
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.found());
    QTest::keyClicks(fields.name, QStringLiteral("Half typed"));
    QVERIFY(dialog.hasUnsavedChanges());

    // Closing and starting another workspace both ask first, naming the one with the changes.
    prompts.answerConfirm(false);
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QCOMPARE(prompts.asked().size(), 1);
    QVERIFY2(prompts.lastAsked().text.contains(QStringLiteral("\"Half typed\"")), qPrintable(prompts.lastAsked().text));
    prompts.answerConfirm(false);
    QTest::mouseClick(fields.add, Qt::LeftButton);
    QCOMPARE(fields.name->text(), QStringLiteral("Half typed"));
    QCOMPARE(prompts.asked().size(), 2);

    prompts.answerConfirm(true);
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QVERIFY(WorkspaceStore().list().isEmpty());
    QCOMPARE(prompts.unusedAnswers(), 0);
}

void tst_WorkspaceDialog::caFileIsChosenInAFileDialog()
{
    AppUnderTest app;
    ScriptedUserPrompts& prompts = app.prompts();
    WorkspaceDialog dialog(&app.controller(), &prompts);
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.found());

    // Cancelled: nothing changes.
    prompts.answerOpenFileName(QString());
    QTest::mouseClick(fields.browseCaFile, Qt::LeftButton);
    QCOMPARE(prompts.asked().size(), 1);
    QCOMPARE(prompts.lastAsked().kind, ScriptedUserPrompts::Kind::OpenFileName);
    QVERIFY(prompts.lastAsked().nameFilters.value(0).contains(QStringLiteral("*.pem")));
    QVERIFY(fields.caFile->text().isEmpty());
    QVERIFY(!dialog.hasUnsavedChanges());

    // Chosen: the field shows it and the workspace has unsaved changes.
    const QString chosen = QStringLiteral("/etc/ssl/extra-ca.pem");
    prompts.answerOpenFileName(chosen);
    QTest::mouseClick(fields.browseCaFile, Qt::LeftButton);
    QCOMPARE(fields.caFile->text(), chosen);
    QVERIFY(dialog.hasUnsavedChanges());
    prompts.answerConfirm(true); // discard them on the way out
    dialog.reject();
    QCOMPARE(prompts.unusedAnswers(), 0);
}

QTEST_MAIN(tst_WorkspaceDialog)
#include "tst_WorkspaceDialog.moc"
