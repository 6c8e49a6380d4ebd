#include "sandbox/SandboxUser.h"

#include <QCoreApplication>

namespace {
QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

void SandboxUser::addChannel(const QJsonObject& channel)
{
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject existing = channels.at(i).toObject();
        if (existing.value(QLatin1String("type")) == channel.value(QLatin1String("type"))
            && existing.value(QLatin1String("address")) == channel.value(QLatin1String("address"))) {
            channels.replace(i, channel); // same device: the platform may have been corrected
            return;
        }
    }
    channels.append(channel);
}

bool SandboxUser::addTag(const QString& tag)
{
    if (tags.contains(tag)) {
        return false;
    }
    tags.append(tag);
    return true;
}

bool SandboxUser::removeTag(const QString& tag)
{
    return tags.removeAll(tag) > 0;
}

QJsonObject SandboxUser::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("email"), email.isEmpty() ? QJsonValue() : QJsonValue(email));
    json.insert(QStringLiteral("phone_number"), phoneNumber.isEmpty() ? QJsonValue() : QJsonValue(phoneNumber));
    json.insert(QStringLiteral("properties"), properties);
    json.insert(QStringLiteral("channels"), channels);
    json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    json.insert(QStringLiteral("subscribed"), subscribed);
    json.insert(QStringLiteral("created_at"), timeText(createdAt));
    json.insert(QStringLiteral("updated_at"), timeText(updatedAt));
    return json;
}

std::optional<SandboxUser> SandboxUser::fromJson(const QJsonObject& json, QString* error)
{
    SandboxUser user;
    user.id = json.value(QLatin1String("id")).toString();
    if (user.id.isEmpty()) {
        *error = QCoreApplication::translate("SandboxUser", "a user has no id");
        return std::nullopt;
    }
    user.email = json.value(QLatin1String("email")).toString();
    user.phoneNumber = json.value(QLatin1String("phone_number")).toString();
    user.properties = json.value(QLatin1String("properties")).toObject();
    user.channels = json.value(QLatin1String("channels")).toArray();
    const QJsonArray tags = json.value(QLatin1String("tags")).toArray();
    for (const QJsonValue& tag : tags) {
        user.tags.append(tag.toString());
    }
    user.subscribed = json.value(QLatin1String("subscribed")).toBool(true);
    user.createdAt = QDateTime::fromString(json.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    user.updatedAt = QDateTime::fromString(json.value(QLatin1String("updated_at")).toString(), Qt::ISODateWithMs);
    if (!user.createdAt.isValid() || !user.updatedAt.isValid()) {
        *error = QCoreApplication::translate("SandboxUser", "user %1 has no valid created_at/updated_at time")
                     .arg(user.id);
        return std::nullopt;
    }
    return user;
}
