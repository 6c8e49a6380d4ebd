#include "app/forms/ConnectionTestForm.h"

#include "ui_ConnectionTestForm.h"

ConnectionTestForm::ConnectionTestForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::ConnectionTestForm>())
{
    m_ui->setupUi(this);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectionTestForm::requestSend);
    setUpValidation({m_ui->testConnectionButton});
}

ConnectionTestForm::~ConnectionTestForm() = default;

OperationInput ConnectionTestForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    return input;
}

void ConnectionTestForm::writeFields(const OperationInput& input)
{
    Q_UNUSED(input); // heartbeat has no fields
}

void ConnectionTestForm::showResult(const ApiResult& result)
{
    ValidatedOperationForm::showResult(result);
    QString text;
    switch (result.outcome()) {
        case ApiResult::Outcome::Accepted:
            text = tr("Connected: the workspace's base URL reaches a Vero service. Heartbeat does not use the "
                      "credential, so a wrong credential only shows on the first real send (as 401 Unauthorized).");
            break;
        case ApiResult::Outcome::Rejected:
            text = result.status == 404
                       ? tr("A server answered, but it has no Vero heartbeat at this address (404). Check that the "
                            "base URL "
                            "ends in /api/v2.")
                       : tr("A server answered but refused the heartbeat (HTTP %1). Check the base URL.")
                             .arg(result.status);
            break;
        case ApiResult::Outcome::Failed:
            text = result.status > 0
                       ? tr("The service answered with a server error (HTTP %1); it may be down. Try again later.")
                             .arg(result.status)
                       : tr("Not connected: nothing answered at the workspace's base URL (the reason is below).");
            break;
        case ApiResult::Outcome::NotSent:
            text = tr("Not tested: the workspace's settings stopped the request before it left (the reason is below).");
            break;
    }
    m_ui->verdictLabel->setText(text);
}

QString ConnectionTestForm::verdict() const
{
    return m_ui->verdictLabel->text();
}
