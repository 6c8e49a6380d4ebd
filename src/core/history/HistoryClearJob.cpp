#include "core/history/HistoryClearJob.h"

#include "core/history/HistoryDatabase.h"
#include "core/history/HistorySchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

HistoryClearJob::HistoryClearJob(QObject* parent)
    : QObject(parent)
{
}

HistoryClearJob::~HistoryClearJob()
{
    if (m_thread) {
        m_thread->wait();
    }
}

HistoryClearJob::Outcome HistoryClearJob::run(QSqlDatabase& database)
{
    Outcome outcome;
    const Fallible<qint64> removed = HistorySchema::removeAllRows(database);
    if (!removed) {
        outcome.removeError = removed.error();
        return outcome;
    }
    outcome.removed = *removed;
    QSqlQuery query(database);
    // Rebuild the file and empty the WAL, so cleared requests are gone from the disk too. A checkpoint that
    // another connection's open read blocks does not fail: it answers busy = 1 in its first column.
    if (!query.exec(QStringLiteral("VACUUM"))) {
        outcome.compactError = query.lastError().text();
    } else if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
        outcome.compactError = query.lastError().text();
    } else if (query.value(0).toInt() != 0) {
        outcome.compactBusy = true;
    }
    query.finish();
    return outcome;
}

void HistoryClearJob::start(const QString& filePath, const QStringList& statements)
{
    Q_ASSERT(!m_thread);
    static std::atomic<int> counter {0};
    const QString connectionName = QStringLiteral("vero-history-clear-%1").arg(++counter);
    m_thread = QThread::create([this, filePath, statements, connectionName] {
        Outcome outcome;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            database.setDatabaseName(filePath);
            database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(HistoryDatabase::BusyTimeoutMs));
            if (!database.open()) {
                outcome.removeError = database.lastError().text();
            } else {
                QSqlQuery setUp(database);
                for (const QString& statement : statements) {
                    if (!setUp.exec(statement)) {
                        outcome.removeError = setUp.lastError().text();
                        break;
                    }
                }
                setUp.finish();
                if (outcome.removeError.isEmpty()) {
                    outcome = run(database);
                }
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        m_outcome = outcome;
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(m_outcome);
    });
    m_thread->start();
}
