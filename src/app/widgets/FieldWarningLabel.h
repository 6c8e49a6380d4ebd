#pragma once

#include <QLabel>
#include <QStringList>

// What Vero advises against in a field (VeroRecommendations), under the field: unlike FieldErrorLabel it never
// stops Send, so it is in the normal text colour. Hidden while there is nothing to say.
class FieldWarningLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldWarningLabel(QWidget* parent = nullptr);

    void setWarnings(const QStringList& warnings);
    QStringList warnings() const { return m_warnings; }

private:
    QStringList m_warnings;
};
