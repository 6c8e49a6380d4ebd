#pragma once

#include "app/shell/AppController.h"
#include "app/shell/FormPages.h"
#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class CurrentUserFollower;
class FormSender;
class HistoryDock;
class HistoryStore;
class LastResultLabel;
class OperationForm;
class QLabel;
class RowWorkspaceQuestion;
class SandboxDock;
class UserPrompts;
class BulkRunDialog;
class InterruptedBulkJobBanner;
class WorkspaceDialog;

namespace Ui {
class MainWindow;
}

// The shell: the operation list on the left, the selected form in the centre, the workspace in the toolbar
// (WorkspaceSwitcher) and its banner, the sandbox (SandboxDock) on the right, the request history (HistoryDock)
// below and the last result in the status bar. It passes what a form wants to send to the AppController, asks
// the user when the controller says so, and hands the result back to that form.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Sends through `controller`, shows `history` in its dock and asks the user through `prompts`; all three
    // must outlive the window. The forms come from FormFactory; each is built the first time its page is shown
    // (only the current one before the first frame), or when something asks for it.
    MainWindow(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Every form, in the operation list's order, building those not built yet.
    QList<OperationForm*> forms();
    // The form of operation `index`, built now if it was not yet; nullptr out of range.
    OperationForm* form(int index) { return m_pages->form(index); }
    bool isFormBuilt(int index) const { return m_pages->isBuilt(index); }
    OperationForm* currentForm() const;
    int currentOperationIndex() const;
    void setCurrentOperationIndex(int index);

    // The title shown in the operation list for a form's operations ("Unsubscribe / Resubscribe").
    static QString operationTitle(const QList<Operation>& operations);

    // For start-up (main.cpp): work the first frame does not need (the history's first page and its count, the
    // window icon) waits until firstFrameShown(). Without the hold, it is done on the event loop's first turn.
    void holdWorkUntilFirstFrame();
    void firstFrameShown();

public slots:
    void manageWorkspaces();
    // A message the user must not miss (a history or data folder problem found at start-up).
    void showNotice(const QString& message);
    // Shows `input` in its form (history "open in form", undo, restore); never sends.
    void openInForm(const OperationInput& input);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setUpActions();
    void setUpToolBar();
    void setUpDocks();
    void setUpOperationList();
    void showOperation(int index);
    void finishStartUp();
    void wireUpForm(OperationForm* form);
    void focusUserIdField();
    void showUserTimeline();
    void openBulkRun();
    void offerInterruptedBulkJob();
    void showCurrentWorkspace(const Workspace& workspace);
    void showSandboxState();
    void restoreSettings();
    void saveSettings() const;
    // Unsent input in the forms, kept across restarts (FormPages): the status bar says at start which forms have
    // one.
    void announceDrafts();

    Ui::MainWindow* m_ui = nullptr;
    AppController* m_controller = nullptr;
    HistoryStore* m_history = nullptr;
    UserPrompts* m_prompts = nullptr;
    QPointer<BulkRunDialog> m_bulkDialog;
    InterruptedBulkJobBanner* m_bulkBanner = nullptr;
    std::unique_ptr<RowWorkspaceQuestion> m_rowWorkspaceQuestion;
    FormPages* m_pages = nullptr;
    CurrentUserFollower* m_userFollower = nullptr;
    quint64 m_startUserRevision = 0; // the current user the forms built later have not followed past
    LastResultLabel* m_lastResultLabel = nullptr;
    FormSender* m_sender = nullptr;
    SandboxDock* m_sandboxDock = nullptr;
    HistoryDock* m_historyDock = nullptr;
    QPointer<WorkspaceDialog> m_workspaceDialog;
    bool m_heldUntilFirstFrame = false;
    bool m_startUpFinished = false;
};
