#include "sandbox/EventNormaliser.h"

#include "core/api/EventName.h"

#include <QJsonArray>
#include <QJsonDocument>

QString EventNormaliser::normalisedName(const QString& eventName)
{
    return EventName::normalised(eventName);
}

QString EventNormaliser::dedupKey(const QString& eventName,
                                  const QString& userId,
                                  const QJsonObject& data,
                                  const QJsonObject& extras)
{
    // A JSON array is an unambiguous encoding: no separator in a name or id can make two keys collide.
    // QJsonObject keeps its keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} give the same text.
    QJsonArray key {normalisedName(eventName), userId};
    if (!data.isEmpty()) {
        key.append(QStringLiteral("data"));
        key.append(data);
    } else if (extras.contains(QLatin1String("check_id")) && !extras.value(QLatin1String("check_id")).isNull()) {
        key.append(QStringLiteral("check_id"));
        key.append(extras.value(QLatin1String("check_id")));
    }
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}
