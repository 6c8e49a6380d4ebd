#include "core/history/HistoryStore.h"

#include "core/api/EventDedup.h"
#include "core/history/HistoryBatchInsert.h"
#include "core/history/HistoryClearJob.h"
#include "core/history/HistoryDamageRecovery.h"
#include "core/history/HistoryNotice.h"
#include "core/history/HistoryRow.h"
#include "core/history/HistorySchema.h"
#include "core/history/HistoryWatcher.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

namespace {

const HistorySchema& historySchema()
{
    static const HistorySchema schema;
    return schema;
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
}

std::optional<HistoryEntry> firstOf(const QList<HistoryEntry>& entries)
{
    return entries.isEmpty() ? std::nullopt : std::optional<HistoryEntry>(entries.first());
}

} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : HistoryStore(defaultFilePath(), parent)
{
}

HistoryStore::HistoryStore(const QString& filePath, QObject* parent)
    : HistoryStore(filePath, Access::ReadWrite, parent)
{
}

HistoryStore::HistoryStore(const QString& filePath, Access access, QObject* parent)
    : QObject(parent)
    , m_database({filePath, QStringLiteral("vero-history"), &historySchema(), access == Access::ReadOnly, {}})
    , m_retention(new HistoryRetention(&m_database, this))
    , m_damageRecovery(new HistoryDamageRecovery(&m_database, this))
    , m_clearJob(new HistoryClearJob(this))
{
    connect(m_clearJob, &HistoryClearJob::finished, this, &HistoryStore::finishClear);
    m_database.setLongMigrationObserver([this] { emit longMigrationStarting(); });
    connect(m_damageRecovery, &HistoryDamageRecovery::replaced, this, [this](const HistoryDatabase::Opened& opened) {
        if (opened.state != HistoryDatabase::Opened::State::Ready) {
            announce(opened);
        }
        emit contentsReset();
    });
    connect(m_retention, &HistoryRetention::finished, this, [this](qint64 removed, const QString& error) {
        if (!error.isEmpty()) {
            reportWriteFailure(tr("Retention"), error);
        }
        if (removed > 0) {
            emit contentsReset();
        }
        emit retentionApplied(error.isEmpty() ? removed : -1);
    });
}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

void HistoryStore::setConnectionStatements(const QStringList& statements)
{
    m_database.setConnectionStatements(statements);
}

bool HistoryStore::open()
{
    m_lastError.clear();
    m_damageRecovery->forgetNotedDamage();
    const HistoryDatabase::Opened opened = m_database.open();
    m_retryFile = opened.mayPass();
    m_notice.clear();
    if (opened.state != HistoryDatabase::Opened::State::Ready) {
        announce(opened);
    }
    return opened.isPersistent();
}

void HistoryStore::announce(const HistoryDatabase::Opened& opened)
{
    m_notice = isReadOnly() ? HistoryNotice::describeUnreadable(opened, filePath())
                            : HistoryNotice::describe(opened, filePath());
    if (!opened.movedTo.isEmpty()) {
        m_movedAside = opened.movedTo;
        emit movedAside(m_movedAside);
    }
    emit recovered(m_notice);
}

/// While history is in memory for a reason that may pass, each insert tries the file again; when it opens,
/// the rows kept in memory are written to it. Not while a request is under way: its pending row must be
/// completed where it was written.
void HistoryStore::retryFile()
{
    Filter pending;
    pending.status = StatusFilter::Pending;
    if (!m_retryFile || readCount(pending).valueOr(1) > 0) {
        return;
    }
    Page all;
    all.limit = 0;
    all.order = Qt::AscendingOrder;
    all.withBodies = true;
    const QList<HistoryEntry> kept = readPage(Filter(), all).valueOr({});
    const HistoryDatabase::Opened opened = m_database.open();
    m_retryFile = opened.mayPass();
    // Into the file, or back into memory when the file still cannot be used.
    const qint64 written = kept.isEmpty() ? 0 : insertMany(kept);
    if (opened.isPersistent()) {
        if (opened.state != HistoryDatabase::Opened::State::Ready) {
            announce(opened);
        }
        m_notice = tr("The history file %1 works again and is used from now on; %n request(s) kept in memory "
                      "meanwhile were written to it.",
                      nullptr,
                      int(written))
                       .arg(QDir::toNativeSeparators(filePath()));
        if (written < kept.size()) {
            m_notice += QLatin1Char(' ')
                        + tr("%n request(s) kept in memory could not be written and are lost.",
                             nullptr,
                             int(kept.size() - written));
        }
        emit recovered(m_notice);
    }
    emit contentsReset();
}

