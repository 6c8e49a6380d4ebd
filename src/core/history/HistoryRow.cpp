#include "core/history/HistoryRow.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace {

QVariant text(const QString& value)
{
    return HistoryRow::boundText(value);
}

using Column = HistoryRow::Column;
constexpr bool Summary = false;
constexpr bool Body = true;
constexpr bool Request = false;
constexpr bool Reply = true;

// The order is the SELECT order: summary columns first, so a page without bodies reads a prefix.
const std::array<Column, 26> Columns {{
    {"id",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.id = value.toLongLong(); },
     nullptr},
    {"time_ms",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) {
         entry.time = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
     },
     [](const HistoryEntry& entry) { return QVariant(entry.time.toMSecsSinceEpoch()); }},
    {"workspace",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.workspace = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.workspace); }},
    {"operator",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.operatorName = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.operatorName); }},
    {"bulk_job",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.bulkJob = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.bulkJob); }},
    {"source",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.source = HistoryEntry::sourceFromKey(value.toString()); },
     [](const HistoryEntry& entry) { return QVariant(HistoryEntry::sourceKey(entry.source)); }},
    {"operation",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) {
         entry.operation = Operations::fromKey(value.toString()).value_or(Operation::Identify);
     },
     [](const HistoryEntry& entry) { return QVariant(Operations::key(entry.operation)); }},
    {"method",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.method = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.method); }},
    {"url",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.url = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.url); }},
    {"user_id",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.userId = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.userId); }},
    {"new_user_id",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.newUserId = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.newUserId); }},
    {"email",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.email = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.email); }},
    {"event_name",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.eventName = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.eventName); }},
    {"dedup_key",
     Summary,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.dedupKey = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.dedupKey); }},
    {"status_class",
     Summary,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.statusClass = HistoryEntry::StatusClass(value.toInt()); },
     [](const HistoryEntry& entry) { return QVariant(int(entry.statusClass)); }},
    {"http_status",
     Summary,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.httpStatus = value.toInt(); },
     [](const HistoryEntry& entry) { return QVariant(entry.httpStatus); }},
    {"message",
     Summary,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.message = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.message); }},
    {"response_truncated",
     Summary,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.responseTruncated = value.toBool(); },
     [](const HistoryEntry& entry) { return QVariant(entry.responseTruncated); }},
    {"response_size",
     Summary,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.responseSize = value.toLongLong(); },
     [](const HistoryEntry& entry) { return QVariant(entry.responseSize); }},
    {"elapsed_ms",
     Summary,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.elapsedMs = value.toLongLong(); },
     [](const HistoryEntry& entry) { return QVariant(entry.elapsedMs); }},
    {"network_error",
     Summary,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.networkError = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.networkError); }},
    {"request_body",
     Body,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.requestBody = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.requestBody); }},
    {"response_body",
     Body,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.responseBody = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.responseBody); }},
    {"input_json",
     Body,
     Request,
     [](HistoryEntry& entry, const QVariant& value) {
         entry.input = QJsonDocument::fromJson(value.toString().toUtf8()).object();
     },
     [](const HistoryEntry& entry) {
         return QVariant(QString::fromUtf8(QJsonDocument(entry.input).toJson(QJsonDocument::Compact)));
     }},
    {"request_headers",
     Body,
     Request,
     [](HistoryEntry& entry, const QVariant& value) { entry.requestHeaders = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.requestHeaders); }},
    {"response_headers",
     Body,
     Reply,
     [](HistoryEntry& entry, const QVariant& value) { entry.responseHeaders = value.toString(); },
     [](const HistoryEntry& entry) { return text(entry.responseHeaders); }},
}};

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(", "));
}

} // namespace

std::span<const Column> HistoryRow::columns()
{
    return Columns;
}

QString HistoryRow::selectList(bool withBodies)
{
    QStringList names;
    for (const Column& column : Columns) {
        if (withBodies || !column.body) {
            names << QLatin1String(column.name);
        }
    }
    return joined(names);
}

HistoryEntry HistoryRow::read(const QSqlQuery& query, bool withBodies)
{
    HistoryEntry entry;
    int index = 0;
    for (const Column& column : Columns) {
        if (withBodies || !column.body) {
            column.read(entry, query.value(index++));
        }
    }
    return entry;
}

QStringList HistoryRow::insertColumns()
{
    QStringList names;
    for (const Column& column : Columns) {
        if (column.bind) {
            names << QLatin1String(column.name);
        }
    }
    return names;
}

QString HistoryRow::insertStatement()
{
    const QStringList names = insertColumns();
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table(), joined(names), joined(QStringList(names.size(), QStringLiteral("?"))));
}

QVariantList HistoryRow::insertValues(const HistoryEntry& entry)
{
    QVariantList values;
    for (const Column& column : Columns) {
        if (column.bind) {
            values << column.bind(entry);
        }
    }
    return values;
}

QString HistoryRow::completeStatement()
{
    QStringList assignments;
    for (const Column& column : Columns) {
        if (column.reply) {
            assignments << QLatin1String(column.name) + QStringLiteral(" = ?");
        }
    }
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table(), joined(assignments));
}

QVariantList HistoryRow::completeValues(const HistoryEntry& reply, qint64 id)
{
    QVariantList values;
    for (const Column& column : Columns) {
        if (column.reply) {
            values << column.bind(reply);
        }
    }
    values << id;
    return values;
}

QVariant HistoryRow::boundText(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
