#include "app/forms/DeleteForm.h"

#include "app/forms/DeleteConfirmationDialog.h"
#include "ui_DeleteForm.h"

DeleteForm::DeleteForm(QWidget* parent)
    : ValidatedOperationForm(parent)
    , m_ui(std::make_unique<Ui::DeleteForm>())
{
    m_ui->setupUi(this);
    errorRouter().addField(QStringLiteral("id"), m_ui->userIdError, m_ui->userIdEdit);
    watch(m_ui->userIdEdit, QStringLiteral("id"));
    connect(m_ui->sendButton, &QPushButton::clicked, this, &DeleteForm::requestSend);
    setUpValidation({m_ui->sendButton}, m_ui->sendHintLabel, m_ui->resultView);
}

DeleteForm::~DeleteForm() = default;

OperationInput DeleteForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    return input;
}

void DeleteForm::setInput(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
    errorRouter().resetTouched();
    revalidate();
}

QWidget* DeleteForm::userIdField() const
{
    return m_ui->userIdEdit;
}

void DeleteForm::confirmAndSend(const OperationInput& input)
{
    // The id is the one the request carries (trimmed by the core), so what is typed back is what is deleted.
    auto* dialog = new DeleteConfirmationDialog(input.id.trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, input] { emitSendRequested(input); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_ui->sendHintLabel->setText(tr("Deletion cancelled: nothing was sent."));
    });
    dialog->open();
}
