#include "core/history/HeldHistoryWrites.h"

qint64 HeldHistoryWrites::holdInsert(const HistoryEntry& entry, const QString& secret)
{
    Write write;
    write.heldId = --m_lastHeldId;
    write.entries = {entry};
    write.secret = secret;
    m_writes.append(write);
    return write.heldId;
}

void HeldHistoryWrites::holdInsertMany(const QList<HistoryEntry>& entries)
{
    Write write;
    write.entries = entries;
    m_writes.append(write);
}

void HeldHistoryWrites::holdCompletion(qint64 id, const ApiResult& result, const QString& secret)
{
    // The reply to a row still held travels with it.
    for (Write& write : m_writes) {
        if (write.heldId != 0 && write.heldId == id) {
            write.result = result;
            write.resultSecret = secret;
            return;
        }
    }
    Write write;
    write.completedId = writtenId(id);
    write.result = result;
    write.resultSecret = secret;
    m_writes.append(write);
}

void HeldHistoryWrites::release(const Writer& writer)
{
    const QList<Write> writes = std::exchange(m_writes, {});
    for (const Write& write : writes) {
        if (write.heldId != 0) {
            const qint64 id = writer.insert(write.entries.constFirst(), write.secret);
            if (id == 0) {
                continue; // the store reported it
            }
            m_written.insert(write.heldId, id);
            if (write.result) {
                (void)writer.complete(id, *write.result, write.resultSecret);
            }
        } else if (write.completedId != 0) {
            (void)writer.complete(write.completedId, *write.result, write.resultSecret);
        } else {
            (void)writer.insertMany(write.entries);
        }
    }
}
