#include "core/history/HistoryBatchInsert.h"

#include "core/api/EventDedup.h"
#include "core/history/HistoryRow.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace {

struct Staging
{
    QString create;
    QString stage;
    QString move;
    QString clear;
};

const Staging& staging()
{
    static const Staging statements = [] {
        const QStringList names = HistoryRow::insertColumns();
        const QString columns = names.join(QStringLiteral(", "));
        const QString table = HistoryRow::table();
        Staging made;
        made.create = QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS history_staging AS SELECT %1 FROM %2 WHERE 0")
                          .arg(columns, table);
        made.stage = QStringLiteral("INSERT INTO temp.history_staging (%1) VALUES (%2)")
                         .arg(columns, QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        made.move
            = QStringLiteral("INSERT INTO %2 (%1) SELECT %1 FROM temp.history_staging ORDER BY rowid RETURNING id")
                  .arg(columns, table);
        made.clear = QStringLiteral("DELETE FROM temp.history_staging");
        return made;
    }();
    return statements;
}

} // namespace

void HistoryBatchInsert::bind(QSqlQuery& query, HistoryEntry entry)
{
    entry.redact();
    entry.dedupKey = EventDedup::key(entry.workspace, entry.operationInput());
    const QVariantList values = HistoryRow::insertValues(entry);
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
}

HistoryBatchInsert::Written HistoryBatchInsert::write(QSqlDatabase db, const QList<HistoryEntry>& entries)
{
    Written written;
    if (!db.transaction()) {
        written.error = db.lastError();
        return written;
    }
    const auto fail = [&](const QSqlError& error) {
        db.rollback(); // the staged rows go with it
        written.ids.clear();
        written.error = error;
        return written;
    };
    QSqlQuery query(db);
    if (!query.exec(staging().create) || !query.prepare(staging().stage)) {
        return fail(query.lastError());
    }
    for (const HistoryEntry& entry : entries) {
        bind(query, entry);
        if (!query.exec()) {
            return fail(query.lastError());
        }
    }
    QSqlQuery move(db);
    if (!move.exec(staging().move)) {
        return fail(move.lastError());
    }
    written.ids.reserve(entries.size());
    while (move.next()) {
        written.ids.append(move.value(0).toLongLong());
    }
    // Ids are handed out in the rows' order; RETURNING may list them in another.
    std::sort(written.ids.begin(), written.ids.end());
    move.finish();
    if (written.ids.size() != entries.size() || !query.exec(staging().clear)) {
        return fail(query.lastError());
    }
    if (!db.commit()) {
        return fail(db.lastError());
    }
    return written;
}
