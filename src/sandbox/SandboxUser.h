#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One user record as the sandbox keeps it: what identify, edit, alias, tags and subscription calls build up.
struct SandboxUser
{
    QString id;
    QString email;
    QString phoneNumber;
    QJsonObject properties;
    QJsonArray channels; // [{type, address, platform}], unique by type and address
    QStringList tags;    // in the order they were first added
    bool subscribed = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    void addChannel(const QJsonObject& channel);
    // Returns true when the tag list changed.
    bool addTag(const QString& tag);
    bool removeTag(const QString& tag);

    QJsonObject toJson() const;
    [[nodiscard]] static std::optional<SandboxUser> fromJson(const QJsonObject& json, QString* error);
};