QString HistoryStore::readFailure(const QSqlError& error) const
{
    m_damageRecovery->noteReadFailure(error);
    return tr("The history file %1 could not be read: %2").arg(QDir::toNativeSeparators(filePath()), error.text());
}

void HistoryStore::reportWriteFailure(const QString& what, const QString& error)
{
    ++m_unwritten;
    m_lastError = tr("%1 could not be written to the history file %2: %3")
                      .arg(what, QDir::toNativeSeparators(filePath()), error);
    emit writeFailed(m_lastError);
}

/// A write that failed on a sound file: says why in words, and that the row is not kept.
void HistoryStore::reportWriteFailure(const QString& what, const QSqlError& error)
{
    const QString cause = HistoryNotice::cause(HistoryDatabase::problemOf(error));
    if (cause.isEmpty() || HistoryDatabase::isDamage(error)) {
        reportWriteFailure(what, error.text());
        return;
    }
    ++m_unwritten;
    m_lastError = tr("%1 could not be written to the history file %2: %3 (%4). It is not kept in the history; "
                     "the file is left as it is and tried again with the next request.")
                      .arg(what, QDir::toNativeSeparators(filePath()), cause, error.text());
    emit writeFailed(m_lastError);
}

/// After writes failed, the first one that works says the file is usable again.
void HistoryStore::noteWritten()
{
    if (m_unwritten == 0) {
        return;
    }
    const int lost = m_unwritten;
    m_unwritten = 0;
    emit recovered(
        tr("The history file %1 can be written again. %n earlier write(s) failed and are not in it.", nullptr, lost)
            .arg(QDir::toNativeSeparators(filePath())));
}

template <typename Row, typename Read>
Fallible<QList<Row>> HistoryStore::readRows(const HistoryQuery::Statement& statement, Read read) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql)) {
        return Fallible<QList<Row>>::failure(readFailure(query.lastError()));
    }
    bindAll(query, statement.values);
    if (!query.exec()) {
        return Fallible<QList<Row>>::failure(readFailure(query.lastError()));
    }
    QList<Row> rows;
    while (query.next()) {
        rows.append(read(query));
    }
    // Damage deep in the table shows up while stepping through the rows, not when the query starts.
    if (query.lastError().isValid()) {
        return Fallible<QList<Row>>::failure(readFailure(query.lastError()));
    }
    return rows;
}

Fallible<QList<HistoryEntry>> HistoryStore::readEntries(const HistoryQuery::Statement& statement, bool withBodies) const
{
    return readRows<HistoryEntry>(statement,
                                  [withBodies](const QSqlQuery& query) { return HistoryRow::read(query, withBodies); });
}

Fallible<QVariantList> HistoryStore::readFirstColumn(const HistoryQuery::Statement& statement) const
{
    return readRows<QVariant>(statement, [](const QSqlQuery& query) { return query.value(0); });
}

qint64 HistoryStore::insert(HistoryEntry entry, const QString& secret)
{
    entry.redact(secret);
    if (!entry.time.isValid()) {
        entry.time = QDateTime::currentDateTimeUtc();
    }
    if (entry.operatorName.isEmpty()) {
        entry.operatorName = HistoryEntry::currentOperator();
    }
    entry.dedupKey = EventDedup::key(entry.workspace, entry.operationInput());
    if (m_clearJob->isRunning()) {
        return m_held.holdInsert(entry, secret); // written when the clear is done
    }
    retryFile();
    QSqlError error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(m_database.connection());
        query.prepare(HistoryRow::insertStatement());
        bindAll(query, HistoryRow::insertValues(entry));
        if (query.exec()) {
            const qint64 id = query.lastInsertId().toLongLong();
            noteWritten();
            emit rowInserted(id);
            return id;
        }
        error = query.lastError();
        query = QSqlQuery(); // the connection closes if the file is replaced
        if (attempt > 0 || !m_damageRecovery->recoverAfterWrite(error)) {
            break;
        }
    }
    reportWriteFailure(tr("The request to %1").arg(entry.url), error);
    return 0;
}

