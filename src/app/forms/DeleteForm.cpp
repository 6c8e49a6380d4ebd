#include "app/forms/DeleteForm.h"

#include "ui_DeleteForm.h"

DeleteForm::DeleteForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::DeleteForm>())
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    errorRouter().addField(QStringLiteral("id"), m_ui->userIdError, m_ui->userIdEdit);
    watch(m_ui->userIdEdit, QStringLiteral("id"));
    connect(m_ui->sendButton, &QPushButton::clicked, this, &DeleteForm::requestSend);
    setUpValidation({m_ui->sendButton});
}

DeleteForm::~DeleteForm() = default;

OperationInput DeleteForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    return input;
}

void DeleteForm::writeFields(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
}

QWidget* DeleteForm::userIdField() const
{
    return m_ui->userIdEdit;
}

UserPrompts::Confirmation DeleteForm::confirmation(const QString& userId)
{
    UserPrompts::Confirmation confirmation;
    confirmation.title = tr("Delete user permanently?");
    confirmation.question = tr("Delete the user \"%1\"?").arg(userId);
    confirmation.consequences = tr("This deletion is permanent. All of the user's properties and activity are lost "
                                   "and cannot be recovered.");
    confirmation.details = tr("If an identify or an event with this id is sent later, Vero creates the user again, "
                              "as a new user with none of the old data.");
    confirmation.acceptLabel = tr("&Delete");
    confirmation.acceptAccessibleName = tr("Delete the user permanently");
    confirmation.destructive = true;
    confirmation.typeToConfirm = userId;
    confirmation.typeToConfirmLabel = tr("To confirm, type the user id (%1):").arg(userId);
    return confirmation;
}

void DeleteForm::confirmAndSend(const OperationInput& input)
{
    // The id is the one the request carries (trimmed by the core), so what is typed back is what is deleted.
    if (m_prompts->confirm(this, confirmation(input.id.trimmed()))) {
        emitSendRequested(input);
    } else {
        m_ui->sendHintLabel->setText(tr("Deletion cancelled: nothing was sent."));
    }
}
