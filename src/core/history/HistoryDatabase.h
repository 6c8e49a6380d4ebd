#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class DatabaseSchema;
class QSqlError;

// One SQLite file and its connection, whatever tables it holds: opens it in WAL mode with a busy timeout,
// migrates it with its DatabaseSchema, and when the file cannot be used moves it aside (with its -wal and -shm
// companions) and starts a new one, or keeps the data in memory for the session as a last resort. Nothing here
// knows about requests: the history opens history.sqlite through it with HistorySchema, and the bulk outbox
// (a later issue) opens its own file with its own schema, unchanged. It reports what happened; the owner words
// it for the user and tells its views.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)
public:
    // A writer waits this long for another one (the app and veroctl share a file) before a write fails.
    static constexpr int BusyTimeoutMs = 5000;

    struct Description
    {
        QString filePath;
        QString connectionPrefix;               // connections are named prefix-N, one per instance
        const DatabaseSchema* schema = nullptr; // must outlive the database
    };

    // What open() or recover() found and did.
    struct Opened
    {
        enum class State
        {
            Ready,           // the file is open
            MovedAside,      // the file could not be used: it was moved to `movedTo`, a new one is open
            Locked,          // another program holds the file: data is kept in memory, the file left alone
            TooNew,          // a newer schema: data is kept in memory, the file left alone
            CannotMoveAside, // the file could not be used nor moved: data is kept in memory
            CannotCreate,    // moved aside, but no new file could be made: data is kept in memory
        };
        State state = State::Ready;
        QString reason;        // what was wrong, in SQLite's words or ours
        QString movedTo;       // MovedAside: where the old file is now
        QString memoryFailure; // set when even the in-memory fallback failed

        bool isPersistent() const { return state == State::Ready || state == State::MovedAside; }
    };

    explicit HistoryDatabase(Description description);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    // Opens (creating or migrating) the file; a file that cannot be used is replaced as described above.
    Opened open();
    // Replaces a file found damaged after opening (`reason` says how): moves it aside and starts a new one.
    // Does nothing but report Ready when the data is already in memory.
    Opened recover(const QString& reason);
    void close();

    bool isOpen() const;
    // True while the data lives in the file; false after the in-memory fallback.
    bool isPersistent() const { return m_persistent; }
    QString filePath() const { return m_description.filePath; }
    QSqlDatabase connection() const;

    // True for the errors that mean the file itself is damaged or gone, not merely busy.
    static bool isDamage(const QSqlError& error);

private:
    enum class FileState
    {
        Ok,
        Broken, // the file cannot be used: move it aside
        Busy,   // another process holds it: leave it alone
        TooNew, // written by a newer version: leave it alone
    };

    FileState openFile(const QString& path, QString* reason);
    bool migrate(int from, QString* reason);
    Opened replace(const QString& reason);
    bool moveAside(QString* movedTo);
    Opened inMemory(Opened opened);

    Description m_description;
    QString m_connectionName;
    bool m_persistent = false;
};
