#include "app/shell/HelpMenu.h"

#include "app/shell/AboutDialog.h"
#include "app/shell/KeyboardShortcutsDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace {
constexpr int OpenFailedMessageMs = 8000;
} // namespace

HelpMenu::HelpMenu(QMainWindow* window, QMenu* menu, QAction* about)
    : QObject(window)
    , m_window(window)
{
    QAction* first = about;
    m_shortcuts = new QAction(tr("&Keyboard shortcuts"), window);
    m_shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_shortcuts->setStatusTip(tr("List every keyboard shortcut of the window"));
    m_readme = new QAction(tr("&Read me (how to use Vero Admin)"), window);
    m_readme->setObjectName(QStringLiteral("actionReadme"));
    m_readme->setShortcut(QKeySequence::HelpContents);
    m_apiReference = new QAction(tr("Vero &API reference"), window);
    m_apiReference->setObjectName(QStringLiteral("actionApiReference"));
    m_apiReference->setStatusTip(apiReferenceUrl().toString());
    menu->insertActions(first, {m_shortcuts, m_readme, m_apiReference});
    menu->insertSeparator(first);

    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
    const auto open = [this](const QUrl& url) {
        if (!QDesktopServices::openUrl(url)) {
            m_window->statusBar()->showMessage(tr("Could not open %1: no program for it is set up on this computer.")
                                                   .arg(url.isLocalFile() ? url.toLocalFile() : url.toString()),
                                               OpenFailedMessageMs);
        }
    };
    connect(m_readme, &QAction::triggered, this, [open] { open(readmeUrl()); });
    connect(m_apiReference, &QAction::triggered, this, [open] { open(apiReferenceUrl()); });
}

QUrl HelpMenu::readmeUrl()
{
    const QString installed = QStringLiteral(VERO_INSTALLED_README);
    const QString source = QStringLiteral(VERO_SOURCE_README);
    return QUrl::fromLocalFile(QFileInfo::exists(installed) || !QFileInfo::exists(source) ? installed : source);
}

QUrl HelpMenu::apiReferenceUrl()
{
    return QUrl(QStringLiteral("https://developers.getvero.com/"));
}

void HelpMenu::showShortcuts()
{
    auto* dialog = new KeyboardShortcutsDialog(m_window, m_window);
    dialog->setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpMenu::showAbout()
{
    auto* about = new AboutDialog(m_window);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}
