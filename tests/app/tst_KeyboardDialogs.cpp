#include "AccessibilityAudit.h"
#include "AppUnderTest.h"

#include "app/bulk/BulkRunDialog.h"
#include "app/history/HistoryRetentionDialog.h"
#include "app/history/RestoreUserDialog.h"
#include "app/shell/AboutDialog.h"
#include "app/shell/KeyboardShortcutsDialog.h"
#include "app/shell/MainWindow.h"
#include "app/widgets/DeleteConfirmationDialog.h"
#include "app/workspace/WorkspaceDialog.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// What a test calls a widget: its objectName, or for a button of a QDialogButtonBox its text ("Close").
QString nameOf(const QWidget* widget)
{
    if (!widget) {
        return QStringLiteral("(nothing)");
    }
    // Qt's inner parts (a spin box's line edit, a view's viewport) stand for their owner.
    while (widget->parentWidget() && AccessibilityAudit::isInternal(widget)) {
        widget = widget->parentWidget();
    }
    if (!widget->objectName().isEmpty()) {
        return widget->objectName();
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        return button->text().remove(u'&');
    }
    return QString::fromLatin1(widget->metaObject()->className());
}

// The inputs a keyboard user must be able to reach: shown, enabled and taking focus by Tab.
QStringList reachableInputs(const QWidget* dialog)
{
    QStringList names;
    for (const QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (AccessibilityAudit::isInput(widget) && !AccessibilityAudit::isInternal(widget)
            && widget->isVisibleTo(dialog) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)) {
            names << nameOf(widget);
        }
    }
    names.sort();
    return names;
}

} // namespace

// Every dialog works without a mouse: it opens with the focus on its first input, Tab visits every input once in
// reading order and comes back round, Escape cancels, and Return (or a mnemonic) answers it.
class tst_KeyboardDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabReachesEveryInputInOrder_data();
    void tabReachesEveryInputInOrder();
    void escapeCancels_data();
    void escapeCancels();
    void deleteConfirmationAnsweredByKeyboard();
    void retentionChosenByMnemonicAndReturn();
    void restoreAcceptedByReturn();
    void shortcutsAndAboutCloseWithReturn();

private:
    QDialog* open(const QString& which);
    // Presses Tab from the widget with the focus until the focus comes back to where it started.
    static QStringList tabChain();

    std::unique_ptr<AppUnderTest> m_app;
    std::unique_ptr<QDialog> m_dialog;
    QTemporaryDir m_outbox;
};

void tst_KeyboardDialogs::initTestCase()
{
    Bootstrap::setUpApplication();
    AppSettings().clear();
    QVERIFY(m_outbox.isValid());
}

void tst_KeyboardDialogs::init()
{
    // The main window stays hidden: each dialog, its child, is then the window that has the keyboard.
    m_app = std::make_unique<AppUnderTest>();
}

void tst_KeyboardDialogs::cleanup()
{
    m_dialog.reset();
    if (m_app) {
        QCOMPARE(m_app->prompts().unusedAnswers(), 0);
    }
    m_app.reset();
}

QDialog* tst_KeyboardDialogs::open(const QString& which)
{
    QWidget* window = &m_app->window();
    if (which == u"workspaces") {
        m_dialog = std::make_unique<WorkspaceDialog>(&m_app->controller(), &m_app->prompts(), window);
    } else if (which == u"delete confirmation") {
        UserPrompts::Confirmation confirmation;
        confirmation.title = QStringLiteral("Delete user");
        confirmation.question = QStringLiteral("Delete the user u-42 from Sandbox?");
        confirmation.consequences = QStringLiteral("The user's properties and events are lost for good.");
        confirmation.typeToConfirm = QStringLiteral("u-42");
        confirmation.typeToConfirmLabel = QStringLiteral("To confirm, type the user id (u-42):");
        m_dialog = std::make_unique<DeleteConfirmationDialog>(confirmation, window);
    } else if (which == u"bulk run") {
        m_dialog = std::make_unique<BulkRunDialog>(&m_app->controller(),
                                                   &m_app->history(),
                                                   m_app->prompts(),
                                                   m_outbox.filePath(QStringLiteral("outbox.sqlite")),
                                                   window);
    } else if (which == u"restore") {
        UserSnapshot snapshot;
        snapshot.userId = QStringLiteral("u-42");
        snapshot.email = QStringLiteral("ada@example.com");
        snapshot.tags = QStringList {QStringLiteral("vip")};
        snapshot.deleted = true;
        snapshot.requestCount = 2;
        m_dialog = std::make_unique<RestoreUserDialog>(snapshot, window);
    } else if (which == u"keyboard shortcuts") {
        m_dialog = std::make_unique<KeyboardShortcutsDialog>(window, window);
    } else if (which == u"about") {
        m_dialog = std::make_unique<AboutDialog>(window);
    } else if (which == u"history retention") {
        m_dialog = std::make_unique<HistoryRetentionDialog>(HistoryStore::Retention {}, window);
    }
    if (!m_dialog) {
        qFatal("no dialog %s", qPrintable(which));
    }
    m_dialog->show();
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog.get())) {
        return nullptr;
    }
    return m_dialog.get();
}

QStringList tst_KeyboardDialogs::tabChain()
{
    QStringList chain;
    QWidget* const first = QApplication::focusWidget();
    QWidget* widget = first;
    for (int step = 0; step < 60 && widget; ++step) {
        chain << nameOf(widget);
        QWidget* const before = widget;
        QTest::keyClick(widget, Qt::Key_Tab);
        widget = QApplication::focusWidget();
        if (widget == before && widget != first) {
            chain << QStringLiteral("… and Tab stays in %1").arg(nameOf(widget));
            return chain;
        }
        if (widget == first) {
            return chain;
        }
    }
    chain << QStringLiteral("… and Tab never came back to %1").arg(nameOf(first));
    return chain;
}

