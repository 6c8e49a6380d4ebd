#include "core/api/EventName.h"

QString EventName::normalised(const QString& name)
{
    QString words = name.toLower();
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words = words.simplified();
    words.replace(QLatin1Char(' '), QLatin1Char('_'));
    return words;
}
