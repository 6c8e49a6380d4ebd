#include "core/history/HistoryQuery.h"

#include "core/history/HistoryRow.h"
#include "core/history/HistorySchema.h"

namespace {

using StatusClass = HistoryEntry::StatusClass;

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// One FTS5 phrase: the trigram index finds it anywhere inside the indexed text.
QString phrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool usesIndex(const QString& text, HistoryQuery::TextSearch search)
{
    return search == HistoryQuery::TextSearch::Trigram && text.toUcs4().size() >= HistorySchema::MinIndexedSearch;
}

void addTextTerm(const QString& text, HistoryQuery::TextSearch search, QStringList* terms, QVariantList* values)
{
    if (usesIndex(text, search)) {
        *terms << QStringLiteral("id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(HistorySchema::searchTable());
        *values << phrase(text);
        return;
    }
    QStringList likes;
    for (const QString& column : HistorySchema::searchedColumns()) {
        likes << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        *values << likePattern(text);
    }
    *terms << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QStringLiteral(", "));
}

// "status_class IN (?, ?)" and its values. `column` may carry a unary + that keeps SQLite off the status index.
void addStatusTerm(const QString& column, const QList<StatusClass>& classes, QStringList* terms, QVariantList* values)
{
    if (classes.size() == 1) {
        *terms << column + QStringLiteral(" = ?");
    } else {
        *terms << column + QStringLiteral(" IN (") + placeholders(classes.size()) + QLatin1Char(')');
    }
    for (StatusClass statusClass : classes) {
        *values << int(statusClass);
    }
}

// "+workspace = ?" when a workspace is given: the user id indexes find a user's few rows faster.
void addWorkspaceTerm(const std::optional<QString>& workspace, QStringList* terms, QVariantList* values)
{
    if (workspace) {
        *terms << QStringLiteral("+workspace = ?");
        *values << HistoryRow::boundText(*workspace);
    }
}

QString whereClause(const HistoryQuery::Statement& terms)
{
    return terms.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.sql;
}

QString select(bool withBodies)
{
    return QStringLiteral("SELECT ") + HistoryRow::selectList(withBodies) + QStringLiteral(" FROM ")
           + HistoryRow::table();
}

} // namespace

QList<HistoryEntry::StatusClass> HistoryQuery::statusClasses(StatusFilter status)
{
    switch (status) {
        case StatusFilter::Any:
            return {};
        case StatusFilter::Success:
            return {StatusClass::Success};
        case StatusFilter::Rejected:
            return {StatusClass::Rejected};
        case StatusFilter::Failed:
            return {StatusClass::Failed, StatusClass::NotSent};
        case StatusFilter::Pending:
            return {StatusClass::Pending};
        case StatusFilter::Unknown:
            return {StatusClass::Unknown};
        case StatusFilter::Cancelled:
            return {StatusClass::Cancelled};
    }
    return {};
}

HistoryQuery::Statement HistoryQuery::condition(const Filter& filter, TextSearch search)
{
    QStringList terms;
    QVariantList values;
    const QString user = filter.user.trimmed();
    if (!user.isEmpty()) {
        QStringList names {QStringLiteral("user_id = ? OR new_user_id = ? OR email = ? COLLATE NOCASE")};
        values << user << user << user;
        for (const QString& other : filter.alsoUser) {
            names << names.constFirst();
            values << other << other << other;
        }
        terms << QLatin1Char('(') + names.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.operation) {
        terms << QStringLiteral("operation = ?");
        values << Operations::key(*filter.operation);
    }
    const QList<StatusClass> classes = statusClasses(filter.status);
    if (!classes.isEmpty()) {
        addStatusTerm(QStringLiteral("status_class"), classes, &terms, &values);
    }
    if (filter.workspace) {
        terms << QStringLiteral("workspace = ?");
        values << HistoryRow::boundText(*filter.workspace);
    }
    if (!filter.bulkJob.isEmpty()) {
        terms << QStringLiteral("bulk_job = ?");
        values << filter.bulkJob.trimmed();
    }
    if (filter.from.isValid()) {
        terms << QStringLiteral("time_ms >= ?");
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("time_ms < ?");
        values << filter.to.toMSecsSinceEpoch();
    }
    if (filter.throughId > 0) {
        terms << QStringLiteral("id <= ?");
        values << filter.throughId;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        addTextTerm(text, search, &terms, &values);
    }
    return {terms.join(QStringLiteral(" AND ")), values};
}

