#pragma once

#include <QDockWidget>

class AppController;
class HistoryPane;
class HistoryStore;
class QAction;
class UserPrompts;

// The request history in a main window dock (tabbed with the sandbox's on the right at first): the pane, the View
// menu's toggle (Ctrl+Shift+H) and retention choice, and the history's start-up notice for the status bar.
class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    // Shows `history` (asking through `prompts`); the retention policy is the controller's. All three must
    // outlive the dock.
    HistoryDock(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent = nullptr);

    HistoryPane* pane() const { return m_pane; }
    // "History retention…": the policy in a dialog, saved and applied by the controller.
    QAction* retentionAction() const { return m_retentionAction; }

public slots:
    // Shows the dock with everything sent about `userIdOrEmail`, oldest first.
    void showUserTimeline(const QString& userIdOrEmail);

signals:
    // For the status bar, with how long it should stay (StatusBarTimeouts).
    void statusMessage(const QString& message, int timeoutMs);

private:
    void chooseRetention();

    AppController* m_controller = nullptr;
    HistoryPane* m_pane = nullptr;
    QAction* m_retentionAction = nullptr;
};
