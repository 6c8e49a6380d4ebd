#include "sandbox/RequestLog.h"

QJsonObject RequestLog::Entry::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("sequence"), sequence);
    json.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("method"), QString::fromLatin1(method));
    json.insert(QStringLiteral("target"), target);
    json.insert(QStringLiteral("operation"), operation.isEmpty() ? QJsonValue() : QJsonValue(operation));
    json.insert(QStringLiteral("status"), status);
    json.insert(QStringLiteral("message"), message);
    json.insert(QStringLiteral("note"), note);
    json.insert(QStringLiteral("body"), body.isUndefined() ? QJsonValue() : body);
    json.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return json;
}

QString RequestLog::Entry::logLine() const
{
    QString line = time.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + QString::fromLatin1(method)
                   + QLatin1Char(' ') + target + QLatin1Char(' ')
                   + (status == 0 ? QStringLiteral("dropped") : QString::number(status)) + QLatin1Char(' ')
                   + QString::number(elapsedMs) + QStringLiteral("ms");
    if (!message.isEmpty()) {
        line += QStringLiteral(" \"") + message + QLatin1Char('"');
    }
    if (!note.isEmpty()) {
        line += QStringLiteral(" - ") + note;
    }
    return line;
}

qint64 RequestLog::append(Entry entry)
{
    entry.sequence = m_nextSequence++;
    const qint64 sequence = entry.sequence;
    m_entries.push_back(std::move(entry));
    while (int(m_entries.size()) > m_capacity) {
        m_entries.pop_front();
    }
    return sequence;
}

QList<RequestLog::Entry> RequestLog::entries(int limit) const
{
    const qsizetype count = limit <= 0 ? qsizetype(m_entries.size()) : std::min<qsizetype>(limit, m_entries.size());
    return QList<Entry>(m_entries.end() - count, m_entries.end());
}
