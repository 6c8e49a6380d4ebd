#include "app/history/HistoryDock.h"

#include "app/history/HistoryPane.h"
#include "app/history/HistoryRetentionDialog.h"
#include "app/shell/AppController.h"
#include "app/shell/StatusBarTimeouts.h"
#include "core/history/HistoryStore.h"
#include "core/history/RetentionSetting.h"

#include <QAction>
#include <QTimer>

HistoryDock::HistoryDock(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent)
    : QDockWidget(tr("Request history"), parent)
    , m_controller(controller)
    , m_pane(new HistoryPane(history, prompts, this))
    , m_retentionAction(new QAction(tr("History &retention…"), this))
{
    setObjectName(QStringLiteral("historyDock"));
    m_pane->setObjectName(QStringLiteral("historyPane"));
    setWidget(m_pane);
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

void HistoryDock::chooseRetention()
{
    HistoryRetentionDialog dialog(m_controller->historyRetention(), window());
    if (dialog.exec() == QDialog::Accepted) {
        m_controller->setHistoryRetention(dialog.retention());
        emit statusMessage(tr("History retention: %1.").arg(RetentionSetting::describe(dialog.retention())),
                           StatusBarTimeouts::ConfirmationMs);
    }
}
