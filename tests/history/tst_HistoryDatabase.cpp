#include "HistoryTestData.h"
#include "core/history/DatabaseSchema.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistorySchema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace HistoryTestData;
using State = HistoryDatabase::Opened::State;
using Problem = HistoryDatabase::Problem;

namespace {

// A second store's schema, as small as one can be: the bulk outbox of a later issue opens its file the same
// way. Version 1 makes a queue table; version 2 adds an attempts column and fills it.
class OutboxSchema final : public DatabaseSchema
{
public:
    explicit OutboxSchema(int version = 2, bool failAt2 = false)
        : m_version(version)
        , m_failAt2(failAt2)
    {
    }
    int version() const override { return m_version; }
    Fallible<void> upgradeTo(QSqlDatabase& database, int version) const override
    {
        QSqlQuery query(database);
        if (version == 1
            && query.exec(QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))) {
            return {};
        }
        if (version == 2 && m_failAt2) {
            return Fallible<void>::failure(QStringLiteral("step 2 refused"));
        }
        if (version == 2
            && query.exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"))
            && query.exec(QStringLiteral("UPDATE outbox SET attempts = 1"))) {
            return {};
        }
        return Fallible<void>::failure(query.lastError().text());
    }
    QString probe() const override { return QStringLiteral("SELECT id FROM outbox ORDER BY id DESC LIMIT 1"); }

private:
    int m_version;
    bool m_failAt2;
};

// What `sql` answers in the first column of its first row, read through `database`'s connection.
QVariant scalar(const HistoryDatabase& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

int modeOf(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

} // namespace

// The file's lifecycle, for any schema: WAL, migration in one transaction, moving a broken file aside,
// the in-memory fallback, and a newer file left alone.
class tst_HistoryDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshFileIsWalAtTheSchemaVersion();
    void aSecondSchemaOpensThroughTheSameClass();
    void aFailedMigrationLeavesTheFileAsItWas();
    void garbageFileIsMovedAside();
    void aFolderInItsPlaceIsLeftAlone();
    void unusableLocationFallsBackToMemory();
    void newerSchemaIsLeftUntouched();
    void recoverMovesTheFileAndItsCompanionsAside();
    void problemsAreToldApart();
    void soundFileIsLeftAloneWhenItCannotBeWritten_data();
    void soundFileIsLeftAloneWhenItCannotBeWritten();
    void busyFileIsLeftAlone();
    void integrityCheckConfirmsDamage();
    void readOnlyOpenNeverChangesTheFile();
    void readOnlyOpenOfADamagedFileSaysSo();
    void filesAndFolderArePrivate();

private:
    QString path(const QString& name = QStringLiteral("history.sqlite")) const { return m_dir->filePath(name); }
    QStringList asideFiles(QDir::Filters filters = QDir::Files) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    HistorySchema m_historySchema;
};

void tst_HistoryDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryDatabase::cleanup()
{
    m_dir.reset();
}

QStringList tst_HistoryDatabase::asideFiles(QDir::Filters filters) const
{
    return QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}, filters);
}

void tst_HistoryDatabase::freshFileIsWalAtTheSchemaVersion()
{
    HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
    const HistoryDatabase::Opened opened = database.open();
    QCOMPARE(opened.state, State::Ready);
    QVERIFY(opened.isPersistent());
    QVERIFY(database.isOpen());
    QVERIFY(database.isPersistent());
    QVERIFY(QFileInfo::exists(path()));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), HistorySchema::SchemaVersion);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA busy_timeout")).toInt(), HistoryDatabase::BusyTimeoutMs);
    database.close();
    QVERIFY(!database.isOpen());
}

