#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>

namespace Ui {
class ConnectionTestForm;
}

// Connection test: calls heartbeat on the current workspace and says in plain words what the answer means.
class ConnectionTestForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks before a send that needs it; it must outlive the form.
    explicit ConnectionTestForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~ConnectionTestForm() override;

    QList<Operation> operations() const override { return {Operation::Heartbeat}; }
    OperationInput input(Operation operation) const override;
    void showResult(const ApiResult& result) override;
    // There is no user here: Ctrl+L has nothing to focus.
    QWidget* userIdField() const override { return nullptr; }

    QString verdict() const;

protected:
    void writeFields(const OperationInput& input) override;

private:
    std::unique_ptr<Ui::ConnectionTestForm> m_ui;
};
