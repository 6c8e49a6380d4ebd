#pragma once

#include "app/forms/ValidatedOperationForm.h"
#include "app/widgets/UserPrompts.h"

#include <memory>

namespace Ui {
class DeleteForm;
}

// Delete (users/delete): a user id, and a confirmation, typed back, before anything is sent.
class DeleteForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks for the confirmation; it must outlive the form.
    explicit DeleteForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~DeleteForm() override;

    QList<Operation> operations() const override { return {Operation::Delete}; }
    OperationInput input(Operation operation) const override;
    QWidget* userIdField() const override;
    // Where a delete goes now: the confirmation names it (the main window keeps it current).
    void setWorkspace(const Workspace& workspace) { m_workspace = workspace; }

    // What the user is asked before `userId` is deleted from `workspace`: where, what is lost, what Vero does if
    // the id is used again, and the id to type back.
    static UserPrompts::Confirmation confirmation(const QString& userId, const Workspace& workspace);

protected:
    void writeFields(const OperationInput& input) override;
    // Asks for the confirmation; only a yes emits sendRequested.
    void confirmAndSend(const OperationInput& input) override;

private:
    std::unique_ptr<Ui::DeleteForm> m_ui;
    UserPrompts* m_prompts = nullptr;
    Workspace m_workspace;
};
