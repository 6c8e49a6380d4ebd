#pragma once

#include <QLabel>
#include <QPointer>
#include <QStringList>

// The message shown under one field when what was typed would be refused. Hidden while there is nothing to say,
// so a correct form shows no red at all. The field's accessible description carries the same text, so a screen
// reader announces the problem when the field gets focus; the field's own description follows it and is all that
// remains once the problem is fixed. The messages are in words; the API field paths they are about are in the
// tooltip.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);

    void setField(QWidget* field);
    QWidget* field() const { return m_field; }
    // `apiFields` are the API paths the messages are about ("channels[0].platform"): a tooltip for developers.
    void setMessages(const QStringList& messages, const QStringList& apiFields = {});
    void clearMessages() { setMessages({}); }
    QStringList messages() const { return m_messages; }

private:
    QPointer<QWidget> m_field;
    QString m_fieldDescription; // the field's own accessible description, kept under the messages
    QStringList m_messages;
};
