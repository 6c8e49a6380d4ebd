#include "core/history/HistoryDatabase.h"

#include "core/history/DatabaseSchema.h"
#include "core/platform/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace {

// SQLite result codes (sqlite3.h) that Qt reports as QSqlError::nativeErrorCode().
constexpr int SqliteOk = 0;
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;
// Extended result codes carry the primary code in the low byte.
constexpr int PrimaryCodeMask = 0xff;
// What the write check after a failed migration asks the file to take: more than any free pages it may have.
constexpr int WriteCheckBytes = 256 * 1024;

int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & PrimaryCodeMask;
}

const QLatin1String InMemory(":memory:");
const char* const Companions[] = {"-wal", "-shm"};

} // namespace

HistoryDatabase::HistoryDatabase(Description description)
    : m_description(std::move(description))
{
    static std::atomic<int> counter {0};
    m_connectionName = m_description.connectionPrefix + QLatin1Char('-') + QString::number(++counter);
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

QSqlDatabase HistoryDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void HistoryDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

HistoryDatabase::Problem HistoryDatabase::problemOf(const QSqlError& error)
{
    switch (primaryCode(error)) {
        case SqliteOk:
            return error.isValid() ? Problem::Unusable : Problem::None;
        case SqliteCorrupt:
        case SqliteNotADatabase:
            return Problem::Damaged;
        case SqliteFull:
            return Problem::DiskFull;
        case SqliteReadOnly:
        case SqlitePerm:
            return Problem::ReadOnly;
        case SqliteBusy:
        case SqliteLocked:
            return Problem::InUse;
        case SqliteIoError:
            return Problem::DiskError;
        default:
            return Problem::Unusable;
    }
}

bool HistoryDatabase::confirmsDamage(QString* detail) const
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    QStringList faults;
    if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok")) {
                faults << line;
            }
        }
    }
    // The check itself can stop on the damage it meets.
    if (query.lastError().isValid() && problemOf(query.lastError()) == Problem::Damaged) {
        faults << query.lastError().text();
    }
    if (detail && !faults.isEmpty()) {
        *detail = faults.first();
    }
    return !faults.isEmpty();
}

/// Opens the file. Only damage SQLite declares moves it aside for a new one; any other problem leaves it as it
/// is and keeps the data in memory so the program runs on.
HistoryDatabase::Opened HistoryDatabase::open()
{
    close();
    const QString path = m_description.filePath;
    Opened opened;
    if (m_description.readOnly) {
        const Attempt attempt = openFile(path);
        if (attempt.problem == Problem::None && !attempt.tooNew) {
            m_persistent = true;
            return opened;
        }
        close();
        opened.state = attempt.tooNew ? Opened::State::TooNew : Opened::State::Unavailable;
        opened.problem = attempt.problem;
        opened.reason = attempt.reason;
        return opened;
    }
    const QString folder = QFileInfo(path).absolutePath();
    const Fallible<void> privateFolder = PrivateFiles::ensurePrivateFolder(folder);
    opened.state = Opened::State::Unavailable;
    opened.problem = Problem::Unusable;
    if (!QFileInfo(folder).isDir()) {
        opened.reason = privateFolder.error();
        return inMemory(opened);
    }
    if (QFileInfo(path).isDir()) {
        opened.reason = tr("a folder is where the file should be");
        return inMemory(opened);
    }
    makeFilesPrivate(path);
    const Attempt attempt = openFile(path);
    opened.problem = attempt.problem;
    opened.reason = attempt.reason;
    if (attempt.tooNew) {
        opened.state = Opened::State::TooNew;
        return inMemory(opened);
    }
    if (attempt.problem == Problem::None) {
        m_persistent = true;
        return {};
    }
    if (attempt.problem == Problem::Damaged) {
        return replace(attempt.reason);
    }
    return inMemory(opened);
}

HistoryDatabase::Opened HistoryDatabase::recover(const QString& reason)
{
    if (!m_persistent || m_description.readOnly) {
        return {};
    }
    return replace(reason);
}

HistoryDatabase::Opened HistoryDatabase::replace(const QString& reason)
{
    close();
    Opened opened;
    opened.problem = Problem::Damaged;
    opened.reason = reason;
    if (!moveAside(&opened.movedTo)) {
        opened.state = Opened::State::CannotMoveAside;
        return inMemory(opened);
    }
    makeFilesPrivate(m_description.filePath);
    const Attempt attempt = openFile(m_description.filePath);
    if (attempt.problem == Problem::None && !attempt.tooNew) {
        m_persistent = true;
        opened.state = Opened::State::MovedAside;
        return opened;
    }
    close();
    opened.state = Opened::State::CannotCreate;
    opened.reason = attempt.reason;
    return inMemory(opened);
}

/// Creates the file (when missing) and narrows it and its companions to their owner before SQLite opens them:
/// SQLite keeps the mode of a file that exists and gives the -wal and -shm files the database's. A failure is
/// not fatal here: SQLite's open then says what is wrong with the file.
void HistoryDatabase::makeFilesPrivate(const QString& path) const
{
    (void)PrivateFiles::makePrivate(path);
    for (const char* suffix : Companions) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion)) {
            (void)PrivateFiles::makePrivate(companion);
        }
    }
}

