#pragma once

#include "app/history/HistoryPane.h"
#include "core/history/HistoryStore.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

#include <optional>

class AppController;
class HistoryRetentionDialog;
class MovedHistoryBanner;
class HistoryStore;
class QAction;
class UserPrompts;

// The request history in a main window dock (tabbed with the sandbox's on the right at first): the pane (its
// workspace filter following the current workspace), the View menu's toggle (Ctrl+Shift+H) and retention choice,
// and the history's start-up notice for the status bar.
//
// A retention choice that removes requests says how many, from which dates and workspaces, offers to export them
// first, and asks; only a yes saves the policy and removes them (and nothing recorded since).
class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    // Shows `history` (asking through `prompts`); the retention policy is the controller's. All three must
    // outlive the dock. `firstPage`: when the pane reads its first page (HistoryPane::showFirstPage()).
    HistoryDock(AppController* controller,
                HistoryStore* history,
                UserPrompts* prompts,
                QWidget* parent = nullptr,
                HistoryPane::FirstPage firstPage = HistoryPane::FirstPage::Now);

    HistoryPane* pane() const { return m_pane; }
    // Above the pane while a damaged history file moved aside this session: where it went, and "open it".
    MovedHistoryBanner* movedBanner() const { return m_movedBanner; }
    // "History retention…": the policy in a dialog, saved and applied by the controller.
    QAction* retentionAction() const { return m_retentionAction; }

public slots:
    // Shows the dock with everything sent about `userIdOrEmail`, oldest first.
    void showUserTimeline(const QString& userIdOrEmail);
    // Opens a moved-aside history file read-only in a window of its own (MovedHistoryWindow).
    void openMovedHistory(const QString& filePath);

signals:
    // For the status bar, with how long it should stay (StatusBarTimeouts).
    void statusMessage(const QString& message, int timeoutMs);

private:
    void chooseRetention();
    // Works out what `retention` removes now and asks before anything is saved or removed.
    void confirmRetention(const HistoryStore::Retention& retention);
    // Exports the rows `plan` removes: what was written, or none (having said why) when they were not.
    std::optional<QString> exportBeforeRemoving(const HistoryStore::RetentionPlan& plan);
    void offerWorkspaces();
    void offerBulkJobs();
    void report(const QString& message, int timeoutMs);

    AppController* m_controller = nullptr;
    HistoryStore* m_history = nullptr;
    UserPrompts* m_prompts = nullptr;
    HistoryPane* m_pane = nullptr;
    MovedHistoryBanner* m_movedBanner = nullptr;
    QAction* m_retentionAction = nullptr;
    QPointer<HistoryRetentionDialog> m_retentionDialog;
    QTimer m_bulkJobsTimer; // coalesces the re-reading of bulk jobs while a run inserts rows
};
