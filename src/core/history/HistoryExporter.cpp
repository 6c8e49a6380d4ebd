#include "core/history/HistoryExporter.h"

#include "core/history/HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QByteArray Utf8ByteOrderMark("\xEF\xBB\xBF");
const QByteArray CsvLineEnd("\r\n");

QString statusClassKey(HistoryEntry::StatusClass statusClass)
{
    switch (statusClass) {
        case HistoryEntry::StatusClass::Pending:
            return QStringLiteral("pending");
        case HistoryEntry::StatusClass::Success:
            return QStringLiteral("success");
        case HistoryEntry::StatusClass::Rejected:
            return QStringLiteral("rejected");
        case HistoryEntry::StatusClass::Failed:
            return QStringLiteral("failed");
        case HistoryEntry::StatusClass::NotSent:
            return QStringLiteral("not_sent");
        case HistoryEntry::StatusClass::Cancelled:
            return QStringLiteral("cancelled");
        case HistoryEntry::StatusClass::Unknown:
            return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject entryToJson(const HistoryEntry& entry)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), entry.id);
    json.insert(QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("workspace"), entry.workspace);
    json.insert(QStringLiteral("operator"), entry.operatorName);
    json.insert(QStringLiteral("source"), HistoryEntry::sourceKey(entry.source));
    json.insert(QStringLiteral("bulk_job"), entry.bulkJob);
    json.insert(QStringLiteral("operation"), Operations::key(entry.operation));
    json.insert(QStringLiteral("method"), entry.method);
    json.insert(QStringLiteral("url"), entry.url);
    json.insert(QStringLiteral("user_id"), entry.userId);
    json.insert(QStringLiteral("new_user_id"), entry.newUserId);
    json.insert(QStringLiteral("email"), entry.email);
    json.insert(QStringLiteral("event_name"), entry.eventName);
    json.insert(QStringLiteral("status_class"), statusClassKey(entry.statusClass));
    json.insert(QStringLiteral("http_status"), entry.httpStatus);
    json.insert(QStringLiteral("message"), entry.message);
    json.insert(QStringLiteral("elapsed_ms"), entry.elapsedMs);
    json.insert(QStringLiteral("network_error"), entry.networkError);
    const QJsonDocument body = QJsonDocument::fromJson(entry.requestBody.toUtf8());
    json.insert(QStringLiteral("request_body"),
                body.isObject() ? QJsonValue(body.object()) : QJsonValue(entry.requestBody));
    json.insert(QStringLiteral("response_body"), entry.responseBody);
    json.insert(QStringLiteral("response_truncated"), entry.responseTruncated);
    json.insert(QStringLiteral("response_size"), entry.responseSize);
    json.insert(QStringLiteral("input"), entry.input);
    json.insert(QStringLiteral("request_headers"), entry.requestHeaders);
    json.insert(QStringLiteral("response_headers"), entry.responseHeaders);
    return json;
}

const QStringList CsvColumns {
    QStringLiteral("id"),
    QStringLiteral("time"),
    QStringLiteral("workspace"),
    QStringLiteral("operator"),
    QStringLiteral("source"),
    QStringLiteral("operation"),
    QStringLiteral("method"),
    QStringLiteral("url"),
    QStringLiteral("user_id"),
    QStringLiteral("new_user_id"),
    QStringLiteral("email"),
    QStringLiteral("event_name"),
    QStringLiteral("status_class"),
    QStringLiteral("http_status"),
    QStringLiteral("message"),
    QStringLiteral("elapsed_ms"),
    QStringLiteral("network_error"),
    QStringLiteral("request_body"),
    QStringLiteral("response_body"),
    QStringLiteral("response_truncated"),
    QStringLiteral("bulk_job"), // added later, at the end: scripts that read columns by position keep working
    QStringLiteral("request_headers"),
    QStringLiteral("response_headers"),
};

