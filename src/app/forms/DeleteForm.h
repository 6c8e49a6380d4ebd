#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>

namespace Ui {
class DeleteForm;
}

// Delete (users/delete): a user id, and a confirmation (DeleteConfirmationDialog) before anything is sent.
class DeleteForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    explicit DeleteForm(QWidget* parent = nullptr);
    ~DeleteForm() override;

    QList<Operation> operations() const override { return {Operation::Delete}; }
    OperationInput input(Operation operation) const override;
    void setInput(const OperationInput& input) override;
    QWidget* userIdField() const override;

protected:
    // Opens the confirmation; only its Delete button emits sendRequested.
    void confirmAndSend(const OperationInput& input) override;

private:
    std::unique_ptr<Ui::DeleteForm> m_ui;
};
