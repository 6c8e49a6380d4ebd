#include "HistoryTestData.h"
#include "core/history/HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;

namespace {

// What `sql` answers first, through a connection of the test's own.
QVariant scalarIn(const QString& fileName, const QString& sql)
{
    const QString connection = QStringLiteral("test-reader");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next()) {
            value = query.value(0);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

// A row too big for a file that cannot grow: its body needs pages of its own.
HistoryEntry bigRow(const QString& user)
{
    HistoryEntry row = entry(identify(user), QDateTime::currentDateTimeUtc());
    row.requestBody = QString(200 * 1024, QLatin1Char('x'));
    return row;
}

} // namespace

// The store when its file cannot be used, seen from its callers: what is moved aside and what is left, what is
// said, what happens to the rows, and how the file is used again.
class tst_HistoryStoreRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullDiskIsSaidAndTheFileKept();
    void fileLeftAtOpenIsTriedAgainAndGetsTheKeptRows();
    void damageFoundByAWriteMovesTheFileAsideAndSaysWhere();
    void readOnlyStoreNeverWrites();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QStringList asideFiles() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Files);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStoreRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryStoreRecovery::cleanup()
{
    m_dir.reset();
}

/// Seen: a full disk made a healthy history be moved aside. A write that does not fit fails, says the disk is
/// full and that the row is not kept; the file stays with every row; once there is room again the next write
/// goes to the same file and says it works again.
void tst_HistoryStoreRecovery::fullDiskIsSaidAndTheFileKept()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(50, QDateTime::currentDateTimeUtc())), 50);
        QVERIFY(store.insert(bigRow(QStringLiteral("filler"))) > 0);
    }
    const int pages = scalarIn(path(), QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(pages > 0);

    HistoryStore store(path());
    store.setConnectionStatements({QStringLiteral("PRAGMA max_page_count = %1").arg(pages)});
    QVERIFY(store.open());
    QVERIFY(store.notice().isEmpty());
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QSignalSpy movedAside(&store, &HistoryStore::movedAside);

    QCOMPARE(store.insert(bigRow(QStringLiteral("u1"))), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("the disk is full")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not kept")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path())), qPrintable(message));
    QCOMPARE(movedAside.count(), 0);
    QCOMPARE(recovered.count(), 0);
    QVERIFY(asideFiles().isEmpty());
    QVERIFY(store.isPersistent());
    QCOMPARE(store.count(), 51);

    // Room again (here: another program removes the filler row, whose pages the file then reuses).
    QVERIFY(scalarIn(path(), QStringLiteral("DELETE FROM requests WHERE user_id = 'filler' RETURNING id")).isValid());
    QVERIFY(store.insert(bigRow(QStringLiteral("u2"))) > 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(recovered.count(), 1);
    const QString again = recovered.first().first().toString();
    QVERIFY2(again.contains(QStringLiteral("can be written again")), qPrintable(again));
    QVERIFY2(again.contains(QStringLiteral("earlier write")), qPrintable(again));
    QCOMPARE(store.count(), 51);
    QVERIFY(asideFiles().isEmpty());
}

/// A sound file that cannot be written when the store opens (an update that does not fit on the disk) is left
/// as it is and history is kept in memory; every insert tries the file again, and when it works the rows kept
/// in memory are written to it.
void tst_HistoryStoreRecovery::fileLeftAtOpenIsTriedAgainAndGetsTheKeptRows()
{
    const int pages = writeVersion2History(path(), 300);
    QVERIFY(pages > 0);
    const QByteArray before = readAll(path());

    HistoryStore store(path());
    store.setConnectionStatements({QStringLiteral("PRAGMA max_page_count = %1").arg(pages)});
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QVERIFY(!store.open());
    QVERIFY(store.isOpen());
    QVERIFY2(store.notice().contains(QStringLiteral("the disk is full")), qPrintable(store.notice()));
    QVERIFY2(store.notice().contains(QStringLiteral("left as it is")), qPrintable(store.notice()));
    QCOMPARE(recovered.count(), 1);

    // Still full: the row is kept in memory, the file is unchanged.
    QVERIFY(store.insert(entry(identify(QStringLiteral("kept-1")), QDateTime::currentDateTimeUtc())) > 0);
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.count(), 1);
    QCOMPARE(readAll(path()), before);
    QVERIFY(asideFiles().isEmpty());

    // Room again: the next insert opens the file, brings it up to date and writes the kept row before its own.
    store.setConnectionStatements({});
    QVERIFY(store.insert(entry(identify(QStringLiteral("after")), QDateTime::currentDateTimeUtc())) > 0);
    QVERIFY(store.isPersistent());
    QCOMPARE(recovered.count(), 2);
    const QString message = recovered.last().first().toString();
    QVERIFY2(message.contains(QStringLiteral("works again")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("kept in memory meanwhile were written")), qPrintable(message));
    QCOMPARE(store.count(), 302);
    QCOMPARE(store.userTimeline(QStringLiteral("kept-1")).size(), 1);
    QVERIFY(asideFiles().isEmpty());
}

/// Point 2: a file found damaged by a write is moved aside, and the store says where (movedAside with the
/// path, recovered with words that name it); the write goes to the new file.
void tst_HistoryStoreRecovery::damageFoundByAWriteMovesTheFileAsideAndSaysWhere()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(500, QDateTime::currentDateTimeUtc())), 500);
    }
    QVERIFY(wreckIndex(path(), QStringLiteral("requests_email")));
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.notice().isEmpty());
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QSignalSpy movedAside(&store, &HistoryStore::movedAside);

    QVERIFY(store.insert(entry(identify(QStringLiteral("u1"), QStringLiteral("u1@example.com")),
                               QDateTime::currentDateTimeUtc()))
            > 0);
    QCOMPARE(movedAside.count(), 1);
    const QString movedTo = movedAside.first().first().toString();
    QCOMPARE(asideFiles(), QStringList {QFileInfo(movedTo).fileName()});
    QCOMPARE(store.movedAsidePath(), movedTo);
    QCOMPARE(recovered.count(), 1);
    QVERIFY2(recovered.first().first().toString().contains(QDir::toNativeSeparators(movedTo)),
             qPrintable(recovered.first().first().toString()));
    QCOMPARE(store.count(), 1);
}

/// Point 3's store: a moved-aside file opened read-only is searched like any history and never written.
void tst_HistoryStoreRecovery::readOnlyStoreNeverWrites()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(20, QDateTime::currentDateTimeUtc())), 20);
    }
    const QByteArray before = readAll(path());
    HistoryStore store(path(), HistoryStore::Access::ReadOnly);
    QVERIFY(store.open());
    QVERIFY(store.isReadOnly());
    HistoryStore::Filter filter;
    filter.user = QStringLiteral("u7");
    QCOMPARE(store.count(filter), 1);
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QCOMPARE(store.insert(entry(identify(QStringLiteral("new")), QDateTime::currentDateTimeUtc())), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!store.clear().ok());
    QCOMPARE(store.count(), 20);
    QCOMPARE(readAll(path()), before);
    QVERIFY(asideFiles().isEmpty());
}

QTEST_GUILESS_MAIN(tst_HistoryStoreRecovery)
#include "tst_HistoryStoreRecovery.moc"
