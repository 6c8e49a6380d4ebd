#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>

namespace Ui {
class TagsForm;
}

// Tags (users/tags/edit): a user id, tags to add and tags to remove.
class TagsForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks before a send that needs it; it must outlive the form.
    explicit TagsForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~TagsForm() override;

    QList<Operation> operations() const override { return {Operation::TagsEdit}; }
    OperationInput input(Operation operation) const override;
    QWidget* userIdField() const override;

protected:
    void writeFields(const OperationInput& input) override;
    // A tag typed but not added yet (no Enter) would silently not be sent; say so instead.
    ValidationErrors widgetErrors(Operation operation) const override;

private:
    std::unique_ptr<Ui::TagsForm> m_ui;
};
