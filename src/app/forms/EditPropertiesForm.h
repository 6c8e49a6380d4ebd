#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>

namespace Ui {
class EditPropertiesForm;
}

// Edit properties (the legacy users/edit endpoint): the user's id or email and the properties to change.
class EditPropertiesForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks before a send that needs it; it must outlive the form.
    explicit EditPropertiesForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~EditPropertiesForm() override;

    QList<Operation> operations() const override { return {Operation::EditProperties}; }
    OperationInput input(Operation operation) const override;
    QWidget* userIdField() const override;

protected:
    void writeFields(const OperationInput& input) override;
    ValidationErrors widgetErrors(Operation operation) const override;

private:
    std::unique_ptr<Ui::EditPropertiesForm> m_ui;
};
