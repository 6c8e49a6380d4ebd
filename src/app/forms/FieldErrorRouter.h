#pragma once

#include "app/widgets/FieldErrorLabel.h"
#include "core/api/ValidationError.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

class QWidget;

// Puts each ValidationError next to the field it is about. Errors name API fields ("email", "identity.email",
// "channels[0].platform"); a form registers which label shows which field (a registered "channels" also takes
// "channels[2].type"). A field's errors only show once the user has edited it or tried to send, so a fresh form
// is not covered in red; everything else lands in the fallback label so no message is ever dropped.
class FieldErrorRouter
{
public:
    void addField(const QString& apiField, FieldErrorLabel* label, QWidget* input);
    void setFallback(FieldErrorLabel* label) { m_fallback = label; }

    void touch(const QString& apiField);
    void touchAll() { m_allTouched = true; }
    void resetTouched();

    // Shows `errors` by the rules above; returns the errors that were held back (fields not edited yet).
    ValidationErrors show(const ValidationErrors& errors);
    // The registered key that shows `field`, or an empty string for the fallback.
    QString keyFor(const QString& field) const;
    FieldErrorLabel* labelFor(const QString& field) const;
    QWidget* inputFor(const QString& field) const;

private:
    struct Entry
    {
        QPointer<FieldErrorLabel> label;
        QPointer<QWidget> input;
    };
    QHash<QString, Entry> m_fields;
    QPointer<FieldErrorLabel> m_fallback;
    QSet<QString> m_touched;
    bool m_allTouched = false;
};