bool HistoryStore::complete(qint64 heldOrRowId, const ApiResult& result, const QString& secret)
{
    if (m_clearJob->isRunning()) {
        m_held.holdCompletion(heldOrRowId, result, secret);
        return true;
    }
    const qint64 id = m_held.writtenId(heldOrRowId);
    HistoryEntry reply;
    reply.setResult(result);
    reply.redact(secret);
    QSqlError error;
    int affected = 0;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(HistoryRow::completeStatement());
        bindAll(query, HistoryRow::completeValues(reply, id));
        if (query.exec()) {
            affected = query.numRowsAffected();
        } else {
            error = query.lastError();
        }
    }
    if (error.isValid()) {
        m_damageRecovery->recoverAfterWrite(error); // the row went with the damaged file: nothing to retry
        reportWriteFailure(tr("The reply to request %1").arg(id), error);
        return false;
    }
    if (affected != 1) {
        m_lastError = tr("The reply to request %1 could not be recorded: its history row is gone (history cleared "
                         "or replaced while the request was under way).")
                          .arg(id);
        emit writeFailed(m_lastError);
        return false;
    }
    noteWritten();
    emit rowCompleted(id);
    return true;
}

qint64 HistoryStore::insertMany(const QList<HistoryEntry>& entries)
{
    if (m_clearJob->isRunning()) {
        m_held.holdInsertMany(entries);
        return entries.size();
    }
    QSqlDatabase db = m_database.connection();
    const QString what = tr("%n request(s)", nullptr, int(entries.size()));
    if (!db.transaction()) {
        reportWriteFailure(what, db.lastError());
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(HistoryRow::insertStatement());
    qint64 written = 0;
    for (const HistoryEntry& entry : entries) {
        HistoryBatchInsert::bind(query, entry);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            db.rollback();
            reportWriteFailure(what, error);
            return 0;
        }
        ++written;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        reportWriteFailure(what, error);
        return 0;
    }
    emit contentsReset();
    return written;
}

QList<qint64> HistoryStore::appendMany(const QList<HistoryEntry>& entries)
{
    if (entries.isEmpty()) {
        return {};
    }
    if (m_clearJob->isRunning()) {
        // Held like any other write during a clear, each under its stand-in id (the entries are redacted).
        QList<qint64> held;
        for (const HistoryEntry& entry : entries) {
            held << m_held.holdInsert(entry, QString());
        }
        return held;
    }
    const HistoryBatchInsert::Written written = HistoryBatchInsert::write(m_database.connection(), entries);
    if (written.ids.isEmpty()) {
        reportWriteFailure(tr("%n request(s)", nullptr, int(entries.size())), written.error);
        return {};
    }
    noteWritten();
    emit rowInserted(written.ids.last());
    return written.ids;
}

HistoryQuery::TextSearch HistoryStore::textSearch(const Filter& filter) const
{
    // Asked each time (a lookup in the schema): a file made where SQLite lacks the tokenizer has no index.
    if (filter.text.trimmed().isEmpty() || !HistorySchema::hasSearchIndex(m_database.connection())) {
        return HistoryQuery::TextSearch::Scan;
    }
    return HistoryQuery::TextSearch::Trigram;
}

Fallible<QList<HistoryEntry>> HistoryStore::readPage(const Filter& filter, const Page& page) const
{
    return readEntries(HistoryQuery::rows(filter, page, textSearch(filter)), page.withBodies);
}

Fallible<qint64> HistoryStore::readCount(const Filter& filter) const
{
    const Fallible<QVariantList> values = readFirstColumn(HistoryQuery::count(filter, textSearch(filter)));
    if (!values) {
        return Fallible<qint64>::failure(values.error());
    }
    return values->isEmpty() ? 0 : values->first().toLongLong();
}

QList<HistoryEntry> HistoryStore::fetch(const Filter& filter, const Page& page) const
{
    return readPage(filter, page).valueOr({});
}

qint64 HistoryStore::count(const Filter& filter) const
{
    return readCount(filter).valueOr(0);
}

