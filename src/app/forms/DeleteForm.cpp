#include "app/forms/DeleteForm.h"

#include "app/workspace/WorkspaceLabel.h"
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

UserPrompts::Confirmation DeleteForm::confirmation(const QString& userId, const Workspace& workspace)
{
    const QString where = WorkspaceLabel::withHost(workspace);
    UserPrompts::Confirmation confirmation;
    confirmation.title = tr("Delete user permanently?");
    confirmation.question = tr("Delete %1 from %2?").arg(userId, where);
    confirmation.consequences = tr("This deletion is permanent. All of the user's properties and activity on %1 are "
                                   "lost and cannot be recovered.")
                                    .arg(workspace.name);
    // docs/vero-api.md: what Vero documents about a deleted user who is sent to again.
    confirmation.details = tr("A deleted user who is identified again later comes back as a new profile, subscribed "
                              "by default: an identify or an event sent to %1 afterwards creates a new, subscribed "
                              "user with none of the old data.")
                               .arg(userId);
    confirmation.acceptLabel = tr("&Delete");
    confirmation.acceptAccessibleName = tr("Delete %1 from %2 permanently").arg(userId, workspace.name);
    confirmation.destructive = true;
    confirmation.typeToConfirm = userId;
    confirmation.typeToConfirmLabel = tr("To confirm, type the user id (%1), then press Enter:").arg(userId);
    confirmation.workspace = workspace;
    return confirmation;
}

void DeleteForm::confirmAndSend(const OperationInput& input)
{
    // The id is the one the request carries (trimmed by the core), so what is typed back is what is deleted.
    if (m_prompts->confirm(this, confirmation(input.id.trimmed(), m_workspace))) {
        emitSendRequested(input);
    } else {
        m_ui->sendHintLabel->setText(tr("Deletion cancelled: nothing was sent."));
    }
}
