#include "sandbox/SandboxEvent.h"

#include "core/api/EventDedup.h"
#include "core/api/EventName.h"

#include <QCoreApplication>

QString SandboxEvent::dedupKey() const
{
    // One sandbox is one account, so every credential shares a scope. The user is the one the sandbox resolved
    // (an email alone means the user with that email, or a new user with the email as id).
    return EventDedup::key(EventDedup::Event {QString(), name, userId, QString(), data, extras});
}

QJsonObject SandboxEvent::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("user_id"), userId);
    json.insert(QStringLiteral("event_name"), name);
    json.insert(QStringLiteral("normalised_name"), normalisedName);
    json.insert(QStringLiteral("data"), data);
    json.insert(QStringLiteral("extras"), extras);
    json.insert(QStringLiteral("received_at"), receivedAt.toUTC().toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("duplicates_dropped"), duplicatesDropped);
    return json;
}

std::optional<SandboxEvent> SandboxEvent::fromJson(const QJsonObject& json, QString* error)
{
    SandboxEvent event;
    event.id = json.value(QLatin1String("id")).toInteger();
    event.userId = json.value(QLatin1String("user_id")).toString();
    event.name = json.value(QLatin1String("event_name")).toString();
    event.normalisedName = EventName::normalised(event.name);
    event.data = json.value(QLatin1String("data")).toObject();
    event.extras = json.value(QLatin1String("extras")).toObject();
    event.receivedAt = QDateTime::fromString(json.value(QLatin1String("received_at")).toString(), Qt::ISODateWithMs);
    event.duplicatesDropped = json.value(QLatin1String("duplicates_dropped")).toInt();
    if (event.id <= 0 || event.userId.isEmpty() || event.name.isEmpty() || !event.receivedAt.isValid()) {
        *error = QCoreApplication::translate("SandboxEvent",
                                             "event %1 is incomplete (needs id, user_id, event_name, "
                                             "received_at)")
                     .arg(event.id);
        return std::nullopt;
    }
    return event;
}