QStringList csvRow(const HistoryEntry& entry)
{
    return {QString::number(entry.id),
            entry.time.toString(Qt::ISODateWithMs),
            entry.workspace,
            entry.operatorName,
            HistoryEntry::sourceKey(entry.source),
            Operations::key(entry.operation),
            entry.method,
            entry.url,
            entry.userId,
            entry.newUserId,
            entry.email,
            entry.eventName,
            statusClassKey(entry.statusClass),
            QString::number(entry.httpStatus),
            entry.message,
            QString::number(entry.elapsedMs),
            entry.networkError,
            entry.requestBody,
            entry.responseBody,
            entry.responseTruncated ? QStringLiteral("true") : QStringLiteral("false"),
            entry.bulkJob,
            entry.requestHeaders,
            entry.responseHeaders};
}

// RFC 4180: a field with a separator, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields) {
        quoted << csvField(field);
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + CsvLineEnd;
}

} // namespace

HistoryExporter::HistoryExporter(const HistoryStore* store)
    : m_store(store)
{
}

HistoryExporter::Format HistoryExporter::formatFor(const QString& fileName)
{
    return QFileInfo(fileName).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? Format::Json
                                                                                                 : Format::Csv;
}

Fallible<qint64> HistoryExporter::failed(const QString& error)
{
    m_errorString = error;
    return Fallible<qint64>::failure(error);
}

Fallible<qint64> HistoryExporter::write(const HistoryQuery::Filter& filter, Format format, QIODevice* device)
{
    return writeEach({filter}, format, device);
}

Fallible<qint64>
HistoryExporter::writeEach(const QList<HistoryQuery::Filter>& filters, Format format, QIODevice* device)
{
    m_errorString.clear();
    QByteArray bytes;
    const auto flush = [&]() {
        const bool written = device->write(bytes) == bytes.size();
        bytes.clear();
        return written;
    };
    if (format == Format::Csv) {
        // The byte order mark lets spreadsheet programs read the file as UTF-8.
        bytes = Utf8ByteOrderMark + csvLine(CsvColumns);
    }
    qint64 written = 0;
    for (const HistoryQuery::Filter& filter : filters) {
        HistoryQuery::Page page;
        page.limit = PageRows;
        page.withBodies = true;
        for (;;) {
            const Fallible<QList<HistoryEntry>> entries = m_store->readPage(filter, page);
            if (!entries) {
                return failed(entries.error());
            }
            for (const HistoryEntry& entry : *entries) {
                if (format == Format::Csv) {
                    bytes += csvLine(csvRow(entry));
                } else {
                    bytes += (written == 0 ? "[\n" : ",\n")
                             + QJsonDocument(entryToJson(entry)).toJson(QJsonDocument::Compact);
                }
                ++written;
            }
            if (!flush()) {
                return failed(device->errorString());
            }
            if (entries->size() < page.limit) {
                break;
            }
            page.after = entries->last().id;
        }
    }
    if (format == Format::Json) {
        bytes = written == 0 ? "[]\n" : "\n]\n";
    }
    if (!flush()) {
        return failed(device->errorString());
    }
    return written;
}

Fallible<qint64> HistoryExporter::writeFile(const HistoryQuery::Filter& filter, Format format, const QString& fileName)
{
    return writeEachToFile({filter}, format, fileName);
}

Fallible<qint64>
HistoryExporter::writeEachToFile(const QList<HistoryQuery::Filter>& filters, Format format, const QString& fileName)
{
    QSaveFile file(fileName);
    const auto failWith = [&](const QString& message) {
        return failed(
            tr("The history could not be exported to %1: %2").arg(QDir::toNativeSeparators(fileName), message));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failWith(file.errorString());
    }
    const Fallible<qint64> written = writeEach(filters, format, &file);
    if (!written) {
        file.cancelWriting();
        return failWith(written.error());
    }
    if (!file.commit()) {
        return failWith(file.errorString());
    }
    return written;
}
