#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One stored event. `name` is what the client sent; `normalisedName` is what Vero matches on.
struct SandboxEvent
{
    qint64 id = 0;
    QString userId;
    QString name;
    QString normalisedName;
    QJsonObject data;
    QJsonObject extras;
    QDateTime receivedAt;
    int duplicatesDropped = 0; // later copies dropped by deduplication

    QString dedupKey() const;
    QJsonObject toJson() const;
    static std::optional<SandboxEvent> fromJson(const QJsonObject& json, QString* error);
};
