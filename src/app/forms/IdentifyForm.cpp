#include "app/forms/IdentifyForm.h"

#include "ui_IdentifyForm.h"

#include "core/api/VeroRecommendations.h"

IdentifyForm::IdentifyForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::IdentifyForm>())
{
    m_ui->setupUi(this);
    m_ui->propertiesEditor->setSubject(tr("Custom properties"));

    FieldErrorRouter& router = errorRouter();
    router.addField(QStringLiteral("id"), m_ui->userIdError, m_ui->userIdEdit);
    router.addField(QStringLiteral("email"), m_ui->emailError, m_ui->emailEdit);
    router.addField(QStringLiteral("phone_number"), m_ui->phoneError, m_ui->phoneEdit);
    router.addField(QStringLiteral("channels"), m_ui->channelsError, m_ui->channelsEditor);
    router.addField(QStringLiteral("data"), m_ui->propertiesError, m_ui->propertiesEditor);

    watch(m_ui->userIdEdit, QStringLiteral("id"));
    watch(m_ui->emailEdit, QStringLiteral("email"));
    watch(m_ui->phoneEdit, QStringLiteral("phone_number"));
    // A warning, not an error: the number is sent as typed, but SMS needs E.164.
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, [this](const QString& phone) {
        const QString warning = VeroRecommendations::phoneWarning(phone);
        m_ui->phoneWarning->setWarnings(warning.isEmpty() ? QStringList() : QStringList {warning});
    });
    connect(m_ui->channelsEditor, &ChannelsEditor::changed, this, [this] { fieldChanged(QStringLiteral("channels")); });
    connect(m_ui->propertiesEditor, &PropertyEditor::changed, this, [this] { fieldChanged(QStringLiteral("data")); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &IdentifyForm::requestSend);
    setUpValidation({m_ui->sendButton});
}

IdentifyForm::~IdentifyForm() = default;

OperationInput IdentifyForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    input.email = m_ui->emailEdit->text();
    input.phone = m_ui->phoneEdit->text();
    input.channels = m_ui->channelsEditor->channels();
    input.data = m_ui->propertiesEditor->jsonText();
    return input;
}

void IdentifyForm::writeFields(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
    m_ui->emailEdit->setText(input.email);
    m_ui->phoneEdit->setText(input.phone);
    m_ui->channelsEditor->setChannels(input.channels);
    m_ui->propertiesEditor->setJsonText(input.data);
}

QWidget* IdentifyForm::userIdField() const
{
    return m_ui->userIdEdit;
}

ValidationErrors IdentifyForm::widgetErrors(Operation operation) const
{
    Q_UNUSED(operation);
    return m_ui->propertiesEditor->errors(QStringLiteral("data"));
}

void IdentifyForm::errorsShown(const ValidationErrors& errors)
{
    m_ui->channelsEditor->markErrors(errors);
}