HistoryQuery::Statement HistoryQuery::rows(const Filter& filter, const Page& page, TextSearch search)
{
    const QString text = filter.text.trimmed();
    if (usesIndex(text, search)) {
        return indexedRows(filter, page);
    }
    Statement where = condition(filter, search);
    const bool descending = page.order == Qt::DescendingOrder;
    if (page.after > 0) {
        where.sql += (where.sql.isEmpty() ? QString() : QStringLiteral(" AND "))
                     + (descending ? QStringLiteral("id < ?") : QStringLiteral("id > ?"));
        where.values << page.after;
    }
    Statement statement {select(page.withBodies), where.values};
    if (!where.sql.isEmpty()) {
        statement.sql += QStringLiteral(" WHERE ") + where.sql;
    }
    statement.sql += descending ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id ASC");
    if (page.limit > 0) {
        statement.sql += QStringLiteral(" LIMIT ?");
        statement.values << page.limit;
    }
    return statement;
}

/// A page of a free-text search through the index. The index drives: it hands out its matches in id order (the
/// table's rowid is the index's), so a page of a text found in most rows reads one page of them, not all.
HistoryQuery::Statement HistoryQuery::indexedRows(const Filter& filter, const Page& page)
{
    Filter others = filter;
    others.text.clear();
    const Statement where = condition(others);
    const QString table = HistorySchema::searchTable();
    const bool descending = page.order == Qt::DescendingOrder;
    Statement statement {QStringLiteral("SELECT %1 FROM %2 CROSS JOIN %3 ON %3.id = %2.rowid WHERE %2 MATCH ?")
                             .arg(HistoryRow::selectList(page.withBodies), table, HistoryRow::table()),
                         {phrase(filter.text.trimmed())}};
    if (!where.sql.isEmpty()) {
        statement.sql += QStringLiteral(" AND ") + where.sql;
        statement.values += where.values;
    }
    if (page.after > 0) {
        statement.sql
            += QStringLiteral(" AND %1.rowid %2 ?").arg(table, descending ? QStringLiteral("<") : QStringLiteral(">"));
        statement.values << page.after;
    }
    statement.sql += QStringLiteral(" ORDER BY %1.rowid %2")
                         .arg(table, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (page.limit > 0) {
        statement.sql += QStringLiteral(" LIMIT ?");
        statement.values << page.limit;
    }
    return statement;
}

HistoryQuery::Statement HistoryQuery::count(const Filter& filter, TextSearch search)
{
    const Statement where = condition(filter, search);
    return {QStringLiteral("SELECT count(*) FROM ") + HistoryRow::table()
                + (where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql),
            where.values};
}

HistoryQuery::Statement HistoryQuery::entry(qint64 id)
{
    return {select(true) + QStringLiteral(" WHERE id = ?"), {id}};
}

HistoryQuery::Statement HistoryQuery::aliasSources(const QString& newId, const std::optional<QString>& workspace)
{
    // The unary + keeps SQLite on the new_user_id index: most rows are successes, so the status_class index
    // would mean reading most of the table.
    QStringList terms {QStringLiteral("new_user_id = ?"), QStringLiteral("+operation = ?")};
    QVariantList values {newId, Operations::key(Operation::Alias)};
    addWorkspaceTerm(workspace, &terms, &values);
    addStatusTerm(QStringLiteral("+status_class"), {StatusClass::Success}, &terms, &values);
    return {QStringLiteral("SELECT user_id FROM ") + HistoryRow::table() + QStringLiteral(" WHERE ")
                + terms.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY id"),
            values};
}

HistoryQuery::Statement HistoryQuery::acceptedRowsOf(const QStringList& userIds,
                                                     const std::optional<QString>& workspace)
{
    const QString marks = placeholders(userIds.size());
    QStringList terms {QStringLiteral("(user_id IN (%1) OR new_user_id IN (%1))").arg(marks)};
    QVariantList values;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString& id : userIds) {
            values << id;
        }
    }
    addWorkspaceTerm(workspace, &terms, &values);
    addStatusTerm(QStringLiteral("+status_class"), {StatusClass::Success}, &terms, &values);
    return {select(true) + QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "))
                + QStringLiteral(" ORDER BY id"),
            values};
}

