#include "EventName.h"

/// The form Vero matches on: trimmed, lower case, spaces as underscores ("Purchased Item" -> "purchased_item").
QString EventName::normalised(const QString& name)
{
    QString text = name.trimmed().toLower();
    text.replace(QLatin1Char(' '), QLatin1Char('_'));
    return text;
}