bool HistoryStore::hasRows() const
{
    const Fallible<QVariantList> values = readFirstColumn({QStringLiteral("SELECT 1 FROM requests LIMIT 1"), {}});
    return values && !values->isEmpty();
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    return firstOf(readEntries(HistoryQuery::entry(id), true).valueOr({}));
}

QList<HistoryEntry> HistoryStore::userTimeline(const QString& user) const
{
    if (user.trimmed().isEmpty()) {
        return {};
    }
    Filter filter;
    filter.user = user;
    Page page;
    page.limit = 0;
    page.order = Qt::AscendingOrder;
    page.withBodies = true;
    return fetch(filter, page);
}

UserSnapshot HistoryStore::lastKnownState(const QString& userId, const std::optional<QString>& workspace) const
{
    const QString id = userId.trimmed();
    if (id.isEmpty()) {
        return UserSnapshot::rebuild(id, {});
    }
    return UserSnapshot::rebuild(
        id, readEntries(HistoryQuery::acceptedRowsOf(aliasChain(id, workspace), workspace), true).valueOr({}));
}

QStringList HistoryStore::aliasChain(const QString& userId, const std::optional<QString>& workspace) const
{
    // Follow accepted aliases back: the user may have been known under older ids.
    QStringList ids {userId.trimmed()};
    for (qsizetype i = 0; i < ids.size() && ids.size() < MaxAliasChain; ++i) {
        const Fallible<QVariantList> olderIds = readFirstColumn(HistoryQuery::aliasSources(ids.at(i), workspace));
        if (!olderIds) {
            break;
        }
        for (const QVariant& value : *olderIds) {
            const QString older = value.toString();
            if (!older.isEmpty() && !ids.contains(older)) {
                ids.append(older);
            }
        }
    }
    return ids;
}

QStringList HistoryStore::otherNamesOf(const QString& userId, const std::optional<QString>& workspace) const
{
    const QString id = userId.trimmed();
    if (id.isEmpty()) {
        return {};
    }
    const QStringList ids = aliasChain(id, workspace);
    QStringList names = ids.mid(1);
    for (const HistoryEntry& row : readEntries(HistoryQuery::acceptedRowsOf(ids, workspace), false).valueOr({})) {
        if (!row.email.isEmpty() && !names.contains(row.email, Qt::CaseInsensitive)
            && row.email.compare(id, Qt::CaseInsensitive) != 0) {
            names.append(row.email);
        }
    }
    return names;
}

QStringList HistoryStore::workspaces() const
{
    QStringList names;
    for (const QVariant& name : readFirstColumn(HistoryQuery::workspaces()).valueOr({})) {
        names << name.toString();
    }
    return names;
}

QStringList HistoryStore::bulkJobs(int limit) const
{
    QStringList ids;
    for (const QVariant& id : readFirstColumn(HistoryQuery::bulkJobs(limit)).valueOr({})) {
        ids << id.toString();
    }
    return ids;
}

std::optional<HistoryEntry> HistoryStore::unrecreatedDeletion(const QString& workspace, const QString& userId) const
{
    const QString id = userId.trimmed();
    if (id.isEmpty()) {
        return std::nullopt;
    }
    return firstOf(readEntries(HistoryQuery::unrecreatedDeletion(workspace, id), true).valueOr({}));
}

std::optional<HistoryEntry>
HistoryStore::recentDuplicate(const QString& workspace, const OperationInput& input, const QDateTime& now) const
{
    const QString key = EventDedup::key(workspace, input);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    const QDateTime from = EventDedup::windowStart(now, EventDedup::WarningWindowSeconds);
    return firstOf(readEntries(HistoryQuery::recentEvent(key, from, now), true).valueOr({}));
}

HistoryStore::Cleared HistoryStore::clear()
{
    if (m_clearJob->isRunning()) {
        Cleared busy;
        busy.error = tr("The history is already being cleared.");
        return busy;
    }
    QSqlDatabase database = m_database.connection();
    const HistoryClearJob::Outcome outcome = HistoryClearJob::run(database);
    if (outcome.removed >= 0) {
        emit contentsReset();
    }
    return clearedFrom(outcome);
}

