#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>

namespace Ui {
class AliasForm;
}

// Alias (users/reidentify): gives a user a new id, with the reference's warning that it merges identities.
class AliasForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks before a send that needs it; it must outlive the form.
    explicit AliasForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~AliasForm() override;

    QList<Operation> operations() const override { return {Operation::Alias}; }
    OperationInput input(Operation operation) const override;
    QWidget* userIdField() const override;

protected:
    void writeFields(const OperationInput& input) override;

private:
    std::unique_ptr<Ui::AliasForm> m_ui;
};
