#include "app/history/HistoryDock.h"

#include "app/history/HistoryActions.h"
#include "app/history/HistoryFilterBar.h"
#include "app/history/HistoryPane.h"
#include "app/history/HistoryRetentionDialog.h"
#include "app/history/MovedHistoryBanner.h"
#include "app/history/MovedHistoryWindow.h"
#include "app/shell/AppController.h"
#include "app/shell/StatusBarTimeouts.h"
#include "app/widgets/UserPrompts.h"
#include "core/history/HistoryExporter.h"
#include "core/history/RetentionSetting.h"

#include <QAction>
#include <QDir>
#include <QTimer>
#include <QVBoxLayout>

namespace {
int clampedToInt(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

HistoryDock::HistoryDock(AppController* controller,
                         HistoryStore* history,
                         UserPrompts* prompts,
                         QWidget* parent,
                         HistoryPane::FirstPage firstPage)
    : QDockWidget(tr("Request history"), parent)
    , m_controller(controller)
    , m_history(history)
    , m_prompts(prompts)
    , m_pane(new HistoryPane(history, prompts, this, firstPage))
    , m_movedBanner(new MovedHistoryBanner)
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

    // The history shows the current workspace's requests, and follows the switch to another.
    offerWorkspaces();
    m_pane->filterBar()->setCurrentWorkspace(m_controller->currentWorkspace().name);
    connect(m_controller, &AppController::workspacesChanged, this, &HistoryDock::offerWorkspaces);
    connect(history, &HistoryStore::contentsReset, this, &HistoryDock::offerWorkspaces);
    // A bulk run's first row offers its job in the filter (read again at most once a second during a run).
    offerBulkJobs();
    m_bulkJobsTimer.setSingleShot(true);
    m_bulkJobsTimer.setInterval(1000);
    connect(&m_bulkJobsTimer, &QTimer::timeout, this, &HistoryDock::offerBulkJobs);
    connect(history, &HistoryStore::contentsReset, this, &HistoryDock::offerBulkJobs);
    connect(history, &HistoryStore::rowInserted, this, [this] {
        if (!m_bulkJobsTimer.isActive()) {
            m_bulkJobsTimer.start();
        }
    });
    connect(m_controller, &AppController::currentWorkspaceChanged, this, [this](const Workspace& workspace) {
        m_pane->filterBar()->setCurrentWorkspace(workspace.name);
    });

    const QString notice = history->notice();
    if (!notice.isEmpty()) {
        // From the event loop, once the window is there to show it.
        QTimer::singleShot(0, this, [this, notice] { emit statusMessage(notice, StatusBarTimeouts::NoticeMs); });
    }
}

void HistoryDock::offerWorkspaces()
{
    QStringList names;
    for (const Workspace& workspace : m_controller->workspaces()) {
        names << workspace.name;
    }
    for (const QString& name : m_history->workspaces()) {
        if (!names.contains(name)) {
            names << name;
        }
    }
    m_pane->filterBar()->setWorkspaces(names);
}

void HistoryDock::offerBulkJobs()
{
    m_pane->filterBar()->setBulkJobs(m_history->bulkJobs());
}

void HistoryDock::showUserTimeline(const QString& userIdOrEmail)
{
    show();
    m_pane->showUserTimeline(userIdOrEmail);
}

void HistoryDock::report(const QString& message, int timeoutMs)
{
    emit statusMessage(message, timeoutMs);
}

void HistoryDock::openMovedHistory(const QString& filePath)
{
    auto* window = new MovedHistoryWindow(filePath, m_prompts, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void HistoryDock::chooseRetention()
{
    // One at a time; a dialog just answered may still wait for its deletion.
    if (m_retentionDialog && m_retentionDialog->isVisible()) {
        m_retentionDialog->raise();
        m_retentionDialog->activateWindow();
        return;
    }
    m_retentionDialog = new HistoryRetentionDialog(m_controller->historyRetention(), window());
    m_retentionDialog->setObjectName(QStringLiteral("historyRetentionDialog"));
    m_retentionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_retentionDialog, &QDialog::accepted, this, [this, dialog = m_retentionDialog] {
        if (dialog) {
            confirmRetention(dialog->retention());
        }
    });
    m_retentionDialog->open();
}

void HistoryDock::confirmRetention(const HistoryStore::Retention& retention)
{
    const QString policy = RetentionSetting::describe(retention);
    const Fallible<HistoryStore::RetentionPlan> plan = m_controller->planHistoryRetention(retention);
    if (!plan) {
        report(tr("History retention unchanged, nothing removed: %1").arg(plan.error()), StatusBarTimeouts::NoticeMs);
        return;
    }
    if (plan->isEmpty()) {
        m_controller->setHistoryRetention(*plan);
        report(tr("History retention: %1. Nothing to remove now.").arg(policy), StatusBarTimeouts::ConfirmationMs);
        return;
    }
    enum Option
    {
        ExportThenRemove,
        Remove,
        Cancel,
    };
    const int rows = clampedToInt(plan->rows());
    UserPrompts::Choice choice;
    choice.title = tr("Remove requests from the history?");
    QStringList text {tr("\"%1\" removes %2.").arg(policy, plan->summary())};
    if (plan->deletions() > 0) {
        text << tr("Among them are %n recorded user deletion(s): once they are gone, the app no longer warns before "
                   "such a user is recreated, and the user's trail can no longer be restored.",
                   nullptr,
                   clampedToInt(plan->deletions()));
    }
    text << tr("The Track API cannot read users back: the history is the only record of what was sent, and removed "
               "requests cannot be brought back. Requests recorded after this question are kept.");
    choice.question = text.join(QStringLiteral("\n\n"));
    choice.options
        = QStringList {tr("Export them, then remove…"), tr("Remove %n request(s)", nullptr, rows), tr("Cancel")};
    choice.defaultOption = ExportThenRemove;
    choice.destructiveOption = Remove;
    choice.cancelOption = Cancel;
    QString exported;
    switch (m_prompts->choose(window(), choice)) {
        case ExportThenRemove: {
            const std::optional<QString> written = exportBeforeRemoving(*plan);
            if (!written) {
                return;
            }
            exported = *written + QLatin1Char(' ');
            break;
        }
        case Remove:
            break;
        default:
            report(tr("History retention unchanged; nothing was removed."), StatusBarTimeouts::ConfirmationMs);
            return;
    }
    m_controller->setHistoryRetention(*plan);
    report(exported + tr("History retention: %1. Removing %n request(s).", nullptr, rows).arg(policy),
           StatusBarTimeouts::ConfirmationMs);
}

std::optional<QString> HistoryDock::exportBeforeRemoving(const HistoryStore::RetentionPlan& plan)
{
    const QString fileName = m_prompts->saveFileName(
        window(),
        HistoryActions::exportFileRequest(tr("Export the requests to remove"), QStringLiteral("vero-history-removed")));
    if (fileName.isEmpty()) {
        report(tr("Export cancelled: history retention unchanged, nothing was removed."),
               StatusBarTimeouts::ConfirmationMs);
        return std::nullopt;
    }
    HistoryExporter exporter(m_history);
    const Fallible<qint64> written
        = exporter.writeEachToFile(plan.filters(), HistoryExporter::formatFor(fileName), fileName);
    if (!written) {
        report(tr("%1 History retention unchanged, nothing was removed.").arg(written.error()),
               StatusBarTimeouts::NoticeMs);
        return std::nullopt;
    }
    return tr("Exported %n request(s) to %1.", nullptr, clampedToInt(*written)).arg(QDir::toNativeSeparators(fileName));
}
