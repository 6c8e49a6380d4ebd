#include "app/widgets/FieldErrorLabel.h"

#include "app/style/StateTextColour.h"

FieldErrorLabel::FieldErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    StateTextColour::apply(this, StatePalette::Role::Error);
    setVisible(false);
}

/// The input this label explains; its accessible description follows the messages.
void FieldErrorLabel::setField(QWidget* field)
{
    m_field = field;
    m_fieldDescription = field ? field->accessibleDescription() : QString();
    setBuddy(field);
}

void FieldErrorLabel::setMessages(const QStringList& messages, const QStringList& apiFields)
{
    setToolTip(apiFields.isEmpty() ? QString() : tr("API field: %1").arg(apiFields.join(QStringLiteral(", "))));
    if (messages == m_messages) {
        return;
    }
    m_messages = messages;
    const QString text = messages.join(QLatin1Char('\n'));
    setText(text);
    setVisible(!messages.isEmpty());
    if (m_field) {
        // The problem first, then what the field is for, which comes back when the problem is gone.
        QStringList description = messages;
        if (!m_fieldDescription.isEmpty()) {
            description.append(m_fieldDescription);
        }
        m_field->setAccessibleDescription(description.join(QLatin1Char('\n')));
    }
}
