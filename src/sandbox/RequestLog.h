#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <deque>

// The last requests the sandbox answered, for the inspection API (/sandbox/requests) and the stderr log.
// Nothing here ever holds a credential: targets and bodies are recorded with it shown as ***. Each entry is kept
// small (MaxBodyBytes, MaxTextChars), so a thousand rejected 1 MiB bodies cost kilobytes, not a gigabyte; an
// entry that was cut says so ("cut": true, and the body's full size).
class RequestLog
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QDateTime time;
        QByteArray method;
        QString target;    // path and query, credential as ***
        QString operation; // "identify", "event", ... ; empty for unknown paths and the inspection API
        int status = 0;    // 0 when the connection was dropped without an answer
        QString message;   // the answer's message
        QString note;      // what the request did to the state, or which fault was injected
        QJsonValue body;   // decoded fields with the credential as ***; undefined when none or unreadable
        qint64 elapsedMs = 0;
        bool cut = false;     // something above was shortened to fit the log
        qint64 bodyBytes = 0; // the size of the body as compact JSON, when it was cut

        QJsonObject toJson() const;
        // One line for stderr: time, method, target, status, elapsed, message, note.
        QString logLine() const;
    };

    static constexpr int DefaultCapacity = 1000;
    // A longer body (as compact JSON) is kept as the text of its first MaxBodyBytes bytes.
    static constexpr qsizetype MaxBodyBytes = 4 * 1024;
    // Target, message and note are cut to this many characters.
    static constexpr qsizetype MaxTextChars = 1024;

    // `entry` shortened to what the log keeps.
    static Entry fitted(Entry entry);

    explicit RequestLog(int capacity = DefaultCapacity)
        : m_capacity(capacity)
    {
    }

    // Assigns the sequence number and returns it.
    qint64 append(Entry entry);
    // Newest last; at most `limit` entries when limit > 0.
    QList<Entry> entries(int limit = 0) const;
    int size() const { return int(m_entries.size()); }
    void clear() { m_entries.clear(); }

private:
    int m_capacity;
    qint64 m_nextSequence = 1;
    std::deque<Entry> m_entries; // the oldest leaves from the front in constant time
};
