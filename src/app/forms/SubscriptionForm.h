#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>
#include <optional>

namespace Ui {
class SubscriptionForm;
}

// Unsubscribe / Resubscribe: one user id, one button per operation.
class SubscriptionForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks before a send that needs it; it must outlive the form.
    explicit SubscriptionForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~SubscriptionForm() override;

    QList<Operation> operations() const override { return {Operation::Unsubscribe, Operation::Resubscribe}; }
    OperationInput input(Operation operation) const override;
    QWidget* userIdField() const override;
    // Empty again, or as the user left it: Ctrl+Return asks which of the two to send, as on a fresh form.
    void clearInput() override;
    void restoreDraft(const FormDraftStore::Draft& draft) override;
    // Ctrl+Return sends the operation whose button has focus, else the one last sent from this form. With
    // neither, it asks the user to choose rather than guess between opposite actions.
    void requestSend() override;

protected:
    void writeFields(const OperationInput& input) override;

private:
    void send(Operation operation);

    std::unique_ptr<Ui::SubscriptionForm> m_ui;
    std::optional<Operation> m_lastOperation;
};
