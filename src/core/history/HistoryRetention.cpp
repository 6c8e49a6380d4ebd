#include "core/history/HistoryRetention.h"

#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

#include <algorithm>

namespace {

// The first row `statement` returns, one value per column; an empty list when it returns none.
Fallible<QVariantList> firstRow(const QSqlDatabase& database, const HistoryQuery::Statement& statement)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql)) {
        return Fallible<QVariantList>::failure(query.lastError().text());
    }
    for (const QVariant& value : statement.values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Fallible<QVariantList>::failure(query.lastError().text());
    }
    QVariantList row;
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            row << query.value(i);
        }
    }
    return row;
}

QDateTime timeOf(const QVariant& milliseconds)
{
    return milliseconds.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(milliseconds.toLongLong(), Qt::UTC);
}

QString workspaceLabel(const QString& name)
{
    return name.isEmpty() ? QCoreApplication::translate("HistoryRetention", "no recorded workspace") : name;
}

} // namespace

qint64 HistoryRetention::Plan::rows() const
{
    qint64 total = 0;
    for (const Part& part : parts) {
        total += part.rows;
    }
    return total;
}

qint64 HistoryRetention::Plan::deletions() const
{
    qint64 total = 0;
    for (const Part& part : parts) {
        total += part.deletions;
    }
    return total;
}

QList<HistoryQuery::Filter> HistoryRetention::Plan::filters() const
{
    QList<HistoryQuery::Filter> list;
    for (const Part& part : parts) {
        list << part.filter;
    }
    return list;
}

QString HistoryRetention::Plan::summary() const
{
    const QLocale locale;
    const auto day
        = [&locale](const QDateTime& time) { return locale.toString(time.toLocalTime().date(), QLocale::ShortFormat); };
    QStringList lines;
    for (const Part& part : parts) {
        const QString dates
            = day(part.oldest) == day(part.newest)
                  ? day(part.oldest)
                  : QCoreApplication::translate("HistoryRetention", "%1 to %2").arg(day(part.oldest), day(part.newest));
        // The count is computed first: lupdate 6.4 hangs on a template argument list inside translate()'s arguments.
        const int partRows = int(qMin<qint64>(part.rows, INT_MAX));
        lines << QCoreApplication::translate("HistoryRetention", "%n from %1 (%2)", nullptr, partRows)
                     .arg(workspaceLabel(part.workspace), dates);
    }
    const int allRows = int(qMin<qint64>(rows(), INT_MAX));
    return QCoreApplication::translate("HistoryRetention", "%n request(s) now: %1", nullptr, allRows)
        .arg(lines.join(QStringLiteral("; ")));
}

