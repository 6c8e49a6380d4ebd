#pragma once

#include "core/api/ValidationError.h"
#include "core/api/Workspace.h"

#include <QDialog>

class AppController;
class QLabel;
class UserPrompts;

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
    // Questions (discard changes? remove?) and the CA file go through `prompts`, which must outlive the dialog.
    WorkspaceDialog(AppController* controller, UserPrompts* prompts, QWidget* parent = nullptr);
    ~WorkspaceDialog() override;

    // The name of the workspace being edited; empty while adding a new one.
    QString editedName() const { return m_editedName; }
    bool hasUnsavedChanges() const { return m_dirty; }

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
    bool confirm(const QString& title, const QString& question, const QString& consequences = QString());
    bool confirmDiscard(const QString& question);
    QString editedTitle() const;

    Ui::WorkspaceDialog* m_ui = nullptr;
    AppController* m_controller = nullptr;
    UserPrompts* m_prompts = nullptr;
    QString m_editedName;              // empty: a new workspace
    QString m_pendingSessionWorkspace; // the workspace the unsaved credential belongs to
    bool m_dirty = false;
    bool m_busy = false;
    bool m_loading = false;
};
