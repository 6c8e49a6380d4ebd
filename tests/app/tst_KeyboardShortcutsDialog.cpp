#include "AppUnderTest.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryPane.h"
#include "app/shell/KeyboardShortcutsDialog.h"
#include "app/shell/MainWindow.h"
#include "core/platform/Bootstrap.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

// Help > Keyboard shortcuts lists every shortcut of the window, read from its actions, so the list follows them.
class tst_KeyboardShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryShortcutOfTheWindow();
    void opensFromTheHelpMenuByKeyboard();
};

void tst_KeyboardShortcutsDialog::initTestCase()
{
    Bootstrap::setUpApplication();
}

void tst_KeyboardShortcutsDialog::listsEveryShortcutOfTheWindow()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    const QList<KeyboardShortcutsDialog::Entry> entries = KeyboardShortcutsDialog::entriesOf(&window);
    QStringList keys;
    for (const KeyboardShortcutsDialog::Entry& entry : entries) {
        keys << entry.keys;
    }
    // Every action of the window that has a shortcut is listed, the history's included.
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty()) {
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(keys.cbegin(), keys.cend(), [&](const QString& k) { return k.contains(key); }),
                     qPrintable(action->objectName() + QLatin1Char(' ') + key));
        }
    }
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(pane);
    const QString copyCurl = pane->actions()->copyCurlAction()->shortcut().toString(QKeySequence::NativeText);
    const auto curl = std::find_if(entries.cbegin(), entries.cend(), [&](const auto& e) { return e.keys == copyCurl; });
    QVERIFY(curl != entries.cend());
    QCOMPARE(curl->what, QStringLiteral("Copy as curl"));
    QVERIFY2(curl->where.contains(QStringLiteral("history"), Qt::CaseInsensitive), qPrintable(curl->where));
    const auto send = std::find_if(entries.cbegin(), entries.cend(), [](const auto& e) {
        return e.keys.startsWith(QStringLiteral("Ctrl+Return"));
    });
    QVERIFY(send != entries.cend());
    QCOMPARE(send->where, QStringLiteral("anywhere"));
}

void tst_KeyboardShortcutsDialog::opensFromTheHelpMenuByKeyboard()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
    auto* dialog = window.findChild<KeyboardShortcutsDialog*>(QStringLiteral("keyboardShortcutsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(KeyboardShortcutsDialog::entriesOf(&window).size()));
    QVERIFY(table->rowCount() > 20);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<KeyboardShortcutsDialog*>(QStringLiteral("keyboardShortcutsDialog")));
    // The Help menu has it, and links to the README and Vero's API reference.
    auto* help = window.findChild<QMenu*>(QStringLiteral("menuHelp"));
    QStringList names;
    for (const QAction* action : help->actions()) {
        names << action->objectName();
    }
    QVERIFY(names.contains(QStringLiteral("actionKeyboardShortcuts")));
    QVERIFY(names.contains(QStringLiteral("actionReadme")));
    QVERIFY(names.contains(QStringLiteral("actionApiReference")));
}

QTEST_MAIN(tst_KeyboardShortcutsDialog)
#include "tst_KeyboardShortcutsDialog.moc"
