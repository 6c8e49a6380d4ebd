#pragma once

#include <QDockWidget>

class AppController;
class HistoryPane;
class MovedHistoryBanner;
class HistoryStore;
class QAction;
class UserPrompts;

// The request history in the main window's bottom dock: the pane, the View menu's toggle (Ctrl+Shift+H) and
// retention choice, and the history's start-up notice for the status bar.
class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    // On first start the dock stays low, so the form keeps most of the height.
    static constexpr int FirstStartHeight = 190;

    // Shows `history` (asking through `prompts`); the retention policy is the controller's. All three must
    // outlive the dock.
    HistoryDock(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent = nullptr);

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

    AppController* m_controller = nullptr;
    HistoryPane* m_pane = nullptr;
    MovedHistoryBanner* m_movedBanner = nullptr;
    UserPrompts* m_prompts = nullptr;
    QAction* m_retentionAction = nullptr;
};