HistoryDatabase::Attempt HistoryDatabase::failed(const QSqlError& error, const QString& path) const
{
    Attempt attempt;
    attempt.reason = error.text();
    attempt.problem = problemOf(error);
    if (primaryCode(error) == SqliteCantOpen) {
        const QFileInfo file(path);
        const QFileInfo folder(file.absolutePath());
        const bool denied = !folder.isWritable() || (file.exists() && (!file.isReadable() || !file.isWritable()));
        attempt.problem = folder.isDir() && denied ? Problem::ReadOnly : Problem::Unusable;
    }
    // An I/O error or an unexpected answer is damage only when SQLite's own check finds it.
    if ((attempt.problem == Problem::DiskError || attempt.problem == Problem::Unusable) && path != InMemory) {
        QString detail;
        if (confirmsDamage(&detail)) {
            attempt.problem = Problem::Damaged;
            attempt.reason = tr("%1; the integrity check found: %2").arg(attempt.reason, detail);
        }
    }
    return attempt;
}

HistoryDatabase::Attempt HistoryDatabase::openFile(const QString& path)
{
    const bool memory = path == InMemory;
    const bool readOnly = m_description.readOnly && !memory;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        return failed(db.lastError(), path);
    }
    QSqlQuery query(db);
    if (!memory) {
        for (const QString& statement : m_description.connectionStatements) {
            if (!query.exec(statement)) {
                return failed(query.lastError(), path);
            }
        }
    }
    // WAL: readers (the pane) never wait for the writer (a bulk run), and a crash loses no committed row. A file
    // opened read-only keeps the journal it has.
    if (!readOnly
        && (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
            || !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))) {
        return failed(query.lastError(), path);
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return failed(query.lastError(), path);
    }
    const int version = query.value(0).toInt();
    query.finish();
    const int current = m_description.schema->version();
    if (version > current) {
        Attempt tooNew;
        tooNew.tooNew = true;
        return tooNew;
    }
    if (version < current && readOnly) {
        Attempt older;
        older.problem = Problem::Unusable;
        older.reason = tr("it was written by an older version and cannot be read without being updated");
        return older;
    }
    if (version < current) {
        const Attempt migrated = migrate(version);
        if (migrated.problem != Problem::None) {
            return migrated;
        }
    }
    if (!query.exec(m_description.schema->probe())) {
        return failed(query.lastError(), path);
    }
    return {};
}

HistoryDatabase::Attempt HistoryDatabase::migrate(int from)
{
    const QString path = m_description.filePath;
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // IMMEDIATE: a second process opening the same file at the same moment waits instead of migrating twice.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return failed(query.lastError(), path);
    }
    const auto rollBack = [&] {
        query.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    };
    const auto fail = [&](const QSqlError& error) {
        rollBack();
        return failed(error, path);
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(query.lastError());
    }
    // The other process may have migrated while this one waited for the lock.
    const int version = std::max(query.value(0).toInt(), from);
    query.finish();
    // A new file (version 0) has no rows to work through.
    for (int next = version + 1; m_longMigration && version > 0 && next <= m_description.schema->version(); ++next) {
        if (m_description.schema->upgradeMayTakeLong(next)) {
            m_longMigration();
            break;
        }
    }
    for (int next = version + 1; next <= m_description.schema->version(); ++next) {
        const Fallible<void> step = m_description.schema->upgradeTo(db, next);
        if (!step) {
            rollBack();
            // The step reports only its words: a rolled-back write of our own tells a full disk or a read-only
            // file from damage or a step this build cannot make.
            Attempt attempt;
            attempt.reason = step.error();
            QString detail;
            attempt.problem = confirmsDamage(&detail) ? Problem::Damaged : writeCheck();
            return attempt;
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next))) {
            return fail(query.lastError());
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return fail(query.lastError());
    }
    return {};
}

HistoryDatabase::Problem HistoryDatabase::writeCheck() const
{
    QSqlQuery query(connection());
    Problem problem = Problem::Unusable;
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return problemOf(query.lastError());
    }
    if (!query.exec(QStringLiteral("CREATE TABLE vero_write_check (bytes BLOB)"))
        || !query.exec(QStringLiteral("INSERT INTO vero_write_check VALUES (zeroblob(%1))").arg(WriteCheckBytes))) {
        const Problem found = problemOf(query.lastError());
        if (found == Problem::DiskFull || found == Problem::ReadOnly || found == Problem::DiskError) {
            problem = found;
        }
    }
    query.finish();
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    return problem;
}

/// Renames the file (and its -wal/-shm companions) with a timestamp, so nothing is lost and a new file can
/// take its place.
bool HistoryDatabase::moveAside(QString* movedTo)
{
    const QString path = m_description.filePath;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = path + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);
    }
    if (QFileInfo::exists(path)) {
        if (!QDir().rename(path, target)) {
            return false;
        }
        *movedTo = target;
    }
    for (const char* suffix : Companions) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QDir().rename(companion, target + QLatin1String(suffix))) {
            QFile::remove(companion);
        }
    }
    if (QFileInfo::exists(target)) {
        makeFilesPrivate(target);
    }
    return true;
}

HistoryDatabase::Opened HistoryDatabase::inMemory(Opened opened)
{
    close();
    m_persistent = false;
    const Attempt attempt = openFile(InMemory);
    if (attempt.problem != Problem::None) {
        opened.memoryFailure = attempt.reason;
    }
    return opened;
}
