#include "app/forms/TrackEventForm.h"

#include "core/api/EventName.h"
#include "core/history/DuplicateEvent.h"
#include "ui_TrackEventForm.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A long name without spaces would hold the preview (and the window) as wide as itself: a zero-width space every
// few characters lets it wrap. Only in the label; the name sent is untouched.
QString wrappable(const QString& name)
{
    constexpr qsizetype Chunk = 16;
    QString out;
    for (qsizetype i = 0; i < name.size(); i += Chunk) {
        if (i > 0) {
            out += QChar(0x200B);
        }
        out += name.mid(i, Chunk);
    }
    return out;
}
constexpr int EventNameFieldMaxLength = 1000;
} // namespace

TrackEventForm::TrackEventForm(UserPrompts* prompts, QWidget* parent)
    : ValidatedOperationForm(prompts, parent)
    , m_ui(std::make_unique<Ui::TrackEventForm>())
{
    m_ui->setupUi(this);
    m_ui->dataEditor->setSubject(tr("Event data"));
    m_ui->extrasEditor->setSubject(tr("Event extras"));
    // Well past the service's limit, which the core reports with a clear message; the field only stops pastes of
    // whole documents.
    m_ui->eventNameEdit->setMaxLength(EventNameFieldMaxLength);

    FieldErrorRouter& router = errorRouter();
    router.addField(QStringLiteral("identity"), m_ui->userIdError, m_ui->userIdEdit);
    router.addField(QStringLiteral("identity.id"), m_ui->userIdError, m_ui->userIdEdit);
    router.addField(QStringLiteral("identity.email"), m_ui->emailError, m_ui->emailEdit);
    router.addField(QStringLiteral("event_name"), m_ui->eventNameError, m_ui->eventNameEdit);
    router.addField(QStringLiteral("data"), m_ui->dataError, m_ui->dataEditor);
    router.addField(QStringLiteral("extras"), m_ui->extrasError, m_ui->extrasEditor);

    watch(m_ui->userIdEdit, QStringLiteral("identity.id"));
    watch(m_ui->emailEdit, QStringLiteral("identity.email"));
    watch(m_ui->eventNameEdit, QStringLiteral("event_name"));
    connect(m_ui->eventNameEdit, &QLineEdit::textChanged, this, &TrackEventForm::updateEventNamePreview);
    connect(m_ui->dataEditor, &PropertyEditor::changed, this, [this] { fieldChanged(QStringLiteral("data")); });
    connect(m_ui->extrasEditor, &PropertyEditor::changed, this, [this] { fieldChanged(QStringLiteral("extras")); });
    connect(m_ui->uniqueTimestampCheckBox, &QCheckBox::toggled, this, [this] { fieldChanged(QStringLiteral("data")); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TrackEventForm::requestSend);
    updateEventNamePreview();
    setUpValidation({m_ui->sendButton});
}

TrackEventForm::~TrackEventForm() = default;

OperationInput TrackEventForm::input(Operation operation) const
{
    OperationInput input;
    input.operation = operation;
    input.id = m_ui->userIdEdit->text();
    input.email = m_ui->emailEdit->text();
    input.eventName = m_ui->eventNameEdit->text();
    input.data = m_ui->dataEditor->jsonText();
    input.extras = m_ui->extrasEditor->jsonText();
    // Broken JSON stays as typed for the core to report.
    return m_ui->uniqueTimestampCheckBox->isChecked() ? DuplicateEvent::withUniqueTimestamp(input) : input;
}

void TrackEventForm::writeFields(const OperationInput& input)
{
    m_ui->userIdEdit->setText(input.id);
    m_ui->emailEdit->setText(input.email);
    m_ui->eventNameEdit->setText(input.eventName);
    // A stamped event from history comes back with its option on and a fresh stamp, never the old one.
    QString eventData = input.data;
    const QJsonDocument document = QJsonDocument::fromJson(eventData.toUtf8());
    const bool stamped = document.isObject() && document.object().contains(DuplicateEvent::uniqueTimestampKey());
    if (stamped) {
        QJsonObject object = document.object();
        object.remove(DuplicateEvent::uniqueTimestampKey());
        eventData
            = object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    m_ui->uniqueTimestampCheckBox->setChecked(stamped);
    m_ui->dataEditor->setJsonText(eventData);
    m_ui->extrasEditor->setJsonText(input.extras);
}

QWidget* TrackEventForm::userIdField() const
{
    return m_ui->userIdEdit;
}

ValidationErrors TrackEventForm::widgetErrors(Operation operation) const
{
    Q_UNUSED(operation);
    return m_ui->dataEditor->errors(QStringLiteral("data")) + m_ui->extrasEditor->errors(QStringLiteral("extras"));
}

void TrackEventForm::updateEventNamePreview()
{
    const QString name = m_ui->eventNameEdit->text();
    const QString normalised = EventName::normalised(name);
    if (normalised.isEmpty()) {
        m_ui->eventNamePreviewLabel->setText(
            tr("Vero treats capitals, spaces and underscores alike: \"Purchased Item\" and \"purchased_item\" are "
               "the same event."));
    } else if (normalised == name) {
        m_ui->eventNamePreviewLabel->setText(tr("Vero matches this event as: %1").arg(wrappable(normalised)));
    } else {
        m_ui->eventNamePreviewLabel->setText(
            tr("Vero matches this event as: %1 (capitals, spaces and underscores are treated alike)")
                .arg(wrappable(normalised)));
    }
}

void TrackEventForm::setUniqueTimestamp(bool enabled)
{
    m_ui->uniqueTimestampCheckBox->setChecked(enabled);
}
