#include "core/bulk/BulkOutbox.h"

#include "core/bulk/BulkJobLock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString& json)
{
    QStringList list;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

QJsonObject requestJson(const ApiRequest& request)
{
    return QJsonObject {{QStringLiteral("operation"), Operations::key(request.operation)},
                        {QStringLiteral("method"), QString::fromLatin1(request.method)},
                        {QStringLiteral("path"), request.path},
                        {QStringLiteral("body"), request.body}};
}

ApiRequest requestFromJson(const QString& text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    ApiRequest request;
    request.operation
        = Operations::fromKey(json.value(QStringLiteral("operation")).toString()).value_or(Operation::Heartbeat);
    request.method = json.value(QStringLiteral("method")).toString().toLatin1();
    request.path = json.value(QStringLiteral("path")).toString();
    request.body = json.value(QStringLiteral("body")).toObject();
    return request;
}

// SQLite stores a null QString as NULL, which the NOT NULL text columns refuse.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

template <typename T>
Fallible<T> sqlFailure(const QSqlQuery& query)
{
    return Fallible<T>::failure(query.lastError().text());
}

} // namespace

QString BulkOutbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bulk.sqlite");
}

BulkOutbox::BulkOutbox(const QString& filePath)
    : m_database(HistoryDatabase::Description {filePath, QStringLiteral("vero-bulk"), &m_schema})
{
}

Fallible<void> BulkOutbox::open()
{
    const HistoryDatabase::Opened opened = m_database.open();
    using State = HistoryDatabase::Opened::State;
    if (opened.state == State::Ready)
        return {};
    // A job list held in memory would be lost at exit: a bulk run needs the file or does not start.
    if (opened.state == State::MovedAside)
        return Fallible<void>::failure(tr("The bulk job file %1 could not be used (%2) and was moved to %3; "
                                          "a new one was started.")
                                           .arg(filePath(), opened.reason, opened.movedTo));
    return Fallible<void>::failure(tr("The bulk job file %1 cannot be used: %2").arg(filePath(), opened.reason));
}

QString BulkOutbox::newJobId() const
{
    // Sortable by time, short enough to type, unique enough for one person's machine.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
           + QString::number(QRandomGenerator::global()->bounded(0x1000, 0x10000), 16);
}

Fallible<BulkJob> BulkOutbox::createJob(BulkSource& source,
                                        const QString& workspace,
                                        const QJsonObject& options,
                                        const std::function<void(qint64)>& progress)
{
    QSqlDatabase db = m_database.connection();
    BulkJob job;
    job.id = newJobId();
    job.created = QDateTime::currentDateTimeUtc();
    job.operation = source.mapping().operation();
    job.file = source.path();
    job.workspace = workspace;
    job.state = QStringLiteral("ready");
    job.header = source.mapping().header();
    job.options = options;

    if (!db.transaction())
        return Fallible<BulkJob>::failure(db.lastError().text());
    const auto rollback = [&](const QString& error) {
        db.rollback();
        return Fallible<BulkJob>::failure(tr("Could not write the job to %1: %2").arg(filePath(), error));
    };
    QSqlQuery insertJob(db);
    insertJob.prepare(QStringLiteral("INSERT INTO jobs (id, created_ms, operation, file, workspace, state, header, "
                                     "options) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(job.id),
                                  QVariant(job.created.toMSecsSinceEpoch()),
                                  QVariant(Operations::key(job.operation)),
                                  QVariant(job.file),
                                  QVariant(notNull(job.workspace)),
                                  QVariant(job.state),
                                  QVariant(compactJson(job.header)),
                                  QVariant(compactJson(job.options))})
        insertJob.addBindValue(value);
    if (!insertJob.exec())
        return rollback(insertJob.lastError().text());

    QSqlQuery insertRow(db);
    insertRow.prepare(
        QStringLiteral("INSERT INTO rows (job, seq, line, state, error, request, cells) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    BulkRowBuilder::Row row;
    qint64 seq = 0;
    while (source.next(&row)) {
        ++seq;
        insertRow.bindValue(0, job.id);
        insertRow.bindValue(1, seq);
        insertRow.bindValue(2, row.line);
        insertRow.bindValue(3, int(row.ok() ? RowState::Pending : RowState::Skipped));
        insertRow.bindValue(4, notNull(row.errors.join(QStringLiteral("; "))));
        insertRow.bindValue(5, row.ok() ? compactJson(requestJson(row.request)) : QStringLiteral(""));
        insertRow.bindValue(6, compactJson(row.cells));
        if (!insertRow.exec())
            return rollback(insertRow.lastError().text());
        if (seq % WriteBatchRows == 0) {
            if (!db.commit() || !db.transaction())
                return rollback(db.lastError().text());
            if (progress)
                progress(source.bytesRead());
        }
    }
    if (!source.errorString().isEmpty())
        return rollback(source.errorString());
    if (!db.commit())
        return rollback(db.lastError().text());
    if (auto counted = countRows(&job); !counted)
        return Fallible<BulkJob>::failure(counted.error());
    return job;
}

Fallible<void> BulkOutbox::countRows(BulkJob* job) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, count(*) FROM rows WHERE job = ? GROUP BY state"));
    query.addBindValue(job->id);
    if (!query.exec())
        return Fallible<void>::failure(query.lastError().text());
    job->total = job->pending = job->done = job->rejected = job->failed = job->skipped = 0;
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        job->total += count;
        switch (RowState(query.value(0).toInt())) {
            case RowState::Pending:
            case RowState::InFlight:
                job->pending += count;
                break;
            case RowState::Done:
                job->done += count;
                break;
            case RowState::Rejected:
                job->rejected += count;
                break;
            case RowState::Failed:
                job->failed += count;
                break;
            case RowState::Skipped:
                job->skipped += count;
                break;
        }
    }
    return {};
}

