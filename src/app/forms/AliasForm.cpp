#include "app/forms/AliasForm.h"

#include "ui_AliasForm.h"

AliasForm::AliasForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::AliasForm>())
{
    m_ui->setupUi(this);

    FieldErrorRouter& router = errorRouter();
    router.addField(QStringLiteral("id"), m_ui->userIdError, m_ui->userIdEdit);
    router.addField(QStringLiteral("new_id"), m_ui->newIdError, m_ui->newIdEdit);

    watch(m_ui->userIdEdit, QStringLiteral("id"));
    watch(m_ui->newIdEdit, QStringLiteral("new_id"));
    connect(m_ui->sendButton, &QPushButton::clicked, this, &AliasForm::requestSend);
    setUpValidation({m_ui->sendButton});
}

AliasForm::~AliasForm() = default;

OperationInput AliasForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    input.newId = m_ui->newIdEdit->text();
    return input;
}

void AliasForm::writeFields(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
    m_ui->newIdEdit->setText(input.newId);
}

QWidget* AliasForm::userIdField() const
{
    return m_ui->userIdEdit;
}