void HistoryStore::clearInBackground()
{
    if (m_clearJob->isRunning()) {
        return; // the one under way answers
    }
    const bool inMemory = !m_database.isPersistent() || filePath() == QLatin1String(":memory:");
    if (inMemory || m_database.isReadOnly() || m_retention->isRunning()) {
        // In memory there is no file to compact and another connection cannot see the rows; a read-only file
        // fails as clear() says; a retention pass under way is not raced.
        QTimer::singleShot(0, this, [this] {
            Cleared cleared;
            if (m_retention->isRunning()) {
                cleared.error = tr("The history could not be cleared: old requests are being removed. Try again "
                                   "in a moment.");
            } else {
                cleared = clear();
            }
            emit clearFinished(cleared);
        });
        return;
    }
    m_clearJob->start(filePath(), m_database.connectionStatements());
}

bool HistoryStore::clearRunning() const
{
    return m_clearJob->isRunning();
}

void HistoryStore::finishClear(const HistoryClearJob::Outcome& outcome)
{
    const Cleared cleared = clearedFrom(outcome);
    m_held.release(
        {[this](const HistoryEntry& entry, const QString& secret) { return insert(entry, secret); },
         [this](qint64 id, const ApiResult& result, const QString& secret) { return complete(id, result, secret); },
         [this](const QList<HistoryEntry>& entries) { return insertMany(entries); }});
    emit contentsReset();
    emit clearFinished(cleared);
}

HistoryStore::Cleared HistoryStore::clearedFrom(const HistoryClearJob::Outcome& outcome) const
{
    Cleared cleared;
    if (outcome.removed < 0) {
        cleared.error = tr("The history could not be cleared: %1").arg(outcome.removeError);
        return cleared;
    }
    cleared.removed = outcome.removed;
    if (!outcome.compactError.isEmpty() || outcome.compactBusy) {
        const QString why = outcome.compactBusy ? tr("another program is reading the file") : outcome.compactError;
        cleared.error = tr("The requests were removed from the history, but the history file %1 could not be "
                           "compacted (%2): their text may still be on the disk.")
                            .arg(QDir::toNativeSeparators(filePath()), why);
    }
    return cleared;
}

Fallible<HistoryStore::RetentionPlan> HistoryStore::planRetention(const Retention& retention,
                                                                  HistoryRetention::Ages ages) const
{
    const Fallible<RetentionPlan> plan = m_retention->plan(retention, ages);
    if (!plan) {
        return Fallible<RetentionPlan>::failure(
            tr("The history file %1 could not be read: %2").arg(QDir::toNativeSeparators(filePath()), plan.error()));
    }
    return plan;
}

qint64 HistoryStore::applyRetention(const Retention& retention, int batchSize)
{
    const Fallible<RetentionPlan> plan = m_retention->plan(retention);
    if (!plan) {
        reportWriteFailure(tr("Retention"), plan.error());
        return -1;
    }
    return applyRetention(*plan, batchSize);
}

qint64 HistoryStore::applyRetention(const RetentionPlan& plan, int batchSize)
{
    const Fallible<qint64> removed = m_retention->apply(plan, batchSize);
    if (!removed) {
        reportWriteFailure(tr("Retention"), removed.error());
        return -1;
    }
    if (*removed > 0) {
        emit contentsReset();
    }
    emit retentionApplied(*removed);
    return *removed;
}

void HistoryStore::applyRetentionInBackground(const Retention& retention, int batchSize)
{
    m_retention->applyInBackground(retention, batchSize);
}

void HistoryStore::applyRetentionInBackground(const RetentionPlan& plan, int batchSize)
{
    m_retention->applyInBackground(plan, batchSize);
}

void HistoryStore::watchOtherWriters()
{
    if (m_watcher || !isPersistent()) {
        return;
    }
    m_watcher = new HistoryWatcher(
        filePath(),
        [this] {
            QSqlQuery query(m_database.connection());
            return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong()
                                                                                     : qint64(-1);
        },
        this);
    connect(m_watcher, &HistoryWatcher::changedElsewhere, this, &HistoryStore::changedElsewhere);
}

QString HistoryStore::queryPlan(const Filter& filter, const Page& page) const
{
    const Fallible<QStringList> lines
        = readRows<QString>(HistoryQuery::explained(HistoryQuery::rows(filter, page, textSearch(filter))),
                            [](const QSqlQuery& query) { return query.value(QStringLiteral("detail")).toString(); });
    return lines ? lines->join(QLatin1Char('\n')) : lines.error();
}
