#include "core/history/HistoryRetention.h"

#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRow.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

HistoryRetention::HistoryRetention(const HistoryDatabase* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

/// Deletes up to `batchSize` rows the policy does not keep, oldest first. Returns how many went.
Fallible<qint64> HistoryRetention::deleteBatch(const Policy& policy, int batchSize)
{
    const QString table = HistoryRow::table();
    QSqlQuery query(m_database->connection());
    if (policy.mode == Policy::Mode::Days) {
        const qint64 cut = QDateTime::currentDateTimeUtc().addDays(-qMax(0, policy.value)).toMSecsSinceEpoch();
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE time_ms < ? ORDER BY "
                                     "time_ms LIMIT ?)")
                          .arg(table));
        query.addBindValue(cut);
        query.addBindValue(batchSize);
    } else if (policy.mode == Policy::Mode::Rows) {
        // Everything older than the N-th newest row.
        QSqlQuery boundary(m_database->connection());
        boundary.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id DESC LIMIT 1 OFFSET ?").arg(table));
        boundary.addBindValue(qMax(0, policy.value));
        if (!boundary.exec()) {
            return Fallible<qint64>::failure(boundary.lastError().text());
        }
        if (!boundary.next()) {
            return qint64(0);
        }
        const qint64 newestToDrop = boundary.value(0).toLongLong();
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE id <= ? ORDER BY id LIMIT ?)")
                          .arg(table));
        query.addBindValue(newestToDrop);
        query.addBindValue(batchSize);
    } else {
        return qint64(0);
    }
    if (!query.exec()) {
        return Fallible<qint64>::failure(query.lastError().text());
    }
    return qint64(query.numRowsAffected());
}

Fallible<qint64> HistoryRetention::apply(const Policy& policy, int batchSize)
{
    const int rows = qMax(1, batchSize);
    qint64 removed = 0;
    for (;;) {
        const Fallible<qint64> batch = deleteBatch(policy, rows);
        if (!batch) {
            return batch;
        }
        removed += *batch;
        if (*batch < rows) {
            return removed;
        }
    }
}

void HistoryRetention::applyInBackground(const Policy& policy, int batchSize)
{
    m_backgroundPolicy = policy;
    m_backgroundBatch = qMax(1, batchSize);
    if (m_running) {
        return; // the running pass picks up the new policy at its next batch
    }
    m_running = true;
    m_backgroundRemoved = 0;
    QTimer::singleShot(0, this, &HistoryRetention::continueInBackground);
}

void HistoryRetention::continueInBackground()
{
    const Fallible<qint64> batch = deleteBatch(m_backgroundPolicy, m_backgroundBatch);
    if (batch && *batch >= m_backgroundBatch) {
        m_backgroundRemoved += *batch;
        QTimer::singleShot(0, this, &HistoryRetention::continueInBackground);
        return;
    }
    m_running = false;
    m_backgroundRemoved += batch.valueOr(0);
    emit finished(m_backgroundRemoved, batch.error());
}
