#include "app/forms/SubscriptionForm.h"

#include "ui_SubscriptionForm.h"

SubscriptionForm::SubscriptionForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::SubscriptionForm>())
{
    m_ui->setupUi(this);
    errorRouter().addField(QStringLiteral("id"), m_ui->userIdError, m_ui->userIdEdit);
    watch(m_ui->userIdEdit, QStringLiteral("id"));
    connect(m_ui->unsubscribeButton, &QPushButton::clicked, this, [this] { send(Operation::Unsubscribe); });
    connect(m_ui->resubscribeButton, &QPushButton::clicked, this, [this] { send(Operation::Resubscribe); });
    m_ui->unsubscribeButton->setToolTip(tr("Unsubscribe the user from all messages"));
    m_ui->resubscribeButton->setToolTip(tr("Resubscribe the user to messages"));
    setUpValidation({m_ui->unsubscribeButton, m_ui->resubscribeButton});
}

SubscriptionForm::~SubscriptionForm() = default;

OperationInput SubscriptionForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    return input;
}

void SubscriptionForm::writeFields(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
    if (input.operation == Operation::Unsubscribe || input.operation == Operation::Resubscribe) {
        m_lastOperation = input.operation;
    }
}

void SubscriptionForm::clearInput()
{
    ValidatedOperationForm::clearInput();
    m_lastOperation.reset();
}

void SubscriptionForm::restoreDraft(const FormDraftStore::Draft& draft)
{
    ValidatedOperationForm::restoreDraft(draft);
    m_lastOperation.reset();
}

QWidget* SubscriptionForm::userIdField() const
{
    return m_ui->userIdEdit;
}

void SubscriptionForm::send(Operation operation)
{
    if (sendOperation(operation)) {
        m_lastOperation = operation;
    }
}

void SubscriptionForm::requestSend()
{
    if (m_ui->resubscribeButton->hasFocus()) {
        send(Operation::Resubscribe);
    } else if (m_ui->unsubscribeButton->hasFocus()) {
        send(Operation::Unsubscribe);
    } else if (m_lastOperation) {
        send(*m_lastOperation);
    } else if (validate(Operation::Unsubscribe).isEmpty()) {
        setHint(tr("Nothing was sent: choose Unsubscribe or Resubscribe."));
        m_ui->unsubscribeButton->setFocus(Qt::OtherFocusReason);
    } else {
        sendOperation(Operation::Unsubscribe); // shows what is wrong; sends nothing
    }
}
