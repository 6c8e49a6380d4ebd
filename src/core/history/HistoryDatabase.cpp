#include "core/history/HistoryDatabase.h"

#include "core/history/DatabaseSchema.h"

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
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;
// Extended result codes carry the primary code in the low byte.
constexpr int PrimaryCodeMask = 0xff;

int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & PrimaryCodeMask;
}

const QLatin1String InMemory(":memory:");

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

bool HistoryDatabase::isDamage(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase || code == SqliteCantOpen;
}

/// Opens the file; on failure moves it aside and starts a new one; as a last resort keeps the data in memory
/// so the program runs on.
HistoryDatabase::Opened HistoryDatabase::open()
{
    close();
    QDir().mkpath(QFileInfo(m_description.filePath).absolutePath());
    Opened opened;
    switch (openFile(m_description.filePath, &opened.reason)) {
        case FileState::Ok:
            m_persistent = true;
            return opened;
        case FileState::Busy:
            opened.state = Opened::State::Locked;
            return inMemory(opened);
        case FileState::TooNew:
            opened.state = Opened::State::TooNew;
            return inMemory(opened);
        case FileState::Broken:
            break;
    }
    return replace(opened.reason);
}

HistoryDatabase::Opened HistoryDatabase::recover(const QString& reason)
{
    if (!m_persistent) {
        return {};
    }
    return replace(reason);
}

HistoryDatabase::Opened HistoryDatabase::replace(const QString& reason)
{
    close();
    Opened opened;
    opened.reason = reason;
    if (!moveAside(&opened.movedTo)) {
        opened.state = Opened::State::CannotMoveAside;
        return inMemory(opened);
    }
    QString secondReason;
    if (openFile(m_description.filePath, &secondReason) == FileState::Ok) {
        m_persistent = true;
        opened.state = Opened::State::MovedAside;
        return opened;
    }
    close();
    opened.state = Opened::State::CannotCreate;
    opened.reason = secondReason;
    return inMemory(opened);
}

HistoryDatabase::FileState HistoryDatabase::openFile(const QString& path, QString* reason)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    const auto classify = [reason](const QSqlError& error) {
        *reason = error.text();
        const int code = primaryCode(error);
        return code == SqliteBusy || code == SqliteLocked ? FileState::Busy : FileState::Broken;
    };
    if (QFileInfo(path).isDir()) {
        *reason = tr("it is a folder, not a file");
        return FileState::Broken;
    }
    if (!db.open()) {
        return classify(db.lastError());
    }
    QSqlQuery query(db);
    // WAL: readers (the pane) never wait for the writer (a bulk run), and a crash loses no committed row.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return classify(query.lastError());
    }
    const int version = query.value(0).toInt();
    query.finish();
    const int current = m_description.schema->version();
    if (version > current) {
        return FileState::TooNew;
    }
    if (version < current && !migrate(version, reason)) {
        return FileState::Broken;
    }
    if (!query.exec(m_description.schema->probe())) {
        return classify(query.lastError());
    }
    return FileState::Ok;
}

bool HistoryDatabase::migrate(int from, QString* reason)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // IMMEDIATE: a second process opening the same file at the same moment waits instead of migrating twice.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *reason = query.lastError().text();
        return false;
    }
    const auto fail = [&](const QString& why) {
        *reason = why;
        query.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(query.lastError().text());
    }
    // The other process may have migrated while this one waited for the lock.
    const int version = std::max(query.value(0).toInt(), from);
    query.finish();
    for (int next = version + 1; next <= m_description.schema->version(); ++next) {
        const Fallible<void> step = m_description.schema->upgradeTo(db, next);
        if (!step) {
            return fail(step.error());
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next))) {
            return fail(query.lastError().text());
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return fail(query.lastError().text());
    }
    return true;
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
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QDir().rename(companion, target + QLatin1String(suffix))) {
            QFile::remove(companion);
        }
    }
    return true;
}

HistoryDatabase::Opened HistoryDatabase::inMemory(Opened opened)
{
    close();
    m_persistent = false;
    QString reason;
    if (openFile(InMemory, &reason) != FileState::Ok) {
        opened.memoryFailure = reason;
    }
    return opened;
}
