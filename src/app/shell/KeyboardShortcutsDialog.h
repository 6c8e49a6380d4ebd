#pragma once

#include <QDialog>

class QAction;

namespace Ui {
class KeyboardShortcutsDialog;
}

// Help > Keyboard shortcuts: every shortcut of a window, read from its actions and QShortcuts when the dialog
// opens (the history's too), so the list cannot go stale when a shortcut is added or changed.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Lists the shortcuts of `window` and everything in it.
    explicit KeyboardShortcutsDialog(QWidget* window, QWidget* parent = nullptr);
    ~KeyboardShortcutsDialog() override;

    struct Entry
    {
        QString keys;  // "Ctrl+Return", native text
        QString what;  // the action's text without its mnemonic
        QString where; // "anywhere", "in Request history" (a panel)
    };
    // What the dialog lists for `window`, sorted by what they do.
    static QList<Entry> entriesOf(QWidget* window);

private:
    Ui::KeyboardShortcutsDialog* m_ui = nullptr;
};
