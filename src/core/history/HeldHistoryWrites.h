#pragma once

#include "core/api/ApiResult.h"
#include "core/history/HistoryEntry.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The writes made to the history while a clear runs in the background (HistoryStore::clearInBackground): the
// clear removes what the history held when the user confirmed it, so a request sent meanwhile is kept back, in
// order, and written once the clear is done: neither lost nor cleared with the rest, and nothing writes to a
// half-cleared file.
class HeldHistoryWrites
{
public:
    // Keeps a row back; returns the id it stands under until it is written (negative, never a row's id).
    qint64 holdInsert(const HistoryEntry& entry, const QString& secret);
    void holdInsertMany(const QList<HistoryEntry>& entries);
    void holdCompletion(qint64 id, const ApiResult& result, const QString& secret);
    bool isEmpty() const { return m_writes.isEmpty(); }

    // The id the row held as `id` was written under, or `id` itself when it was not a held row.
    qint64 writtenId(qint64 id) const { return m_written.value(id, id); }

    struct Writer
    {
        std::function<qint64(const HistoryEntry& entry, const QString& secret)> insert;
        std::function<bool(qint64 id, const ApiResult& result, const QString& secret)> complete;
        std::function<qint64(const QList<HistoryEntry>& entries)> insertMany;
    };
    // Makes the held writes through `writer`, in the order they came, and forgets them.
    void release(const Writer& writer);

private:
    struct Write
    {
        qint64 heldId = 0;           // a held row (insert); 0 for a completion or many rows
        qint64 completedId = 0;      // a completion of a row written before the clear began
        QList<HistoryEntry> entries; // the row, or the rows of insertMany
        QString secret;
        std::optional<ApiResult> result; // the reply, for a held row or a completion
        QString resultSecret;
    };
    QList<Write> m_writes;
    QHash<qint64, qint64> m_written; // held id -> the row's id once written
    qint64 m_lastHeldId = 0;
};
