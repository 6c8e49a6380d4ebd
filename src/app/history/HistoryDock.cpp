#include "app/history/HistoryDock.h"

#include "app/history/HistoryPane.h"
#include "app/history/HistoryRetentionDialog.h"
#include "app/history/MovedHistoryBanner.h"
#include "app/history/MovedHistoryWindow.h"
#include "app/shell/AppController.h"
#include "app/shell/StatusBarTimeouts.h"
#include "core/history/HistoryStore.h"
#include "core/history/RetentionSetting.h"

#include <QAction>
#include <QTimer>
#include <QVBoxLayout>

HistoryDock::HistoryDock(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent)
    : QDockWidget(tr("Request history"), parent)
    , m_controller(controller)
    , m_pane(new HistoryPane(history, prompts))
    , m_movedBanner(new MovedHistoryBanner)
    , m_prompts(prompts)
    , m_retentionAction(new QAction(tr("History &retention…"), this))
{
    setObjectName(QStringLiteral("historyDock"));
    m_pane->setObjectName(QStringLiteral("historyPane"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_movedBanner);
    layout->addWidget(m_pane, 1);
    setWidget(body);
    // Every move aside is shown, at start-up and later (a write that found the file damaged).
    connect(history, &HistoryStore::movedAside, m_movedBanner, &MovedHistoryBanner::showMoved);
    connect(m_movedBanner, &MovedHistoryBanner::openRequested, this, &HistoryDock::openMovedHistory);
    if (!history->movedAsidePath().isEmpty()) {
        m_movedBanner->showMoved(history->movedAsidePath());
    }
    toggleViewAction()->setText(tr("Request &history"));
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_retentionAction->setObjectName(QStringLiteral("actionHistoryRetention"));
    m_retentionAction->setStatusTip(tr("Choose how much request history to keep on this computer."));
    connect(m_retentionAction, &QAction::triggered, this, &HistoryDock::chooseRetention);
    connect(m_pane, &HistoryPane::statusMessage, this, [this](const QString& message) {
        emit statusMessage(message, StatusBarTimeouts::HintMs);
    });
    const QString notice = history->notice();
    if (!notice.isEmpty()) {
        // From the event loop, once the window is there to show it.
        QTimer::singleShot(0, this, [this, notice] { emit statusMessage(notice, StatusBarTimeouts::NoticeMs); });
    }
}

void HistoryDock::showUserTimeline(const QString& userIdOrEmail)
{
    show();
    m_pane->showUserTimeline(userIdOrEmail);
}

void HistoryDock::openMovedHistory(const QString& filePath)
{
    auto* window = new MovedHistoryWindow(filePath, m_prompts, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void HistoryDock::chooseRetention()
{
    HistoryRetentionDialog dialog(m_controller->historyRetention(), window());
    if (dialog.exec() == QDialog::Accepted) {
        m_controller->setHistoryRetention(dialog.retention());
        emit statusMessage(tr("History retention: %1.").arg(RetentionSetting::describe(dialog.retention())),
                           StatusBarTimeouts::ConfirmationMs);
    }
}