Fallible<QList<BulkJob>> BulkOutbox::jobs() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            // Ties (jobs made within one millisecond) in the order they were made: an id ends in random digits.
            "SELECT id, created_ms, operation, file, workspace, state, header, options FROM jobs ORDER BY created_ms "
            "DESC, rowid DESC")))
        return sqlFailure<QList<BulkJob>>(query);
    QList<BulkJob> list;
    while (query.next()) {
        BulkJob job;
        job.id = query.value(0).toString();
        job.created = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        job.operation = Operations::fromKey(query.value(2).toString()).value_or(Operation::Heartbeat);
        job.file = query.value(3).toString();
        job.workspace = query.value(4).toString();
        job.state = query.value(5).toString();
        job.header = stringList(query.value(6).toString());
        job.options = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        if (auto counted = countRows(&job); !counted)
            return Fallible<QList<BulkJob>>::failure(counted.error());
        list.append(job);
    }
    return list;
}

Fallible<QList<BulkJob>> BulkOutbox::interruptedJobs(const QString& workspace) const
{
    auto all = jobs();
    if (!all)
        return all;
    QList<BulkJob> interrupted;
    for (const BulkJob& job : all.value()) {
        if (job.workspace == workspace && job.hasUnfinishedRows() && job.state != QLatin1String("cancelled")
            && !BulkJobLock::isHeldElsewhere(filePath(), job.id))
            interrupted.append(job);
    }
    return interrupted;
}

Fallible<BulkJob> BulkOutbox::job(const QString& id) const
{
    auto all = jobs();
    if (!all)
        return Fallible<BulkJob>::failure(all.error());
    for (const BulkJob& job : all.value()) {
        if (job.id == id)
            return job;
    }
    return Fallible<BulkJob>::failure(tr("There is no bulk job %1 (veroctl bulk --list shows them).").arg(id));
}

Fallible<void> BulkOutbox::setJobState(const QString& id, const QString& state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE jobs SET state = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(id);
    if (!query.exec())
        return Fallible<void>::failure(query.lastError().text());
    return {};
}

Fallible<QList<BulkOutbox::PendingRow>> BulkOutbox::pendingRows(const QString& id, qint64 afterSeq, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT seq, line, attempts, request FROM rows WHERE job = ? AND state = ? AND seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(id);
    query.addBindValue(int(RowState::Pending));
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlFailure<QList<PendingRow>>(query);
    QList<PendingRow> list;
    while (query.next()) {
        list.append(PendingRow {query.value(0).toLongLong(),
                                query.value(1).toLongLong(),
                                query.value(2).toInt(),
                                requestFromJson(query.value(3).toString())});
    }
    return list;
}