HistoryQuery::Statement HistoryQuery::recentEvent(const QString& key, const QDateTime& from, const QDateTime& to)
{
    // Rejected events never reached the dedup stage, and failed ones (a refused connection, an unknown host, a
    // server error) were not taken in; pending, cancelled and unanswered ones may have been.
    QStringList terms {QStringLiteral("dedup_key = ?"), QStringLiteral("time_ms >= ?"), QStringLiteral("time_ms <= ?")};
    QVariantList values {key, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    addStatusTerm(QStringLiteral("+status_class"),
                  {StatusClass::Pending, StatusClass::Success, StatusClass::Cancelled, StatusClass::Unknown},
                  &terms,
                  &values);
    return {select(true) + QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "))
                + QStringLiteral(" ORDER BY time_ms DESC LIMIT 1"),
            values};
}

HistoryQuery::Statement HistoryQuery::workspaces()
{
    // A skip scan: each step seeks the next name in the workspace index, so a million rows of a few workspaces
    // cost a few lookups (SELECT DISTINCT reads the whole index: 0.1 s at a million rows, on every start).
    return {QStringLiteral("WITH RECURSIVE names(name) AS (SELECT min(workspace) FROM %1 UNION ALL SELECT (SELECT "
                           "min(workspace) FROM %1 WHERE workspace > names.name) FROM names WHERE names.name IS NOT "
                           "NULL) SELECT name FROM names WHERE name IS NOT NULL")
                .arg(HistoryRow::table()),
            {}};
}

HistoryQuery::Statement HistoryQuery::bulkJobs(int limit)
{
    return {QStringLiteral("SELECT bulk_job FROM ") + HistoryRow::table()
                + QStringLiteral(" WHERE bulk_job != '' GROUP BY bulk_job ORDER BY max(id) DESC LIMIT ?"),
            {limit}};
}

HistoryQuery::Statement HistoryQuery::newest(const Filter& filter)
{
    const Statement terms = condition(filter);
    return {QStringLiteral("SELECT id, time_ms FROM ") + HistoryRow::table() + whereClause(terms)
                + QStringLiteral(" ORDER BY id DESC LIMIT 1"),
            terms.values};
}

HistoryQuery::Statement HistoryQuery::summary(const Filter& filter)
{
    const Statement terms = condition(filter);
    QVariantList values {Operations::key(Operation::Delete), int(StatusClass::Success)};
    values += terms.values;
    return {QStringLiteral("SELECT count(*), min(time_ms), max(time_ms), max(id), "
                           "coalesce(sum(operation = ? AND status_class = ?), 0) FROM ")
                + HistoryRow::table() + whereClause(terms),
            values};
}

HistoryQuery::Statement HistoryQuery::unrecreatedDeletion(const QString& workspace, const QString& userId)
{
    // The user id index finds the user's rows; the rest are checked on those few rows only.
    const QString sql = select(true)
                        + QStringLiteral(" AS deletion WHERE user_id = ? AND +workspace = ? AND +operation = ? AND "
                                         "+status_class = ? AND NOT EXISTS (SELECT 1 FROM %1 AS later WHERE "
                                         "later.user_id = deletion.user_id AND +later.workspace = deletion.workspace "
                                         "AND +later.operation = ? AND +later.status_class = ? AND later.id > "
                                         "deletion.id) ORDER BY id DESC LIMIT 1")
                              .arg(HistoryRow::table());
    return {sql,
            {userId,
             HistoryRow::boundText(workspace),
             Operations::key(Operation::Delete),
             int(StatusClass::Success),
             Operations::key(Operation::Identify),
             int(StatusClass::Success)}};
}

HistoryQuery::Statement HistoryQuery::explained(const Statement& statement)
{
    return {QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.values};
}
