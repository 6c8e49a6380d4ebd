#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class DatabaseSchema;
class QSqlError;

// One SQLite file and its connection, whatever tables it holds: opens it in WAL mode with a busy timeout,
// private to its owner (0600, in a 0700 folder), and migrates it with its DatabaseSchema. Only a file SQLite
// declares damaged (SQLITE_CORRUPT or SQLITE_NOTADB, or an integrity check that finds faults) is moved aside
// (with its -wal and -shm companions) for a new one; a full disk, a read-only file or folder, a file another
// program holds or an I/O error the integrity check does not confirm leaves the file as it is, and the data is
// kept in memory for the session. Nothing here knows about requests: the history opens history.sqlite through it
// with HistorySchema, and the bulk outbox (a later issue) opens its own file with its own schema, unchanged. It
// reports what happened; the owner words it for the user and tells its views.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)
public:
    // A writer waits this long for another one (the app and veroctl share a file) before a write fails.
    static constexpr int BusyTimeoutMs = 5000;

    struct Description
    {
        Description(QString path,
                    QString prefix,
                    const DatabaseSchema* tables,
                    bool openReadOnly = false,
                    QStringList statements = {})
            : filePath(std::move(path))
            , connectionPrefix(std::move(prefix))
            , schema(tables)
            , readOnly(openReadOnly)
            , connectionStatements(std::move(statements))
        {
        }
        QString filePath;
        QString connectionPrefix;               // connections are named prefix-N, one per instance
        const DatabaseSchema* schema = nullptr; // must outlive the database
        // Opened with SQLITE_OPEN_READONLY (a moved-aside file being looked at): never created, migrated, moved,
        // narrowed or written, and no in-memory fallback: a file that cannot be read is reported, nothing more.
        bool readOnly = false;
        // Run first on every connection to the file. A test seam: PRAGMA max_page_count makes a real full disk,
        // PRAGMA query_only a real read-only file, whoever runs the tests.
        QStringList connectionStatements;
    };

    // Why a file could not be used, from SQLite's result code (and the integrity check where the code alone
    // does not tell).
    enum class Problem
    {
        None,
        Damaged,   // SQLITE_CORRUPT / SQLITE_NOTADB, or faults found by PRAGMA quick_check
        DiskFull,  // SQLITE_FULL
        ReadOnly,  // SQLITE_READONLY, SQLITE_PERM, or cannot open for lack of permission
        InUse,     // SQLITE_BUSY / SQLITE_LOCKED: another program holds the file
        DiskError, // SQLITE_IOERR that the integrity check does not confirm as damage
        Unusable,  // anything else: not a file, no such folder, tables this build cannot read or migrate
    };

    // What open() or recover() found and did.
    struct Opened
    {
        enum class State
        {
            Ready,           // the file is open
            MovedAside,      // the file was damaged: it was moved to `movedTo`, a new one is open
            Unavailable,     // the file could not be used (`problem` says why) and is left as it was; data in memory
            TooNew,          // a newer schema: data is kept in memory, the file left alone
            CannotMoveAside, // the file is damaged and could not be moved: data is kept in memory
            CannotCreate,    // moved aside, but no new file could be made: data is kept in memory
        };
        State state = State::Ready;
        Problem problem = Problem::None;
        QString reason;        // what was wrong, in SQLite's words or ours
        QString movedTo;       // MovedAside, CannotCreate: where the old file is now
        QString memoryFailure; // set when even the in-memory fallback failed

        bool isPersistent() const { return state == State::Ready || state == State::MovedAside; }
        // A problem that can pass (space freed, the other program done): the file is worth trying again.
        bool mayPass() const
        {
            return state == State::Unavailable
                   && (problem == Problem::DiskFull || problem == Problem::ReadOnly || problem == Problem::InUse
                       || problem == Problem::DiskError);
        }
    };

    explicit HistoryDatabase(Description description);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    // Opens (creating or migrating) the file; a damaged file is replaced as described above.
    Opened open();
    // Replaces a file found damaged after opening (`reason` says how): moves it aside and starts a new one.
    // Does nothing but report Ready when the data is already in memory or the file is open read-only.
    Opened recover(const QString& reason);
    void close();

    bool isOpen() const;
    // True while the data lives in the file; false after the in-memory fallback.
    bool isPersistent() const { return m_persistent; }
    bool isReadOnly() const { return m_description.readOnly; }
    QString filePath() const { return m_description.filePath; }
    // See Description::connectionStatements; takes effect at the next open().
    void setConnectionStatements(const QStringList& statements) { m_description.connectionStatements = statements; }
    QStringList connectionStatements() const { return m_description.connectionStatements; }
    // Called (in open(), before it starts) when the file needs a migration step that may take long
    // (DatabaseSchema::upgradeMayTakeLong), so the user can be told while it runs.
    void setLongMigrationObserver(std::function<void()> observer) { m_longMigration = std::move(observer); }
    QSqlDatabase connection() const;

    // What SQLite's result code in `error` says about the file. An I/O error is only DiskError here: confirm
    // it with confirmsDamage() before treating it as damage.
    static Problem problemOf(const QSqlError& error);
    // True for the errors that declare the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB), not merely busy, full
    // or read-only.
    static bool isDamage(const QSqlError& error) { return problemOf(error) == Problem::Damaged; }
    // Runs SQLite's integrity check (PRAGMA quick_check) on the open file. True when it finds faults or cannot
    // read the file for damage; `detail` then says what it found.
    bool confirmsDamage(QString* detail = nullptr) const;

private:
    struct Attempt
    {
        Problem problem = Problem::None;
        bool tooNew = false;
        QString reason;
    };

    Attempt openFile(const QString& path);
    Attempt failed(const QSqlError& error, const QString& path) const;
    Attempt migrate(int from);
    Problem writeCheck() const;
    Opened replace(const QString& reason);
    bool moveAside(QString* movedTo);
    Opened inMemory(Opened opened);
    void makeFilesPrivate(const QString& path) const;

    Description m_description;
    QString m_connectionName;
    bool m_persistent = false;
    std::function<void()> m_longMigration;
};
