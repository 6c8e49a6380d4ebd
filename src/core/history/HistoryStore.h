#pragma once

#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"
#include "core/history/HistoryEntry.h"
#include "core/history/UserSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// The request history: one SQLite database (WAL mode) shared by the app, veroctl and bulk runs. Every read
// that filters goes through an index; pages are fetched by key (id), so their cost does not grow with the
// history. A database that cannot be read is moved aside and a new one started: history never stops the app.
// All calls are made from the thread that owns the store.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 2;
    static constexpr int DuplicateWindowSeconds = 5 * 60;

    // What the table shows; "failed" includes requests refused before sending.
    enum class StatusFilter
    {
        Any,
        Success,
        Rejected,
        Failed,
        Pending,
    };

    struct Filter
    {
        QString user; // user id (also matches alias' new id) or email (case-insensitive), exact
        std::optional<Operation> operation;
        StatusFilter status = StatusFilter::Any;
        QString text;   // free text in URL, bodies, messages, errors, names (a scan: narrow with the others)
        QDateTime from; // inclusive; invalid = no lower bound
        QDateTime to;   // exclusive; invalid = no upper bound
        bool operator==(const Filter&) const = default;
    };

    // Keyset paging: `after` is the id of the last row already shown (0 to start), so every page costs the same.
    struct Page
    {
        qint64 after = 0;
        int limit = 200;
        Qt::SortOrder order = Qt::DescendingOrder; // newest first
        bool withBodies = false; // request/response bodies and form input; the table does not need them
    };

    struct Retention
    {
        enum class Mode
        {
            KeepAll,
            Days,
            Rows,
        };
        Mode mode = Mode::KeepAll;
        int value = 0; // days or rows
        bool operator==(const Retention&) const = default;
    };

    // The default database, history.sqlite in the application data folder.
    explicit HistoryStore(QObject* parent = nullptr);
    // A database at `filePath` (tests, benchmarks, portable installs).
    explicit HistoryStore(const QString& filePath, QObject* parent = nullptr);
    ~HistoryStore() override;

    static QString defaultFilePath();

    // Opens (creating or migrating) the database. A corrupt or unreadable file is moved aside and a new one
    // started; if even that fails, history is kept in memory for this session. Returns false only in that last
    // case. Either way, notice() then says what happened, in words for the user.
    bool open();
    bool isOpen() const;
    // True when the history lives on disk; false after the in-memory fallback.
    bool isPersistent() const { return m_persistent; }
    QString filePath() const { return m_filePath; }
    QString notice() const { return m_notice; }
    QString lastError() const { return m_lastError; }

    // Writes a row for a request going out (credential fields forced to ***, `secret` masked wherever it
    // appears). Returns its id, or 0 after emitting writeFailed.
    qint64 insert(HistoryEntry entry, const QString& secret = QString());
    // Completes row `id` with the reply. False (and writeFailed) when it cannot be written.
    bool complete(qint64 id, const ApiResult& result, const QString& secret = QString());
    // Many rows in one transaction (imports, tests, benchmarks). Returns how many were written.
    qint64 insertMany(const QList<HistoryEntry>& entries);

    QList<HistoryEntry> fetch(const Filter& filter, const Page& page) const;
    QList<HistoryEntry> fetch(const Filter& filter) const { return fetch(filter, Page()); }
    std::optional<HistoryEntry> entry(qint64 id) const;
    qint64 count(const Filter& filter) const;
    qint64 count() const { return count(Filter()); }
    // Everything sent about one user (id, alias' new id or email), oldest first, with bodies.
    QList<HistoryEntry> userTimeline(const QString& user) const;
    // The last known state of `userId`, following aliases back to earlier ids.
    UserSnapshot lastKnownState(const QString& userId) const;
    // An event the service may drop as a duplicate of `input`: same workspace, same user, same deduplication key,
    // sent within the last DuplicateWindowSeconds and not rejected.
    std::optional<HistoryEntry> recentDuplicate(const QString& workspace,
                                                const OperationInput& input,
                                                const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // The service's deduplication key for an event (API-NOTES.md): workspace (stands in for the credential),
    // normalised event name, user, then data, or extras.check_id when there is no data. Empty for other
    // operations and for events without a user.
    static QString dedupKey(const QString& workspace, const OperationInput& input);
    static QString normalisedEventName(const QString& name);

    // Writes the filtered rows, newest first, atomically. Return the number of rows written, or -1 with *error.
    qint64 exportCsv(const Filter& filter, const QString& fileName, QString* error = nullptr) const;
    qint64 exportJson(const Filter& filter, const QString& fileName, QString* error = nullptr) const;

    // Removes every row and compacts the file so nothing is left on disk. Returns the number removed, or -1.
    qint64 clear();

    // Removes what the policy does not keep, in batches of `batchSize` rows each in its own transaction.
    // Returns the number removed, or -1.
    qint64 applyRetention(const Retention& retention, int batchSize = 5000);
    // The same, one small batch per event-loop turn so the GUI stays responsive; emits retentionApplied.
    void applyRetentionInBackground(const Retention& retention, int batchSize = 2000);
    bool retentionRunning() const { return m_retentionRunning; }

    // For tests and the benchmark: how SQLite runs the query behind fetch(filter).
    QString queryPlan(const Filter& filter, const Page& page) const;
    // The statements that bring a database from version-1 to `version` (1 creates the first schema).
    static QStringList schemaStatements(int version);

signals:
    void rowInserted(qint64 id);
    void rowCompleted(qint64 id);
    // Many rows changed at once (clear, retention, insertMany, a new database after recovery): views reload.
    void rowsRemoved();
    void writeFailed(const QString& message);
    // The database was moved aside (or history fell back to memory); `message` says where and why.
    void recovered(const QString& message);
    void retentionApplied(qint64 removed);

private:
    enum class OpenResult
    {
        Ok,
        Broken, // the file cannot be used: move it aside
        Busy,   // another process holds it: leave it alone
        TooNew, // written by a newer version: leave it alone
    };

    QSqlDatabase database() const;
    OpenResult openFile(const QString& path, QString* reason);
    bool migrate(int from, QString* reason);
    bool migrateTo2(QString* reason);
    void closeDatabase();
    bool moveAside(const QString& reason);
    void openInMemory(const QString& reason);
    // Recovers when `error` says the file is damaged. True when the store was reopened and the caller may retry.
    bool recoverIfCorrupt(const QSqlError& error);
    // The same from a read: reads are const for callers, recovery is not.
    bool recoverAfterRead(const QSqlError& error) const;
    void reportWriteFailure(const QString& what, const QSqlError& error);
    qint64 deleteBatch(const Retention& retention, int batchSize, bool* failed);
    void continueRetention();
    QString whereClause(const Filter& filter, QVariantList* values) const;
    QSqlQuery prepareFetch(const Filter& filter, const Page& page) const;
    template <typename Writer>
    qint64 exportRows(const Filter& filter, const QString& fileName, QString* error, Writer writer) const;

    QString m_filePath;
    QString m_connectionName;
    QString m_notice;
    QString m_lastError;
    bool m_persistent = false;
    bool m_retentionRunning = false;
    Retention m_backgroundRetention;
    int m_backgroundBatch = 0;
    qint64 m_backgroundRemoved = 0;
};
