#pragma once

#include <QJsonObject>
#include <QString>

// Vero treats "Purchased Item", "purchased item" and "purchased_item" as one event, and drops an event as a
// duplicate when its key matches a recent one. Both rules live here so storage and deduplication agree.
class EventNormaliser
{
public:
    // Lower case, trimmed, spaces as underscores.
    static QString normalisedName(const QString& eventName);
    // The deduplication key of API-NOTES.md: normalised name, user and data; with no data, extras.check_id
    // takes its place; with neither, name and user alone.
    static QString
    dedupKey(const QString& eventName, const QString& userId, const QJsonObject& data, const QJsonObject& extras);
};
