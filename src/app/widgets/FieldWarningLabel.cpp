#include "app/widgets/FieldWarningLabel.h"

FieldWarningLabel::FieldWarningLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldWarningLabel::setWarnings(const QStringList& warnings)
{
    if (warnings == m_warnings) {
        return;
    }
    m_warnings = warnings;
    setText(warnings.join(QLatin1Char('\n')));
    setAccessibleName(warnings.isEmpty() ? QString() : tr("Warning"));
    setVisible(!warnings.isEmpty());
}
