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

// The text the index holds for one row: `row` is "new" or "old" inside a trigger, empty in a plain SELECT.
QString searchText(const QString& row)
{
    QStringList columns;
    for (const QString& column : HistorySchema::searchedColumns()) {
        columns << (row.isEmpty() ? column : QString(row + QLatin1Char('.') + column));
    }
    return columns.join(QStringLiteral(" || char(1) || "));
}

QString indexRow(const QString& row)
{
    return QStringLiteral("INSERT INTO %1(rowid, text) VALUES (%2.id, %3);")
        .arg(HistorySchema::searchTable(), row, searchText(row));
}

// A contentless table forgets a row only when told its rowid and the exact text it was given.
QString forgetRow(const QString& row)
{
    return QStringLiteral("INSERT INTO %1(%1, rowid, text) VALUES ('delete', %2.id, %3);")
        .arg(HistorySchema::searchTable(), row, searchText(row));
}

QString deleteTrigger()
{
    return QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON requests BEGIN %2 END")
        .arg(HistorySchema::searchTable(), forgetRow(QStringLiteral("old")));
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
    if (version == 6) {
        const QString table = searchTable();
        return {QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(text, content='', tokenize='trigram')").arg(table),
                QStringLiteral("INSERT INTO %1(rowid, text) SELECT id, %2 FROM requests").arg(table, searchText({})),
                QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON requests BEGIN %2 END")
                    .arg(table, indexRow(QStringLiteral("new"))),
                deleteTrigger(),
                QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF id, %2 ON requests BEGIN %3 %4 END")
                    .arg(table,
                         searchedColumns().join(QStringLiteral(", ")),
                         forgetRow(QStringLiteral("old")),
                         indexRow(QStringLiteral("new")))};
    }
    if (version == 7) {
        // The headers sent and received, for the detail view. Adding a column rewrites nothing: instant at any size.
        return {QStringLiteral("ALTER TABLE requests ADD COLUMN request_headers TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE requests ADD COLUMN response_headers TEXT NOT NULL DEFAULT ''")};
    }
    return {}; // version 3 changes data only
}

QStringList HistorySchema::searchedColumns()
{
    return {QStringLiteral("user_id"),
            QStringLiteral("new_user_id"),
            QStringLiteral("email"),
            QStringLiteral("event_name"),
            QStringLiteral("message"),
            QStringLiteral("network_error"),
            QStringLiteral("url"),
            QStringLiteral("request_body"),
            QStringLiteral("response_body"),
            QStringLiteral("workspace"),
            QStringLiteral("operator"),
            QStringLiteral("bulk_job")};
}

Fallible<qint64> HistorySchema::removeAllRows(QSqlDatabase& database)
{
    const bool indexed = hasSearchIndex(database);
    if (!database.transaction()) {
        return Fallible<qint64>::failure(database.lastError().text());
    }
    QSqlQuery query(database);
    const auto fail = [&] {
        const QString error = query.lastError().text();
        query.finish();
        database.rollback();
        return Fallible<qint64>::failure(error);
    };
    const QString table = searchTable();
    if (indexed && !query.exec(QStringLiteral("DROP TRIGGER %1_delete").arg(table))) {
        return fail();
    }
    if (!query.exec(QStringLiteral("DELETE FROM requests"))) {
        return fail();
    }
    const qint64 removed = query.numRowsAffected();
    if (indexed
        && (!query.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('delete-all')").arg(table))
            || !query.exec(deleteTrigger()))) {
        return fail();
    }
    query.finish();
    if (!database.commit()) {
        const QString error = database.lastError().text();
        database.rollback();
        return Fallible<qint64>::failure(error);
    }
    return removed;
}

bool HistorySchema::hasTrigramSearch(QSqlDatabase& database)
{
    QSqlQuery query(database);
    const bool ok = query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.vero_trigram_probe USING fts5(text, "
                                              "tokenize='trigram')"));
    if (ok) {
        (void)query.exec(QStringLiteral("DROP TABLE temp.vero_trigram_probe"));
    }
    return ok;
}

bool HistorySchema::hasSearchIndex(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(searchTable());
    return query.exec() && query.next();
}

QString HistorySchema::probe() const
{
    return QStringLiteral("SELECT id, time_ms, status_class FROM requests ORDER BY id DESC LIMIT 1");
}

Fallible<void> HistorySchema::upgradeTo(QSqlDatabase& database, int version) const
{
    if (version == 6) {
        return hasTrigramSearch(database) ? createSearchIndex(database) : Fallible<void>();
    }
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

/// The trigram index of every row there is, and the triggers that keep it in step with the table.
Fallible<void> HistorySchema::createSearchIndex(QSqlDatabase& database)
{
    QSqlQuery query(database);
    for (const QString& statement : statements(6)) {
        if (!query.exec(statement)) {
            return failure(query);
        }
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
