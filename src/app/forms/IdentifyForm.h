#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>

namespace Ui {
class IdentifyForm;
}

// Identify (users/track): id, email, phone number, channels and custom properties.
class IdentifyForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks before a send that needs it; it must outlive the form.
    explicit IdentifyForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~IdentifyForm() override;

    QList<Operation> operations() const override { return {Operation::Identify}; }
    OperationInput input(Operation operation) const override;
    QWidget* userIdField() const override;

protected:
    void writeFields(const OperationInput& input) override;
    ValidationErrors widgetErrors(Operation operation) const override;
    void errorsShown(const ValidationErrors& errors) override;

private:
    std::unique_ptr<Ui::IdentifyForm> m_ui;
};
