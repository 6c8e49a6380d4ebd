#pragma once

#include "core/api/OperationInput.h"
#include "core/history/HistoryEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

class HistoryStore;

// An event Vero would probably drop as a duplicate of one this computer sent recently (same workspace, user,
// normalised name and data; see docs/vero-api.md). The app and veroctl both look before sending: the app asks
// the user, veroctl warns (or refuses with --no-duplicates). The decision to look lives here, not in a widget.
struct DuplicateEvent
{
    HistoryEntry earlier; // the recent event in the history
    qint64 secondsAgo = 0;

    // The key `withUniqueTimestamp` adds to the event's data.
    static QString uniqueTimestampKey() { return QStringLiteral("unique_timestamp"); }

    // The recent twin of `input` in `store`, if there is one.
    static std::optional<DuplicateEvent> find(const HistoryStore& store,
                                              const QString& workspace,
                                              const OperationInput& input,
                                              const QDateTime& now = QDateTime::currentDateTimeUtc());
    // `input` with a unique timestamp in its data, so Vero keeps it. Input whose data is not a JSON object
    // (or empty) is returned unchanged for validation to report.
    static OperationInput withUniqueTimestamp(const OperationInput& input,
                                              const QDateTime& now = QDateTime::currentDateTimeUtc());

    // In words, for a question (GUI) or a warning (veroctl): who got which event how long ago, and why it
    // matters.
    QString message(const OperationInput& input) const;
};
