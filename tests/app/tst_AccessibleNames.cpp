#include "AccessibilityAudit.h"
#include "AppUnderTest.h"
#include "app/forms/OperationForm.h"
#include "app/shell/MainWindow.h"
#include "app/workspace/WorkspaceDialog.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

// Every input a user can reach (in the main window, every form and the workspace dialog) has an objectName,
// for tests and automation, and a non-empty accessible name and description, for screen readers: the name says
// what it is, the description what it is for or what it does. The other dialogs are audited by
// tst_KeyboardDialogs, which opens each of them.
class tst_AccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowAndForms();
    void workspaceDialog();
    void auditFindsWhatIsMissing();
};

void tst_AccessibleNames::initTestCase()
{
    Bootstrap::setUpApplication();
    AppSettings().clear();
}

void tst_AccessibleNames::mainWindowAndForms()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QCOMPARE(window.forms().size(), 8);
    // Each form also on its own, so a form that hides a widget until used is still walked.
    for (OperationForm* form : window.forms()) {
        QVERIFY(!form->objectName().isEmpty());
        const QString formProblems = AccessibilityAudit::report(form, AccessibilityAudit::Check::NamesAndDescriptions);
        QVERIFY2(formProblems.isEmpty(), qPrintable(formProblems));
    }
    const QString windowProblems = AccessibilityAudit::report(&window, AccessibilityAudit::Check::NamesAndDescriptions);
    QVERIFY2(windowProblems.isEmpty(), qPrintable(windowProblems));
}

void tst_AccessibleNames::workspaceDialog()
{
    AppUnderTest app;
    WorkspaceDialog dialog(&app.controller(), &app.prompts());
    dialog.show();
    const QString dialogProblems = AccessibilityAudit::report(&dialog, AccessibilityAudit::Check::NamesAndDescriptions);
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems));
}

/// The audit itself: a nameless input is reported, a named one is not, Qt's inner parts are left alone.
void tst_AccessibleNames::auditFindsWhatIsMissing()
{
    QWidget root;
    root.setObjectName(QStringLiteral("root"));
    auto* named = new QLineEdit(&root);
    named->setObjectName(QStringLiteral("namedEdit"));
    named->setAccessibleName(QStringLiteral("Named"));
    auto* anonymous = new QLineEdit(&root);
    anonymous->setObjectName(QStringLiteral("anonymousEdit"));
    auto* combo = new QComboBox(&root);
    combo->setObjectName(QStringLiteral("choice"));
    combo->setAccessibleName(QStringLiteral("Choice"));
    combo->setEditable(true); // its inner line edit has no name of its own, and needs none

    const AccessibilityAudit::Result result = AccessibilityAudit::run(&root);
    QCOMPARE(result.inputsChecked, 3);
    QCOMPARE(result.problems, QStringList {QStringLiteral("QLineEdit /anonymousEdit: no accessibleName")});
    QVERIFY(AccessibilityAudit::report(&root).contains(QStringLiteral("anonymousEdit")));
    QVERIFY(AccessibilityAudit::report(new QWidget(&root)).contains(QStringLiteral("no input widgets")));

    // Descriptions, where asked: the accessible description, or the tool tip a screen reader falls back to.
    named->setAccessibleDescription(QStringLiteral("What the named field is for"));
    combo->setToolTip(QStringLiteral("What to choose"));
    anonymous->setAccessibleName(QStringLiteral("Anonymous"));
    QVERIFY(AccessibilityAudit::report(&root).isEmpty());
    QCOMPARE(AccessibilityAudit::run(&root, AccessibilityAudit::Check::NamesAndDescriptions).problems,
             QStringList {QStringLiteral("QLineEdit /anonymousEdit: no accessibleDescription")});
    QCOMPARE(AccessibilityAudit::description(combo), QStringLiteral("What to choose"));
}

QTEST_MAIN(tst_AccessibleNames)
#include "tst_AccessibleNames.moc"
