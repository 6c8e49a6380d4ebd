#include "core/history/HistorySchema.h"

#include "core/api/EventDedup.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryRow.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonObject objectFromText(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

Fallible<void> failure(const QSqlQuery& query)
{
    return Fallible<void>::failure(query.lastError().text());
}

} // namespace

QStringList HistorySchema::statements(int version)
{
    if (version == 1) {
        return {QStringLiteral("CREATE TABLE requests ("
                               "id INTEGER PRIMARY KEY, "
                               "time_ms INTEGER NOT NULL, "
                               "workspace TEXT NOT NULL DEFAULT '', "
                               "operator TEXT NOT NULL DEFAULT '', "
                               "source TEXT NOT NULL DEFAULT 'gui', "
                               "operation TEXT NOT NULL, "
                               "method TEXT NOT NULL DEFAULT '', "
                               "url TEXT NOT NULL DEFAULT '', "
                               "request_body TEXT NOT NULL DEFAULT '', "
                               "user_id TEXT NOT NULL DEFAULT '', "
                               "email TEXT NOT NULL DEFAULT '', "
                               "event_name TEXT NOT NULL DEFAULT '', "
                               "http_status INTEGER NOT NULL DEFAULT 0, "
                               "message TEXT NOT NULL DEFAULT '', "
                               "response_body TEXT NOT NULL DEFAULT '', "
                               "elapsed_ms INTEGER NOT NULL DEFAULT 0, "
                               "network_error TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX requests_user_id ON requests(user_id)"),
                QStringLiteral("CREATE INDEX requests_time ON requests(time_ms)")};
    }
    if (version == 2) {
        using StatusClass = HistoryEntry::StatusClass;
        return {
            QStringLiteral("ALTER TABLE requests ADD COLUMN status_class INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN new_user_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN dedup_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN response_truncated INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN response_size INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN input_json TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE requests SET status_class = CASE "
                           "WHEN http_status BETWEEN 200 AND 299 THEN %1 "
                           "WHEN http_status BETWEEN 400 AND 499 THEN %2 "
                           "WHEN http_status > 0 OR network_error != '' THEN %3 ELSE %4 END, "
                           "response_size = length(CAST(response_body AS BLOB))")
                .arg(int(StatusClass::Success))
                .arg(int(StatusClass::Rejected))
                .arg(int(StatusClass::Failed))
                .arg(int(StatusClass::Pending)),
            // Every filter the pane offers is an index lookup; the rowid in each index keeps id order.
            QStringLiteral("CREATE INDEX requests_email ON requests(email COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX requests_new_user_id ON requests(new_user_id)"),
            QStringLiteral("CREATE INDEX requests_operation ON requests(operation)"),
            QStringLiteral("CREATE INDEX requests_status_class ON requests(status_class)"),
            QStringLiteral("CREATE INDEX requests_dedup ON requests(dedup_key, time_ms)"),
        };
    }
    if (version == 4) {
        // The workspace filter and per-workspace retention; the rowid in the index keeps id order.
        return {QStringLiteral("CREATE INDEX requests_workspace ON requests(workspace)")};
    }
    if (version == 5) {
        // The bulk job a request was sent by, so the history can show one job's requests.
        return {QStringLiteral("ALTER TABLE requests ADD COLUMN bulk_job TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX requests_bulk_job ON requests(bulk_job) WHERE bulk_job != ''")};
    }
    return {}; // version 3 changes data only
}

QString HistorySchema::probe() const
{
    return QStringLiteral("SELECT id, time_ms, status_class FROM requests ORDER BY id DESC LIMIT 1");
}

Fallible<void> HistorySchema::upgradeTo(QSqlDatabase& database, int version) const
{
    QSqlQuery query(database);
    const QStringList steps = statements(version);
    for (const QString& statement : steps) {
        if (!query.exec(statement)) {
            return failure(query);
        }
    }
    if (version == 2) {
        return fillVersion2Columns(database);
    }
    if (version == 3) {
        return recomputeDedupKeys(database);
    }
    return {};
}

/// Fills the version 2 columns of rows written by version 1 from their request bodies. Their dedup keys are
/// left to version 3, which computes every key the same way.
Fallible<void> HistorySchema::fillVersion2Columns(QSqlDatabase& database)
{
    QSqlQuery rows(database);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, operation, request_body FROM requests"))) {
        return failure(rows);
    }
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE requests SET input_json = ?, new_user_id = ? WHERE id = ?"));
    while (rows.next()) {
        const Operation operation = Operations::fromKey(rows.value(1).toString()).value_or(Operation::Identify);
        const OperationInput input = HistoryEntry::inputFromBody(operation, objectFromText(rows.value(2).toString()));
        update.addBindValue(QString::fromUtf8(QJsonDocument(input.toJson()).toJson(QJsonDocument::Compact)));
        update.addBindValue(HistoryRow::boundText(operation == Operation::Alias ? input.newId : QString()));
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            return failure(update);
        }
    }
    return {};
}

/// Version 2 keyed events by a hash of joined text; EventDedup's key replaces it, computed from the same input
/// the row would be sent again with (its form input, or its request body for rows that have none).
Fallible<void> HistorySchema::recomputeDedupKeys(QSqlDatabase& database)
{
    QSqlQuery rows(database);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, workspace, input_json, request_body FROM requests WHERE operation = ?"));
    rows.addBindValue(Operations::key(Operation::TrackEvent));
    if (!rows.exec()) {
        return failure(rows);
    }
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE requests SET dedup_key = ? WHERE id = ?"));
    while (rows.next()) {
        HistoryEntry entry;
        entry.operation = Operation::TrackEvent;
        entry.input = objectFromText(rows.value(2).toString());
        entry.requestBody = rows.value(3).toString();
        update.addBindValue(HistoryRow::boundText(EventDedup::key(rows.value(1).toString(), entry.operationInput())));
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            return failure(update);
        }
    }
    return {};
}
