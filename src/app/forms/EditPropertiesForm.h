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
    explicit EditPropertiesForm(QWidget* parent = nullptr);
    ~EditPropertiesForm() override;

    QList<Operation> operations() const override { return {Operation::EditProperties}; }
    OperationInput input(Operation operation) const override;
    void setInput(const OperationInput& input) override;
    QWidget* userIdField() const override;

protected:
    ValidationErrors widgetErrors(Operation operation) const override;

private:
    std::unique_ptr<Ui::EditPropertiesForm> m_ui;
};
