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
    explicit TagsForm(QWidget* parent = nullptr);
    ~TagsForm() override;

    QList<Operation> operations() const override { return {Operation::TagsEdit}; }
    OperationInput input(Operation operation) const override;
    void setInput(const OperationInput& input) override;
    QWidget* userIdField() const override;

protected:
    // A tag typed but not added yet (no Enter) would silently not be sent; say so instead.
    ValidationErrors widgetErrors(Operation operation) const override;

private:
    std::unique_ptr<Ui::TagsForm> m_ui;
};
