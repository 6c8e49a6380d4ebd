#pragma once

#include "app/shell/AppController.h"
#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class HistoryPane;
class HistoryStore;
class OperationForm;
class QComboBox;
class QDockWidget;
class QLabel;
class SandboxPanel;
class UserPrompts;
class WorkspaceDialog;

namespace Ui {
class MainWindow;
}

// The shell: the operation list on the left, the selected form in the centre, the workspace in the toolbar,
// the sandbox panel in a dock and the last result in the status bar. It passes what a form wants to send to
// the AppController and the result back to that form.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Sends through `controller`, shows `history` in its dock and asks the user through `prompts`; all three
    // must outlive the window. The forms come from FormFactory.
    MainWindow(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<OperationForm*> forms() const { return m_forms; }
    OperationForm* currentForm() const;
    int currentOperationIndex() const;
    void setCurrentOperationIndex(int index);

    SandboxPanel* sandboxPanel() const { return m_sandboxPanel; }
    QDockWidget* sandboxDock() const { return m_sandboxDock; }
    QComboBox* workspaceCombo() const { return m_workspaceCombo; }

    HistoryPane* historyPane() const { return m_historyPane; }
    QDockWidget* historyDock() const { return m_historyDock; }

    // The title shown in the operation list for a form's operations ("Unsubscribe / Resubscribe").
    static QString operationTitle(const QList<Operation>& operations);

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
    void setUpForms(const QList<OperationForm*>& forms);
    void setUpWorkspaceCombo();
    void setUpSandboxDock();
    void setUpHistoryDock();
    // Asks whether and how to send an event Vero would probably drop, then sends it (or releases the form).
    void askAboutDuplicate(OperationForm* form, const AppController::SendOutcome& outcome);
    void restoreSettings();
    void saveSettings() const;
    void sendFrom(OperationForm* form, const OperationInput& input, const AppController::SendOptions& options = {});
    void showLastResult(const OperationInput& input, const ApiResult& result);
    void fillWorkspaceCombo();
    void showCurrentWorkspace(const Workspace& workspace);
    void showSandboxState();
    void showAbout();

    Ui::MainWindow* m_ui = nullptr;
    AppController* m_controller = nullptr;
    HistoryStore* m_history = nullptr;
    UserPrompts* m_prompts = nullptr;
    QList<OperationForm*> m_forms;
    QComboBox* m_workspaceCombo = nullptr;
    QLabel* m_lastResultLabel = nullptr;
    QLabel* m_sandboxStatusLabel = nullptr;
    QDockWidget* m_sandboxDock = nullptr;
    SandboxPanel* m_sandboxPanel = nullptr;
    QDockWidget* m_historyDock = nullptr;
    HistoryPane* m_historyPane = nullptr;
    QPointer<WorkspaceDialog> m_workspaceDialog;
};