Fallible<int> BulkOutbox::requeueInFlight(const QString& id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE rows SET state = ? WHERE job = ? AND state = ?"));
    query.addBindValue(int(RowState::Pending));
    query.addBindValue(id);
    query.addBindValue(int(RowState::InFlight));
    if (!query.exec())
        return sqlFailure<int>(query);
    return query.numRowsAffected();
}

Fallible<int> BulkOutbox::requeueFailed(const QString& id, bool rejectedToo)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE rows SET state = ?, attempts = 0 WHERE job = ? AND (state = ? OR state = ?)"));
    query.addBindValue(int(RowState::Pending));
    query.addBindValue(id);
    query.addBindValue(int(RowState::Failed));
    query.addBindValue(int(rejectedToo ? RowState::Rejected : RowState::Failed));
    if (!query.exec())
        return sqlFailure<int>(query);
    return query.numRowsAffected();
}

void BulkOutbox::markInFlight(const QString& id, qint64 seq)
{
    m_updates.append(Update {id, seq, RowState::InFlight, -1, 0, {}});
}

void BulkOutbox::recordOutcome(const QString& id,
                               qint64 seq,
                               RowState state,
                               int attempts,
                               int httpStatus,
                               const QString& error)
{
    m_updates.append(Update {id, seq, state, attempts, httpStatus, error});
}

Fallible<void> BulkOutbox::commit()
{
    if (m_updates.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Fallible<void>::failure(db.lastError().text());
    QSqlQuery state(db);
    state.prepare(QStringLiteral("UPDATE rows SET state = ? WHERE job = ? AND seq = ?"));
    QSqlQuery outcome(db);
    outcome.prepare(QStringLiteral(
        "UPDATE rows SET state = ?, attempts = ?, http_status = ?, error = ? WHERE job = ? AND seq = ?"));
    // A row sent and answered since the last commit has its in-flight mark and, later, its outcome here: the
    // outcome sets every column the mark does, in the same transaction, so the mark is not written (half the
    // updates of a bulk run).
    QList<bool> superseded(m_updates.size(), false);
    QSet<std::pair<QString, qint64>> answeredLater;
    for (qsizetype i = m_updates.size() - 1; i >= 0; --i) {
        const Update& update = m_updates.at(i);
        if (update.attempts >= 0)
            answeredLater.insert({update.job, update.seq});
        else
            superseded[i] = answeredLater.contains({update.job, update.seq});
    }
    for (qsizetype i = 0; i < m_updates.size(); ++i) {
        if (superseded.at(i))
            continue;
        const Update& update = m_updates.at(i);
        QSqlQuery& query = update.attempts < 0 ? state : outcome;
        if (update.attempts < 0) {
            query.bindValue(0, int(update.state));
            query.bindValue(1, update.job);
            query.bindValue(2, update.seq);
        } else {
            query.bindValue(0, int(update.state));
            query.bindValue(1, update.attempts);
            query.bindValue(2, update.httpStatus);
            query.bindValue(3, notNull(update.error));
            query.bindValue(4, update.job);
            query.bindValue(5, update.seq);
        }
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            return Fallible<void>::failure(error); // the updates stay buffered for the next try
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Fallible<void>::failure(error);
    }
    m_updates.clear();
    return {};
}

Fallible<QList<BulkOutbox::ResultRow>> BulkOutbox::rows(const QString& id, const QList<RowState>& states) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < states.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT line, state, http_status, attempts, error, cells FROM rows WHERE job = ? "
                                 "AND state IN (%1) ORDER BY seq")
                      .arg(placeholders.join(u',')));
    query.addBindValue(id);
    for (const RowState state : states)
        query.addBindValue(int(state));
    if (!query.exec())
        return sqlFailure<QList<ResultRow>>(query);
    QList<ResultRow> list;
    while (query.next()) {
        list.append(ResultRow {query.value(0).toLongLong(),
                               RowState(query.value(1).toInt()),
                               query.value(2).toInt(),
                               query.value(3).toInt(),
                               query.value(4).toString(),
                               stringList(query.value(5).toString())});
    }
    return list;
}
