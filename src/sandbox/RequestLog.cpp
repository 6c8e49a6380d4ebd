#include "sandbox/RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    json.insert(QStringLiteral("cut"), cut);
    if (bodyBytes > 0) {
        json.insert(QStringLiteral("body_bytes"), bodyBytes);
    }
    return json;
}

namespace {

QString shortened(const QString& text, bool* cut)
{
    if (text.size() <= RequestLog::MaxTextChars) {
        return text;
    }
    *cut = true;
    return text.left(RequestLog::MaxTextChars) + QStringLiteral("... (cut)");
}

} // namespace

RequestLog::Entry RequestLog::fitted(Entry entry)
{
    entry.target = shortened(entry.target, &entry.cut);
    entry.message = shortened(entry.message, &entry.cut);
    entry.note = shortened(entry.note, &entry.cut);
    if (entry.body.isObject() || entry.body.isArray()) {
        const QByteArray compact = entry.body.isObject()
                                       ? QJsonDocument(entry.body.toObject()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(entry.body.toArray()).toJson(QJsonDocument::Compact);
        if (compact.size() > MaxBodyBytes) {
            entry.cut = true;
            entry.bodyBytes = compact.size();
            entry.body = QString(QString::fromUtf8(compact.left(MaxBodyBytes)) + QStringLiteral("... (cut)"));
        }
    }
    return entry;
}

QString RequestLog::Entry::logLine() const
{
    bool ignored = false;
    QString line = time.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + QString::fromLatin1(method)
                   + QLatin1Char(' ') + shortened(target, &ignored) + QLatin1Char(' ')
                   + (status == 0 ? QStringLiteral("dropped") : QString::number(status)) + QLatin1Char(' ')
                   + QString::number(elapsedMs) + QStringLiteral("ms");
    if (!message.isEmpty()) {
        line += QStringLiteral(" \"") + shortened(message, &ignored) + QLatin1Char('"');
    }
    if (!note.isEmpty()) {
        line += QStringLiteral(" - ") + shortened(note, &ignored);
    }
    return line;
}

qint64 RequestLog::append(Entry entry)
{
    entry = fitted(std::move(entry));
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