void tst_KeyboardDialogs::tabReachesEveryInputInOrder_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QStringList>("order"); // the first has the focus when the dialog opens
    // Disabled and hidden inputs are skipped (a new workspace cannot be removed; Start waits for a checked file; only
    // the chosen retention's number takes focus), and a table lets Tab go on to the buttons.
    const auto list = [](const char* names) { return QString::fromUtf8(names).split(u' '); };
    QTest::newRow("workspaces")
        << QStringLiteral("workspaces")
        << list("nameEdit baseUrlEdit credentialNameCombo credentialPlacementCombo timeoutSpin caFileEdit "
                "caFileBrowseButton credentialEdit saveButton closeButton workspaceList addButton");
    QTest::newRow("delete confirmation") << QStringLiteral("delete confirmation") << list("confirmEdit cancelButton");
    QTest::newRow("bulk run") << QStringLiteral("bulk run")
                              << list("fileEdit browseButton operationCombo encodingCombo delimiterCombo mapEdit "
                                      "checkButton checkTabs issuesView concurrencySpin rateSpin attemptsSpin "
                                      "skipInvalidCheck resumeCombo closeButton");
    QTest::newRow("restore") << QStringLiteral("restore") << list("identifyPreview fillFormsButton cancelButton");
    QTest::newRow("keyboard shortcuts") << QStringLiteral("keyboard shortcuts") << list("shortcutsTable closeButton");
    QTest::newRow("about") << QStringLiteral("about") << list("closeButton");
    QTest::newRow("history retention") << QStringLiteral("history retention")
                                       << list("keepAllRadio okButton cancelButton");
}

void tst_KeyboardDialogs::tabReachesEveryInputInOrder()
{
    QFETCH(QString, dialog);
    QFETCH(QStringList, order);
    QDialog* shown = open(dialog);
    QVERIFY(shown);
    const QStringList chain = tabChain();
    QCOMPARE(chain.join(u' '), order.join(u' '));
    QStringList missed = reachableInputs(shown);
    for (const QString& name : chain) {
        missed.removeAll(name);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("never reached by Tab: ") + missed.join(u' ')));
    // What a screen reader says on the way: a name and a description for each.
    const QString problems = AccessibilityAudit::report(shown, AccessibilityAudit::Check::NamesAndDescriptions);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void tst_KeyboardDialogs::escapeCancels_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* dialog : {"workspaces",
                               "delete confirmation",
                               "bulk run",
                               "restore",
                               "keyboard shortcuts",
                               "about",
                               "history retention"}) {
        QTest::newRow(dialog) << QString::fromLatin1(dialog);
    }
}

void tst_KeyboardDialogs::escapeCancels()
{
    QFETCH(QString, dialog);
    QPointer<QDialog> shown = open(dialog);
    QVERIFY(shown);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(shown);
    QVERIFY(!shown->isVisible());
    QCOMPARE(shown->result(), int(QDialog::Rejected));
}

/// Return does nothing until the id is typed back exactly; then Return deletes.
void tst_KeyboardDialogs::deleteConfirmationAnsweredByKeyboard()
{
    QDialog* shown = open(QStringLiteral("delete confirmation"));
    QVERIFY(shown);
    auto* edit = shown->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QVERIFY(edit);
    QCOMPARE(QApplication::focusWidget(), edit);
    QTest::keyClicks(edit, QStringLiteral("u-4"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(shown->isVisible());
    QTest::keyClicks(edit, QStringLiteral("2"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!shown->isVisible());
    QCOMPARE(shown->result(), int(QDialog::Accepted));
}

/// Alt+letter picks a choice, Tab reaches its number, Return applies it.
void tst_KeyboardDialogs::retentionChosenByMnemonicAndReturn()
{
    auto* shown = qobject_cast<HistoryRetentionDialog*>(open(QStringLiteral("history retention")));
    QVERIFY(shown);
    auto* rows = shown->findChild<QRadioButton*>(QStringLiteral("rowsRadio"));
    QVERIFY(rows);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(rows->isChecked()); // a mnemonic clicks the button as a mouse would, after its animation
    auto* spin = shown->findChild<QSpinBox*>(QStringLiteral("rowsSpin"));
    QVERIFY(spin && spin->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("rowsSpin"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("250"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!shown->isVisible());
    QCOMPARE(shown->result(), int(QDialog::Accepted));
    QCOMPARE(shown->retention().mode, HistoryStore::Retention::Mode::Rows);
    QCOMPARE(shown->retention().value, 250);
}

void tst_KeyboardDialogs::restoreAcceptedByReturn()
{
    QDialog* shown = open(QStringLiteral("restore"));
    QVERIFY(shown);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!shown->isVisible());
    QCOMPARE(shown->result(), int(QDialog::Accepted));
}

void tst_KeyboardDialogs::shortcutsAndAboutCloseWithReturn()
{
    for (const QString& which : {QStringLiteral("keyboard shortcuts"), QStringLiteral("about")}) {
        QPointer<QDialog> shown = open(which);
        QVERIFY(shown);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY2(shown && !shown->isVisible(), qPrintable(which));
        m_dialog.reset();
    }
}

QTEST_MAIN(tst_KeyboardDialogs)
#include "tst_KeyboardDialogs.moc"
