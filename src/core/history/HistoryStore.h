#pragma once

#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"
#include "core/history/HeldHistoryWrites.h"
#include "core/history/HistoryClearJob.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryQuery.h"
#include "core/history/HistoryRetention.h"
#include "core/history/UserSnapshot.h"
#include "core/platform/Fallible.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSqlError;
class QSqlQuery;
class HistoryDamageRecovery;
class HistoryWatcher;

// The request history: one SQLite file (history.sqlite, WAL mode) shared by the app, veroctl and bulk runs.
// This is the facade its callers use; the file's lifecycle is HistoryDatabase's, the tables HistorySchema's
// and HistoryRow's, the SQL HistoryQuery's, trimming HistoryRetention's, export HistoryExporter's, replacing a
// damaged file HistoryDamageRecovery's. Only a file SQLite declares damaged is moved aside for a new one
// (movedAside says where); a full disk, a read-only file, a file another program holds are reported and the
// file is tried again with the next write: history never stops the app. All calls are made from the thread
// that owns the store.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    using StatusFilter = HistoryQuery::StatusFilter;
    using Filter = HistoryQuery::Filter;
    using Page = HistoryQuery::Page;
    using Retention = HistoryRetention::Policy;
    using RetentionPlan = HistoryRetention::Plan;

    // Aliases followed back from a user's current id before lastKnownState stops: far more renames than any
    // real user has, and a bound on the queries a loop of aliases could cost.
    static constexpr int MaxAliasChain = 50;

    // What clear() did. The rows can be gone from the table while the file still holds their text (a reader
    // kept the old pages): then `error` says so and the caller must show it.
    struct Cleared
    {
        qint64 removed = 0;
        QString error; // in words for the user; empty when nothing of the rows is left on disk
        bool ok() const { return error.isEmpty(); }
    };

    // The default database, history.sqlite in the application data folder.
    explicit HistoryStore(QObject* parent = nullptr);
    // A database at `filePath` (tests, benchmarks, portable installs).
    explicit HistoryStore(const QString& filePath, QObject* parent = nullptr);
    // ReadOnly: a moved-aside file opened to be searched and exported; it is never created, migrated, moved or
    // written, and every write fails.
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };
    HistoryStore(const QString& filePath, Access access, QObject* parent = nullptr);
    ~HistoryStore() override;

    static QString defaultFilePath();

    // Opens (creating or migrating) the database. A damaged file is moved aside and a new one started; a file
    // that cannot be used for another reason is left as it is and history is kept in memory (the file is tried
    // again with the next insert while the reason may pass). Returns false when the history is not in a file.
    // Either way, notice() then says what happened, in words for the user, and recovered() carried it.
    bool open();
    bool isReadOnly() const { return m_database.isReadOnly(); }
    // Where a damaged file was moved this session (the last one), empty when none was.
    QString movedAsidePath() const { return m_movedAside; }
    // Test seam: statements run first on every connection to the file (HistoryDatabase::Description), before
    // open().
    void setConnectionStatements(const QStringList& statements);
    bool isOpen() const { return m_database.isOpen(); }
    // True when the history lives on disk; false after the in-memory fallback.
    bool isPersistent() const { return m_database.isPersistent(); }
    QString filePath() const { return m_database.filePath(); }
    QString notice() const { return m_notice; }
    // Why the last insert, complete, insertMany or retention pass failed (writeFailed carried it too).
    QString lastError() const { return m_lastError; }

    // Writes a row for a request going out (credential fields forced to ***, `secret` masked wherever it
    // appears). Returns its id, or 0 after emitting writeFailed: a row that cannot be written (full disk,
    // read-only or busy file) is not kept, and the message says so; the next write tries the file again.
    qint64 insert(HistoryEntry entry, const QString& secret = QString());
    // Completes row `id` with the reply. False (and writeFailed) when it cannot be written.
    bool complete(qint64 id, const ApiResult& result, const QString& secret = QString());
    // Many rows in one transaction (imports, tests, benchmarks). Returns how many were written.
    qint64 insertMany(const QList<HistoryEntry>& entries);
    // Rows written whole (request and reply, already redacted by the caller) in one transaction, for a bulk
    // run's batched recorder; views hear one rowInserted (the last id) and pick up the rest with it. Returns the
    // ids, in order; none after emitting writeFailed.
    QList<qint64> appendMany(const QList<HistoryEntry>& entries);

    // Reads report a failure with its reason. When the reason is a damaged file, the store replaces the file
    // on the next turn of the event loop (recovered, then contentsReset), never inside the read itself: a view
    // reading from data() must not be reset under its feet.
    [[nodiscard]] Fallible<QList<HistoryEntry>> readPage(const Filter& filter, const Page& page) const;
    [[nodiscard]] Fallible<qint64> readCount(const Filter& filter) const;
    // The same reads for callers with nothing to show on failure: no rows, 0.
    QList<HistoryEntry> fetch(const Filter& filter, const Page& page) const;
    QList<HistoryEntry> fetch(const Filter& filter) const { return fetch(filter, Page()); }
    // `userId` and the earlier ids its accepted aliases came from, newest first (at most MaxAliasChain).
    QStringList aliasChain(const QString& userId, const std::optional<QString>& workspace = std::nullopt) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    qint64 count(const Filter& filter) const;
    qint64 count() const { return count(Filter()); }
    // True when the history holds at least one row: one row read, where count() reads them all.
    bool hasRows() const;
    // Everything sent about one user (id, alias' new id or email), oldest first, with bodies.
    QList<HistoryEntry> userTimeline(const QString& user) const;
    // The last known state of `userId`, following aliases back to earlier ids (at most MaxAliasChain), from the
    // requests sent to `workspace` (every workspace when none is given: the same id elsewhere is another user).
    UserSnapshot lastKnownState(const QString& userId, const std::optional<QString>& workspace = std::nullopt) const;
    // The other names the history knows `userId` by on `workspace`: the earlier ids of its alias chain (as
    // lastKnownState follows it) and the emails sent with any of its ids, for a timeline that follows the user.
    QStringList otherNamesOf(const QString& userId, const std::optional<QString>& workspace = std::nullopt) const;
    // The workspace names the rows carry, in name order (also those of workspaces removed since).
    QStringList workspaces() const;
    // The bulk jobs the rows carry, newest first, at most `limit`.
    QStringList bulkJobs(int limit = 50) const;
    // The accepted delete of `userId` on `workspace` (newest first) that no accepted identify of that id on that
    // workspace has followed: the user is gone there, and sending to the id would create a new profile.
    std::optional<HistoryEntry> unrecreatedDeletion(const QString& workspace, const QString& userId) const;
    // An event the service may drop as a duplicate of `input` (EventDedup's key, through workspace) sent within
    // EventDedup::WarningWindowSeconds before `now` and not rejected.
    std::optional<HistoryEntry> recentDuplicate(const QString& workspace,
                                                const OperationInput& input,
                                                const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // Removes every row and compacts the file so nothing of them is left on disk.
    [[nodiscard]] Cleared clear();
    // The same in a thread of its own, for a window that must keep answering (seconds at a million rows);
    // emits clearFinished, after contentsReset. It removes the rows the history holds now: rows inserted or
    // completed while it runs (a request the recorder is following) are held in memory and written once it is
    // done, so they are kept. insert() then answers a stand-in id (negative) that complete() accepts.
    void clearInBackground();
    bool clearRunning() const;

    // What `retention` would remove now, workspace by workspace (see HistoryRetention::Plan), to show the user.
    [[nodiscard]] Fallible<RetentionPlan>
    planRetention(const Retention& retention, HistoryRetention::Ages ages = HistoryRetention::Ages::FromNow) const;
    // Removes what `plan` counted and nothing recorded since, in batches of `batchSize` rows each in its own
    // transaction. Returns the number removed, or -1 after emitting writeFailed.
    qint64 applyRetention(const RetentionPlan& plan, int batchSize = HistoryRetention::BatchRows);
    // The plan of `retention` now, applied at once.
    qint64 applyRetention(const Retention& retention, int batchSize = HistoryRetention::BatchRows);
    // The same, one batch per event-loop turn so the GUI stays responsive; emits retentionApplied.
    void applyRetentionInBackground(const RetentionPlan& plan, int batchSize = HistoryRetention::BackgroundBatchRows);
    void applyRetentionInBackground(const Retention& retention, int batchSize = HistoryRetention::BackgroundBatchRows);
    bool retentionRunning() const { return m_retention->isRunning(); }

    // From now on, emits changedElsewhere when another connection (veroctl, a bulk run, another window) commits
    // to the file: the file and its log are watched, not polled. Nothing happens for a history in memory.
    void watchOtherWriters();

    // For tests and the benchmark: how SQLite runs the query behind fetch(filter, page).
    QString queryPlan(const Filter& filter, const Page& page) const;

signals:
    void rowInserted(qint64 id);
    void rowCompleted(qint64 id);
    // The rows changed in a way no single-row signal describes: after clear(), a retention pass that removed
    // rows, insertMany(), and a file replaced after damage. Views reload everything they show.
    void contentsReset();
    void writeFailed(const QString& message);
    // The file changed state: moved aside, history fell back to memory, or the file works again after writes
    // failed; `message` says what happened, where and why.
    void recovered(const QString& message);
    // A damaged file was moved to `path` (recovered carries the words too).
    void movedAside(const QString& path);
    void retentionApplied(qint64 removed);
    // open() is about to update the file in a way that may take minutes (an index built over every row): the
    // app says so, instead of a window that does not appear. Emitted inside open(), before the work starts.
    void longMigrationStarting();
    // A clearInBackground is done: what it removed, or why it could not (Cleared::error, for the user).
    void clearFinished(const HistoryStore::Cleared& cleared);
    // Another connection committed to the file (see watchOtherWriters): rows may have been added, completed or
    // removed there. Views refresh what they show.
    void changedElsewhere();

private:
    // Runs `statement` and maps each row it returns with `read`.
    template <typename Row, typename Read>
    Fallible<QList<Row>> readRows(const HistoryQuery::Statement& statement, Read read) const;
    Fallible<QList<HistoryEntry>> readEntries(const HistoryQuery::Statement& statement, bool withBodies) const;
    Fallible<QVariantList> readFirstColumn(const HistoryQuery::Statement& statement) const;
    // The trigram index where the file has one, else the scan.
    HistoryQuery::TextSearch textSearch(const Filter& filter) const;
    // The words for a failed read; damage it found is left to HistoryDamageRecovery, which waits for the event loop.
    QString readFailure(const QSqlError& error) const;
    void announce(const HistoryDatabase::Opened& opened);
    void reportWriteFailure(const QString& what, const QString& error);
    void reportWriteFailure(const QString& what, const QSqlError& error);
    void noteWritten();
    void retryFile();
    void finishClear(const HistoryClearJob::Outcome& outcome);
    Cleared clearedFrom(const HistoryClearJob::Outcome& outcome) const;

    HistoryDatabase m_database;
    HistoryRetention* m_retention;
    HistoryDamageRecovery* m_damageRecovery;
    HistoryWatcher* m_watcher = nullptr;
    HistoryClearJob* m_clearJob;
    HeldHistoryWrites m_held; // writes made while a clear runs
    bool m_retryFile = false; // the file was left for a reason that may pass: inserts retry it
    int m_unwritten = 0;      // writes that failed since the last one that worked
    QString m_movedAside;
    QString m_notice;
    QString m_lastError;
};
