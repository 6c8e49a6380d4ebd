#pragma once

#include "core/api/ValidationError.h"
#include "core/api/Workspace.h"

#include <QDialog>

#include <functional>

class AppController;
class QLabel;

namespace Ui {
class WorkspaceDialog;
}

// Adds, edits and removes saved workspaces and sets their credentials. The credential goes to the OS keychain;
// when there is none the dialog says so and offers to keep it in memory for this session only. It never
// writes a credential to disk and never shows a stored one.
class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks the user a yes/no question; tests replace it to answer without a modal box.
    using Confirmation = std::function<bool(const QString& title, const QString& question)>;

    explicit WorkspaceDialog(AppController* controller, QWidget* parent = nullptr);
    ~WorkspaceDialog() override;

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    // The name of the workspace being edited; empty while adding a new one.
    QString editedName() const { return m_editedName; }
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isBusy() const { return m_busy; }

public slots:
    void addWorkspace();
    void saveWorkspace();
    void removeWorkspace();
    void forgetCredential();
    void keepCredentialForSession();
    void reject() override;

signals:
    // A save, removal or credential change finished (including its keychain job); `ok` is false when the
    // user must act (errors shown, or the keychain failed).
    void operationFinished(bool ok);

private:
    void fillList(const QString& select);
    void load(const QString& name);
    Workspace workspaceFromFields() const;
    ValidationErrors validate(const Workspace& workspace) const;
    void showErrors(const ValidationErrors& errors);
    void showCredentialStatus(const QString& name);
    void showKeychainProblem(const QString& error);
    void setBusy(bool busy);
    void setDirty(bool dirty);
    bool confirm(const QString& title, const QString& question);

    Ui::WorkspaceDialog* m_ui = nullptr;
    AppController* m_controller = nullptr;
    Confirmation m_confirm;
    QString m_editedName;              // empty: a new workspace
    QString m_pendingSessionWorkspace; // the workspace the unsaved credential belongs to
    bool m_dirty = false;
    bool m_busy = false;
    bool m_loading = false;
};
