#pragma once

#include <QObject>
#include <QUrl>

class QMainWindow;
class QMenu;
class QAction;

// The Help menu's actions: the keyboard shortcuts (KeyboardShortcutsDialog), the README and Vero's API
// reference (opened with QDesktopServices), and About.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    // Adds its actions to `menu`, before `about` (already in it, and shown by this); the shortcuts listed are
    // `window`'s.
    HelpMenu(QMainWindow* window, QMenu* menu, QAction* about);

    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* readmeAction() const { return m_readme; }
    QAction* apiReferenceAction() const { return m_apiReference; }

    // The installed README (the package's doc folder), else the one in the source tree this was built from.
    static QUrl readmeUrl();
    static QUrl apiReferenceUrl();

    void showShortcuts();
    void showAbout();

private:
    QMainWindow* m_window = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_readme = nullptr;
    QAction* m_apiReference = nullptr;
};
