#include "app/widgets/FieldErrorLabel.h"

#include <QPalette>

FieldErrorLabel::FieldErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A red that stays readable on light and dark palettes.
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    setPalette(errorPalette);
    setVisible(false);
}

/// The input this label explains; its accessible description follows the messages.
void FieldErrorLabel::setField(QWidget* field)
{
    m_field = field;
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
        m_field->setAccessibleDescription(text);
    }
}
