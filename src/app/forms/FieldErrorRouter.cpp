#include "app/forms/FieldErrorRouter.h"

#include "app/widgets/FieldErrorLabel.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

void FieldErrorRouter::addField(const QString& apiField, FieldErrorLabel* label, QWidget* input)
{
    m_fields.insert(apiField, {label, input});
    if (label && input && !label->field()) {
        label->setField(input);
    }
}

void FieldErrorRouter::touch(const QString& apiField)
{
    m_touched.insert(keyFor(apiField));
}

void FieldErrorRouter::resetTouched()
{
    m_touched.clear();
    m_allTouched = false;
}

QString FieldErrorRouter::keyFor(const QString& field) const
{
    // The longest registered key that is the field itself or a parent of it ("channels" for "channels[0].type").
    QString best;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString& key = it.key();
        const bool matches
            = field == key || field.startsWith(key + QLatin1Char('.')) || field.startsWith(key + QLatin1Char('['));
        if (matches && key.size() > best.size()) {
            best = key;
        }
    }
    return best;
}

FieldErrorLabel* FieldErrorRouter::labelFor(const QString& field) const
{
    const QString key = keyFor(field);
    if (key.isEmpty()) {
        return m_fallback;
    }
    return m_fields.value(key).label;
}

QWidget* FieldErrorRouter::inputFor(const QString& field) const
{
    const QString key = keyFor(field);
    return key.isEmpty() ? nullptr : m_fields.value(key).input.data();
}

ValidationErrors FieldErrorRouter::show(const ValidationErrors& errors)
{
    QHash<FieldErrorLabel*, QStringList> messages;
    QHash<FieldErrorLabel*, QStringList> apiFields;
    ValidationErrors heldBack;
    for (const ValidationError& error : errors) {
        const QString key = keyFor(error.field);
        FieldErrorLabel* label = key.isEmpty() ? m_fallback.data() : m_fields.value(key).label.data();
        const bool shown = m_allTouched || key.isEmpty() || m_touched.contains(key);
        if (!label || !shown) {
            heldBack.append(error);
            continue;
        }
        QStringList& list = messages[label];
        if (!list.contains(error.message)) {
            list.append(error.message);
        }
        QStringList& fields = apiFields[label];
        if (!fields.contains(error.field)) {
            fields.append(error.field);
        }
    }
    QList<FieldErrorLabel*> labels;
    for (const Entry& entry : std::as_const(m_fields)) {
        if (entry.label && !labels.contains(entry.label)) {
            labels.append(entry.label);
        }
    }
    if (m_fallback && !labels.contains(m_fallback)) {
        labels.append(m_fallback);
    }
    for (FieldErrorLabel* label : labels) {
        label->setMessages(messages.value(label), apiFields.value(label));
    }
    return heldBack;
}
