#pragma once

#include "app/shell/AppController.h"
#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class HistoryEntry;
class HistoryPane;
class OperationForm;
class QComboBox;
class QDockWidget;
class QLabel;
class SandboxPanel;
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
    // Creates the forms with FormFactory.
    explicit MainWindow(AppController* controller, QWidget* parent = nullptr);
    // Uses the given forms (in operation-list order); the window takes ownership.
    MainWindow(AppController* controller, const QList<OperationForm*>& forms, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<OperationForm*> forms() const { return m_forms; }
    OperationForm* currentForm() const;
    int currentOperationIndex() const;
    void setCurrentOperationIndex(int index);

    SandboxPanel* sandboxPanel() const { return m_sandboxPanel; }
    QDockWidget* sandboxDock() const { return m_sandboxDock; }
    QComboBox* workspaceCombo() const { return m_workspaceCombo; }
    // The workspace dialog while it is open: tests answer it through this.
    WorkspaceDialog* workspaceDialog() const;

    HistoryPane* historyPane() const { return m_historyPane; }
    QDockWidget* historyDock() const { return m_historyDock; }

    // What the user chose when an event looks like a duplicate Vero may drop.
    enum class DuplicateChoice
    {
        Cancel,
        AddUniqueTimestamp,
        SendAnyway,
    };
    using DuplicateHook = std::function<DuplicateChoice(const QString& question)>;
    // Tests answer the duplicate-event question through this instead of a dialog.
    void setDuplicateQuestionHook(DuplicateHook hook) { m_duplicateHook = std::move(hook); }

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
    DuplicateChoice askAboutDuplicate(const HistoryEntry& earlier, const OperationInput& input);
    void restoreSettings();
    void saveSettings() const;
    void sendFrom(OperationForm* form, const OperationInput& input);
    void showLastResult(const OperationInput& input, const ApiResult& result);
    void fillWorkspaceCombo();
    void showCurrentWorkspace(const Workspace& workspace);
    void showSandboxState();
    void showAbout();

    Ui::MainWindow* m_ui = nullptr;
    AppController* m_controller = nullptr;
    QList<OperationForm*> m_forms;
    QComboBox* m_workspaceCombo = nullptr;
    QLabel* m_lastResultLabel = nullptr;
    QLabel* m_sandboxStatusLabel = nullptr;
    QDockWidget* m_sandboxDock = nullptr;
    SandboxPanel* m_sandboxPanel = nullptr;
    QDockWidget* m_historyDock = nullptr;
    HistoryPane* m_historyPane = nullptr;
    DuplicateHook m_duplicateHook;
    QPointer<WorkspaceDialog> m_workspaceDialog;
};
