#include "app/forms/EditPropertiesForm.h"

#include "ui_EditPropertiesForm.h"

EditPropertiesForm::EditPropertiesForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::EditPropertiesForm>())
{
    m_ui->setupUi(this);
    m_ui->changesEditor->setSubject(tr("Property changes"));

    FieldErrorRouter& router = errorRouter();
    router.addField(QStringLiteral("id"), m_ui->userIdError, m_ui->userIdEdit);
    router.addField(QStringLiteral("email"), m_ui->emailError, m_ui->emailEdit);
    router.addField(QStringLiteral("changes"), m_ui->changesError, m_ui->changesEditor);

    watch(m_ui->userIdEdit, QStringLiteral("id"));
    watch(m_ui->emailEdit, QStringLiteral("email"));
    connect(m_ui->changesEditor, &PropertyEditor::changed, this, [this] { fieldChanged(QStringLiteral("changes")); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &EditPropertiesForm::requestSend);
    setUpValidation({m_ui->sendButton});
}

EditPropertiesForm::~EditPropertiesForm() = default;

OperationInput EditPropertiesForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    input.email = m_ui->emailEdit->text();
    input.changes = m_ui->changesEditor->jsonText();
    return input;
}

void EditPropertiesForm::writeFields(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
    m_ui->emailEdit->setText(input.email);
    m_ui->changesEditor->setJsonText(input.changes);
}

QWidget* EditPropertiesForm::userIdField() const
{
    return m_ui->userIdEdit;
}

ValidationErrors EditPropertiesForm::widgetErrors(Operation operation) const
{
    Q_UNUSED(operation);
    return m_ui->changesEditor->errors(QStringLiteral("changes"));
}