void tst_HistoryDatabase::aSecondSchemaOpensThroughTheSameClass()
{
    const OutboxSchema version1(1);
    {
        HistoryDatabase outbox({path(QStringLiteral("outbox.sqlite")), QStringLiteral("outbox"), &version1});
        QCOMPARE(outbox.open().state, State::Ready);
        QSqlQuery query(outbox.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO outbox (body) VALUES ('{}')")));
    }
    // A later build with version 2 migrates the same file, keeping its row; two stores live side by side.
    const OutboxSchema version2(2);
    HistoryDatabase outbox({path(QStringLiteral("outbox.sqlite")), QStringLiteral("outbox"), &version2});
    HistoryDatabase history({path(), QStringLiteral("history"), &m_historySchema});
    QCOMPARE(outbox.open().state, State::Ready);
    QCOMPARE(history.open().state, State::Ready);
    QVERIFY(outbox.connection().connectionName() != history.connection().connectionName());
    QCOMPARE(scalar(outbox, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(scalar(outbox, QStringLiteral("SELECT attempts FROM outbox")).toInt(), 1);
    QCOMPARE(scalar(outbox, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(history, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 0);
}

void tst_HistoryDatabase::aFailedMigrationLeavesTheFileAsItWas()
{
    const OutboxSchema version1(1);
    {
        HistoryDatabase outbox({path(), QStringLiteral("outbox"), &version1});
        QCOMPARE(outbox.open().state, State::Ready);
        QVERIFY(QSqlQuery(outbox.connection()).exec(QStringLiteral("INSERT INTO outbox (body) VALUES ('kept')")));
    }
    // The step fails: the migration's transaction rolls back, and a sound file is no damaged one: it stays where
    // it is, still at version 1 with its row, ready for a build that can read it. A schema that cannot be built
    // fails in memory too, and says so.
    const OutboxSchema failing(2, true);
    HistoryDatabase outbox({path(), QStringLiteral("outbox"), &failing});
    const HistoryDatabase::Opened opened = outbox.open();
    QCOMPARE(opened.state, State::Unavailable);
    QCOMPARE(opened.problem, Problem::Unusable);
    QCOMPARE(opened.reason, QStringLiteral("step 2 refused"));
    QCOMPARE(opened.memoryFailure, QStringLiteral("step 2 refused"));
    QVERIFY(opened.movedTo.isEmpty());
    QVERIFY(asideFiles().isEmpty());
    outbox.close();

    HistoryDatabase aside({path(), QStringLiteral("aside"), &version1});
    QCOMPARE(aside.open().state, State::Ready);
    QCOMPARE(scalar(aside, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(scalar(aside, QStringLiteral("SELECT body FROM outbox")).toString(), QStringLiteral("kept"));
}

void tst_HistoryDatabase::garbageFileIsMovedAside()
{
    const QByteArray garbage = writeGarbage(path());
    QVERIFY(!garbage.isEmpty());
    HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
    const HistoryDatabase::Opened opened = database.open();
    QCOMPARE(opened.state, State::MovedAside);
    QVERIFY(opened.isPersistent());
    QVERIFY(!opened.reason.isEmpty());

    const QStringList aside = asideFiles();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(QFileInfo(opened.movedTo).fileName(), aside.first());
    QCOMPARE(readAll(m_dir->filePath(aside.first())), garbage);
    // A fresh, working file took its place.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 0);
}

void tst_HistoryDatabase::aFolderInItsPlaceIsLeftAlone()
{
    // A folder where the file should be is no damaged file: nothing of it is moved or changed.
    QVERIFY(QDir().mkpath(path()));
    HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
    const HistoryDatabase::Opened opened = database.open();
    QCOMPARE(opened.state, State::Unavailable);
    QCOMPARE(opened.problem, Problem::Unusable);
    QVERIFY(!database.isPersistent());
    QVERIFY(database.isOpen());
    QVERIFY(QFileInfo(path()).isDir());
    QVERIFY(asideFiles(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(!opened.reason.isEmpty());
}

void tst_HistoryDatabase::unusableLocationFallsBackToMemory()
{
    // The parent "folder" is a regular file: nothing can be created there.
    const QString blocker = path(QStringLiteral("blocker"));
    QVERIFY(!writeGarbage(blocker).isEmpty());
    HistoryDatabase database({blocker + QStringLiteral("/history.sqlite"), QStringLiteral("test"), &m_historySchema});
    const HistoryDatabase::Opened opened = database.open();
    QCOMPARE(opened.state, State::Unavailable);
    QCOMPARE(opened.problem, Problem::Unusable);
    QVERIFY(!opened.mayPass());
    QVERIFY(!opened.isPersistent());
    QVERIFY(!database.isPersistent());
    QVERIFY(database.isOpen());
    QVERIFY(opened.memoryFailure.isEmpty());
    // Memory holds the same tables for the session.
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), HistorySchema::SchemaVersion);
    QVERIFY(QFileInfo(blocker).isFile());
}

void tst_HistoryDatabase::newerSchemaIsLeftUntouched()
{
    {
        HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
        QCOMPARE(database.open().state, State::Ready);
        QVERIFY(QSqlQuery(database.connection())
                    .exec(QStringLiteral("INSERT INTO requests (time_ms, operation) VALUES (1, 'identify')")));
    }
    QVERIFY(setUserVersion(path(), HistorySchema::SchemaVersion + 1));
    const QByteArray before = readAll(path());

    HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
    const HistoryDatabase::Opened opened = database.open();
    QCOMPARE(opened.state, State::TooNew);
    QVERIFY(!database.isPersistent());
    // Usable for this session, in memory, and the newer file is not changed or moved.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 0);
    QCOMPARE(readAll(path()), before);
    QVERIFY(asideFiles().isEmpty());
    // Nothing to recover in memory.
    QCOMPARE(database.recover(QStringLiteral("test")).state, State::Ready);
    QVERIFY(asideFiles().isEmpty());
}

void tst_HistoryDatabase::recoverMovesTheFileAndItsCompanionsAside()
{
    HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
    QCOMPARE(database.open().state, State::Ready);
    // Another program has the file open too, so closing ours leaves the WAL (with the row) in place.
    const QString holder = QStringLiteral("holder");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        other.setDatabaseName(path());
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("SELECT count(*) FROM requests")));
        QVERIFY(QSqlQuery(database.connection())
                    .exec(QStringLiteral("INSERT INTO requests (time_ms, operation) VALUES (1, 'identify')")));

        const HistoryDatabase::Opened opened = database.recover(QStringLiteral("found damaged by a read"));
        QCOMPARE(opened.state, State::MovedAside);
        QCOMPARE(opened.reason, QStringLiteral("found damaged by a read"));
        QVERIFY(QFileInfo::exists(opened.movedTo));
        // The companions travel with the file: together they are the old history.
        QVERIFY(QFileInfo::exists(opened.movedTo + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(opened.movedTo + QStringLiteral("-shm")));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 0);
        other.close();

        HistoryDatabase aside({opened.movedTo, QStringLiteral("aside"), &m_historySchema});
        QCOMPARE(aside.open().state, State::Ready);
        QCOMPARE(scalar(aside, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(holder);
}

void tst_HistoryDatabase::problemsAreToldApart()
{
    // SQLite's primary codes, as extended codes carry them in the low byte: only 11 corrupt and 26 not a
    // database declare damage.
    const auto error = [](int code) { return QSqlError({}, {}, QSqlError::StatementError, QString::number(code)); };
    QVERIFY(HistoryDatabase::isDamage(error(11)));
    QVERIFY(HistoryDatabase::isDamage(error(26)));
    QVERIFY(HistoryDatabase::isDamage(error(11 | (1 << 8)))); // SQLITE_CORRUPT_VTAB
    QVERIFY(!HistoryDatabase::isDamage(error(14)));           // cannot open: permissions, a missing folder
    QVERIFY(!HistoryDatabase::isDamage(error(13)));           // full
    QVERIFY(!HistoryDatabase::isDamage(error(10)));           // I/O: only the integrity check can tell
    QVERIFY(!HistoryDatabase::isDamage(error(5)));
    QVERIFY(!HistoryDatabase::isDamage(error(5 | (1 << 8)))); // SQLITE_BUSY_RECOVERY
    QVERIFY(!HistoryDatabase::isDamage(error(6)));
    QVERIFY(!HistoryDatabase::isDamage(QSqlError()));
    QCOMPARE(HistoryDatabase::problemOf(error(13)), Problem::DiskFull);
    QCOMPARE(HistoryDatabase::problemOf(error(8)), Problem::ReadOnly);
    QCOMPARE(HistoryDatabase::problemOf(error(8 | (3 << 8))), Problem::ReadOnly); // SQLITE_READONLY_ROLLBACK
    QCOMPARE(HistoryDatabase::problemOf(error(5)), Problem::InUse);
    QCOMPARE(HistoryDatabase::problemOf(error(6)), Problem::InUse);
    QCOMPARE(HistoryDatabase::problemOf(error(10 | (3 << 8))), Problem::DiskError); // SQLITE_IOERR_WRITE
    QCOMPARE(HistoryDatabase::problemOf(QSqlError()), Problem::None);
}

void tst_HistoryDatabase::soundFileIsLeftAloneWhenItCannotBeWritten_data()
{
    QTest::addColumn<QString>("statement"); // %1: the file's page count
    QTest::addColumn<Problem>("problem");
    // A real SQLITE_FULL and SQLITE_READONLY, whoever runs the test (root ignores file permissions).
    QTest::newRow("full disk") << QStringLiteral("PRAGMA max_page_count = %1") << Problem::DiskFull;
    QTest::newRow("read-only file") << QStringLiteral("PRAGMA query_only = 1") << Problem::ReadOnly;
}

/// Seen: a full disk made a healthy history be moved aside as "broken" and an empty one started. Migrating a
/// sound older file cannot be written: the file is left exactly as it was, not moved, and the reason told.
void tst_HistoryDatabase::soundFileIsLeftAloneWhenItCannotBeWritten()
{
    QFETCH(QString, statement);
    QFETCH(Problem, problem);
    const int pages = writeVersion2History(path(), 300);
    QVERIFY(pages > 0);
    const QByteArray before = readAll(path());

    HistoryDatabase database({path(),
                              QStringLiteral("test"),
                              &m_historySchema,
                              false,
                              {statement.contains(QLatin1String("%1")) ? statement.arg(pages) : statement}});
    const HistoryDatabase::Opened opened = database.open();
    QCOMPARE(opened.state, State::Unavailable);
    QCOMPARE(opened.problem, problem);
    QVERIFY(opened.mayPass());
    QVERIFY(!opened.reason.isEmpty());
    QVERIFY(!database.isPersistent());
    QVERIFY(database.isOpen()); // in memory for the session
    database.close();
    QVERIFY(asideFiles(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(readAll(path()), before);

    // Once it can be written, the same file opens and migrates with its rows.
    HistoryDatabase later({path(), QStringLiteral("later"), &m_historySchema});
    QCOMPARE(later.open().state, State::Ready);
    QCOMPARE(scalar(later, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 300);
    QCOMPARE(scalar(later, QStringLiteral("PRAGMA user_version")).toInt(), HistorySchema::SchemaVersion);
}

void tst_HistoryDatabase::busyFileIsLeftAlone()
{
    {
        HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
        QCOMPARE(database.open().state, State::Ready);
    }
    // Another program holds the file whole (a rollback journal, where EXCLUSIVE keeps readers out too).
    const QString holder = QStringLiteral("holder");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        other.setDatabaseName(path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const QByteArray before = readAll(path());

        HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
        const HistoryDatabase::Opened opened = database.open();
        QCOMPARE(opened.state, State::Unavailable);
        QCOMPARE(opened.problem, Problem::InUse);
        QVERIFY(opened.mayPass());
        QVERIFY(asideFiles().isEmpty());
        QCOMPARE(readAll(path()), before);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(holder);
}

void tst_HistoryDatabase::integrityCheckConfirmsDamage()
{
    HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
    QCOMPARE(database.open().state, State::Ready);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 2000; ++i) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO requests (time_ms, operation, user_id) VALUES (%1, "
                                          "'identify', 'user-%1')")
                               .arg(i)));
    }
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
    query.finish();
    QVERIFY(!database.confirmsDamage()); // sound: an I/O error on it would be no reason to move it
    database.close();

    QVERIFY(wreckAfterHeader(path()));
    HistoryDatabase wrecked({path(), QStringLiteral("wrecked"), &m_historySchema});
    const HistoryDatabase::Opened opened = wrecked.open();
    // Found on opening (the probe reads the table) and moved aside, or found by the check on the open file.
    if (opened.state == State::Ready) {
        QString detail;
        QVERIFY(wrecked.confirmsDamage(&detail));
        QVERIFY(!detail.isEmpty());
    } else {
        QCOMPARE(opened.state, State::MovedAside);
        QCOMPARE(opened.problem, Problem::Damaged);
    }
}

void tst_HistoryDatabase::readOnlyOpenNeverChangesTheFile()
{
    {
        HistoryDatabase database({path(), QStringLiteral("test"), &m_historySchema});
        QCOMPARE(database.open().state, State::Ready);
        QVERIFY(QSqlQuery(database.connection())
                    .exec(QStringLiteral("INSERT INTO requests (time_ms, operation) VALUES (1, 'identify')")));
    }
    const QByteArray before = readAll(path());
    HistoryDatabase database({path(), QStringLiteral("ro"), &m_historySchema, true, {}});
    QCOMPARE(database.open().state, State::Ready);
    QVERIFY(database.isReadOnly());
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 1);
    QSqlQuery write(database.connection());
    QVERIFY(!write.exec(QStringLiteral("INSERT INTO requests (time_ms, operation) VALUES (2, 'identify')")));
    QCOMPARE(HistoryDatabase::problemOf(write.lastError()), Problem::ReadOnly);
    QCOMPARE(database.recover(QStringLiteral("asked to")).state, State::Ready); // never moved
    database.close();
    QCOMPARE(readAll(path()), before);
    QVERIFY(asideFiles().isEmpty());

    // A file that is not there is not made.
    HistoryDatabase missing(
        {path(QStringLiteral("missing.sqlite")), QStringLiteral("missing"), &m_historySchema, true, {}});
    QCOMPARE(missing.open().state, State::Unavailable);
    QVERIFY(!missing.isOpen());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing.sqlite"))));
}

void tst_HistoryDatabase::readOnlyOpenOfADamagedFileSaysSo()
{
    const QByteArray garbage = writeGarbage(path());
    HistoryDatabase database({path(), QStringLiteral("ro"), &m_historySchema, true, {}});
    const HistoryDatabase::Opened opened = database.open();
    QCOMPARE(opened.state, State::Unavailable);
    QCOMPARE(opened.problem, Problem::Damaged);
    QVERIFY(!opened.reason.isEmpty());
    QVERIFY(!database.isOpen()); // no memory stand-in: there is nothing to show
    QCOMPARE(readAll(path()), garbage);
    QVERIFY(asideFiles().isEmpty());
}

void tst_HistoryDatabase::filesAndFolderArePrivate()
{
    const mode_t previous = ::umask(022); // the usual umask leaves new files readable by everyone
    const QString folder = path(QStringLiteral("vero-admin"));
    const QString file = folder + QStringLiteral("/history.sqlite");
    {
        HistoryDatabase database({file, QStringLiteral("test"), &m_historySchema});
        QCOMPARE(database.open().state, State::Ready);
        QVERIFY(QSqlQuery(database.connection())
                    .exec(QStringLiteral("INSERT INTO requests (time_ms, operation) VALUES (1, 'identify')")));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(file + QStringLiteral("-shm")), 0600);
    }
    // A file left open to others by an earlier version is narrowed; the new file after damage is private too.
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    {
        HistoryDatabase database({file, QStringLiteral("test"), &m_historySchema});
        QCOMPARE(database.open().state, State::Ready);
        QCOMPARE(modeOf(file), 0600);
    }
    QVERIFY(!writeGarbage(file).isEmpty());
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    HistoryDatabase database({file, QStringLiteral("test"), &m_historySchema});
    const HistoryDatabase::Opened opened = database.open();
    ::umask(previous);
    QCOMPARE(opened.state, State::MovedAside);
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(opened.movedTo), 0600);
}

QTEST_GUILESS_MAIN(tst_HistoryDatabase)
#include "tst_HistoryDatabase.moc"
