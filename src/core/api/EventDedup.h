#pragma once

#include "core/api/OperationInput.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Vero's event deduplication, defined once for the history's "you sent this a moment ago" warning and for
// vero-sandbox, which drops duplicates the way the service does (docs/vero-api.md, "## Deduplication"). The key:
// the credential's scope, the normalised event name, the user (id, else the email in lower case), then `data`
// as canonical JSON, or `extras.check_id` when there is no data, or nothing more.
class EventDedup
{
public:
    // The service's window. The v2 reference says three minutes; the current docs say five.
    static constexpr int ServiceWindowSeconds = 3 * 60;
    // The app warns a little longer than the reference's window: the current docs' five minutes may be what the
    // service does now, and a needless question costs less than an event the service silently drops.
    static constexpr int WarningMarginSeconds = 2 * 60;
    static constexpr int WarningWindowSeconds = ServiceWindowSeconds + WarningMarginSeconds;

    // What the key is made of, as it reached the service.
    struct Event
    {
        QString scope; // what the credential reaches: the workspace (history), empty in one sandbox
        QString eventName;
        QString userId;
        QString email;
        QJsonObject data;
        QJsonObject extras;
    };

    // A fixed-length digest of the key; empty when the event names no user (the service refuses it anyway).
    static QString key(const Event& event);
    // The key of a track-event input sent through `scope`; empty for every other operation. Data or extras that
    // are not a JSON object count as absent (validation refuses them before sending).
    static QString key(const QString& scope, const OperationInput& input);
    // The earliest time an earlier copy still makes `now`'s event a duplicate, `windowSeconds` back (inclusive).
    static QDateTime windowStart(const QDateTime& now, int windowSeconds);
};
