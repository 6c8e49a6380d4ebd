#include "app/forms/TagsForm.h"

#include "ui_TagsForm.h"

#include "core/api/VeroRecommendations.h"

TagsForm::TagsForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::TagsForm>())
{
    m_ui->setupUi(this);
    m_ui->tagsToAddEditor->setSubject(tr("Tags to add"));
    m_ui->tagsToRemoveEditor->setSubject(tr("Tags to remove"));
    m_ui->tagsToAddEditor->setPlaceholderText(tr("Tag to add, then Enter (e.g. prospect)"));
    m_ui->tagsToRemoveEditor->setPlaceholderText(tr("Tag to remove, then Enter"));

    FieldErrorRouter& router = errorRouter();
    router.addField(QStringLiteral("id"), m_ui->userIdError, m_ui->userIdEdit);
    router.addField(QStringLiteral("add"), m_ui->tagsToAddError, m_ui->tagsToAddEditor);
    router.addField(QStringLiteral("remove"), m_ui->tagsToRemoveError, m_ui->tagsToRemoveEditor);

    watch(m_ui->userIdEdit, QStringLiteral("id"));
    connect(m_ui->tagsToAddEditor, &TagListEditor::changed, this, [this] {
        // Warnings only: the tags are sent as listed.
        m_ui->tagsToAddWarning->setWarnings(VeroRecommendations::tagWarnings(m_ui->tagsToAddEditor->tags(), true));
        fieldChanged(QStringLiteral("add"));
    });
    connect(
        m_ui->tagsToRemoveEditor, &TagListEditor::changed, this, [this] { fieldChanged(QStringLiteral("remove")); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TagsForm::requestSend);
    setUpValidation({m_ui->sendButton});
}

TagsForm::~TagsForm() = default;

OperationInput TagsForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    input.tagsAdd = m_ui->tagsToAddEditor->tags();
    input.tagsRemove = m_ui->tagsToRemoveEditor->tags();
    return input;
}

void TagsForm::writeFields(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
    m_ui->tagsToAddEditor->setTags(input.tagsAdd);
    m_ui->tagsToRemoveEditor->setTags(input.tagsRemove);
}

QWidget* TagsForm::userIdField() const
{
    return m_ui->userIdEdit;
}

ValidationErrors TagsForm::widgetErrors(Operation operation) const
{
    Q_UNUSED(operation);
    ValidationErrors errors;
    const QString pendingAdd = m_ui->tagsToAddEditor->pendingText();
    if (!pendingAdd.isEmpty()) {
        errors.append(
            {QStringLiteral("add"),
             tr("Press Enter to add \"%1\" to the list (or clear it): only listed tags are sent.").arg(pendingAdd)});
    }
    const QString pendingRemove = m_ui->tagsToRemoveEditor->pendingText();
    if (!pendingRemove.isEmpty()) {
        errors.append(
            {QStringLiteral("remove"),
             tr("Press Enter to add \"%1\" to the list (or clear it): only listed tags are sent.").arg(pendingRemove)});
    }
    return errors;
}