HistoryRetention::HistoryRetention(const HistoryDatabase* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

Fallible<HistoryRetention::Plan> HistoryRetention::plan(const Policy& policy, Ages ages, const QDateTime& now) const
{
    Plan plan;
    plan.policy = policy;
    if (policy.mode == Policy::Mode::KeepAll) {
        return plan;
    }
    QSqlQuery names(m_database->connection());
    names.setForwardOnly(true);
    if (!names.exec(HistoryQuery::workspaces().sql)) {
        return Fallible<Plan>::failure(names.lastError().text());
    }
    QStringList workspaces;
    while (names.next()) {
        workspaces << names.value(0).toString();
    }
    for (const QString& workspace : std::as_const(workspaces)) {
        const Fallible<Plan::Part> part = planPart(policy, workspace, ages, now);
        if (!part) {
            return Fallible<Plan>::failure(part.error());
        }
        if (part->rows > 0) {
            plan.parts << *part;
        }
    }
    return plan;
}

/// The rows of `workspace` that `policy` removes, bounded by the newest of them so that later rows never match.
Fallible<HistoryRetention::Plan::Part>
HistoryRetention::planPart(const Policy& policy, const QString& workspace, Ages ages, const QDateTime& now) const
{
    const QSqlDatabase database = m_database->connection();
    Plan::Part part;
    part.workspace = workspace;
    HistoryQuery::Filter filter;
    filter.workspace = workspace;
    if (policy.mode == Policy::Mode::Days) {
        QDateTime from = now;
        if (ages == Ages::FromNewestRequest) {
            const Fallible<QVariantList> newest = firstRow(database, HistoryQuery::newest(filter));
            if (!newest) {
                return Fallible<Plan::Part>::failure(newest.error());
            }
            const QDateTime newestTime = timeOf(newest->value(1));
            if (newestTime.isValid() && newestTime < from) {
                from = newestTime;
            }
        }
        filter.to = from.addDays(-qMax(0, policy.value));
    } else {
        // Everything up to the N-th newest row of this workspace.
        const HistoryQuery::Statement boundary {
            QStringLiteral("SELECT id FROM %1 WHERE workspace = ? ORDER BY id DESC LIMIT 1 OFFSET ?")
                .arg(HistoryRow::table()),
            {HistoryRow::boundText(workspace), qMax(0, policy.value)}};
        const Fallible<QVariantList> newestToDrop = firstRow(database, boundary);
        if (!newestToDrop) {
            return Fallible<Plan::Part>::failure(newestToDrop.error());
        }
        if (newestToDrop->isEmpty()) {
            return part;
        }
        filter.throughId = newestToDrop->first().toLongLong();
    }
    const Fallible<QVariantList> summary = firstRow(database, HistoryQuery::summary(filter));
    if (!summary) {
        return Fallible<Plan::Part>::failure(summary.error());
    }
    part.rows = summary->value(0).toLongLong();
    if (part.rows == 0) {
        return part;
    }
    part.oldest = timeOf(summary->value(1));
    part.newest = timeOf(summary->value(2));
    filter.throughId = summary->value(3).toLongLong();
    part.deletions = summary->value(4).toLongLong();
    part.filter = filter;
    return part;
}

Fallible<qint64> HistoryRetention::deleteBatch(const HistoryQuery::Filter& filter, int batchSize)
{
    const HistoryQuery::Statement condition = HistoryQuery::condition(filter);
    if (condition.sql.isEmpty() || filter.throughId <= 0) {
        return qint64(0); // a part is always bounded: an unbounded filter here would be a bug, never "everything"
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE %2 ORDER BY id LIMIT ?)")
                      .arg(HistoryRow::table(), condition.sql));
    for (const QVariant& value : condition.values) {
        query.addBindValue(value);
    }
    query.addBindValue(batchSize);
    if (!query.exec()) {
        return Fallible<qint64>::failure(query.lastError().text());
    }
    return qint64(query.numRowsAffected());
}

Fallible<qint64> HistoryRetention::apply(const Plan& plan, int batchSize)
{
    const int rows = qMax(1, batchSize);
    qint64 removed = 0;
    for (const Plan::Part& part : plan.parts) {
        for (;;) {
            const Fallible<qint64> batch = deleteBatch(part.filter, rows);
            if (!batch) {
                return batch;
            }
            removed += *batch;
            if (*batch < rows) {
                break;
            }
        }
    }
    return removed;
}

Fallible<qint64> HistoryRetention::apply(const Policy& policy, int batchSize)
{
    const Fallible<Plan> planned = plan(policy);
    if (!planned) {
        return Fallible<qint64>::failure(planned.error());
    }
    return apply(*planned, batchSize);
}

void HistoryRetention::applyInBackground(const Plan& plan, int batchSize)
{
    m_backgroundPlan = plan;
    m_backgroundPart = 0;
    m_backgroundBatch = qMax(1, batchSize);
    if (m_running) {
        return; // the running pass goes on with the new plan at its next batch
    }
    m_running = true;
    m_backgroundRemoved = 0;
    QTimer::singleShot(0, this, &HistoryRetention::continueInBackground);
}

void HistoryRetention::applyInBackground(const Policy& policy, int batchSize)
{
    const Fallible<Plan> planned = plan(policy);
    if (!planned) {
        // From the event loop, as a background pass would have ended.
        QTimer::singleShot(0, this, [this, error = planned.error()] { emit finished(0, error); });
        return;
    }
    applyInBackground(*planned, batchSize);
}

void HistoryRetention::continueInBackground()
{
    Fallible<qint64> batch = qint64(0);
    while (m_backgroundPart < m_backgroundPlan.parts.size()) {
        batch = deleteBatch(m_backgroundPlan.parts.at(m_backgroundPart).filter, m_backgroundBatch);
        if (!batch) {
            break;
        }
        m_backgroundRemoved += *batch;
        if (*batch >= m_backgroundBatch) {
            // This part may have more: one batch per turn of the event loop.
            QTimer::singleShot(0, this, &HistoryRetention::continueInBackground);
            return;
        }
        ++m_backgroundPart;
        if (*batch > 0 && m_backgroundPart < m_backgroundPlan.parts.size()) {
            QTimer::singleShot(0, this, &HistoryRetention::continueInBackground);
            return;
        }
    }
    m_running = false;
    m_backgroundPlan = Plan();
    emit finished(m_backgroundRemoved, batch.error());
}
