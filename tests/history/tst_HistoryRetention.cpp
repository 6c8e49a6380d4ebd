#include "HistoryTestData.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRetention.h"
#include "core/history/HistorySchema.h"
#include "core/history/HistoryStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;

// Trimming the history by age or row count, now or batch by batch from the event loop, and failures reported.
class tst_HistoryRetention : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void retentionByDays();
    void retentionByRows();
    void retentionInBackgroundRunsInBatches();
    void aRunningPassTakesTheNewPolicy();
    void onADatabaseOfItsOwn();
    void aRefusedDeleteIsReported();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QList<qint64> ids(const QList<HistoryEntry>& entries) const;
    // Makes every DELETE on the requests table fail, the way a damaged or read-only file would.
    bool refuseDeletes();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryRetention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryRetention::cleanup()
{
    m_dir.reset();
}

QList<qint64> tst_HistoryRetention::ids(const QList<HistoryEntry>& entries) const
{
    QList<qint64> list;
    for (const HistoryEntry& entry : entries) {
        list << entry.id;
    }
    return list;
}

bool tst_HistoryRetention::refuseDeletes()
{
    const QString connection = QStringLiteral("refuse");
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        done = db.open()
               && QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON requests "
                                                    "BEGIN SELECT RAISE(ABORT, 'deletes refused'); END"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

void tst_HistoryRetention::retentionByDays()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> rows;
    for (int day = 0; day < 40; ++day) {
        rows << entry(identify(QStringLiteral("u%1").arg(day)), now.addDays(-day).addSecs(-60));
    }
    QCOMPARE(store.insertMany(rows), 40);
    QCOMPARE(store.applyRetention({HistoryStore::Retention::Mode::KeepAll, 0}), 0);
    QCOMPARE(store.count(), 40);
    QSignalSpy removed(&store, &HistoryStore::contentsReset);
    // Keep 30 days: rows 0..29 days old stay (all younger than 30 days), 30..39 go.
    QCOMPARE(store.applyRetention({HistoryStore::Retention::Mode::Days, 30}, 3), 10);
    QCOMPARE(store.count(), 30);
    QCOMPARE(removed.count(), 1);
    HistoryStore::Filter old;
    old.to = now.addDays(-30);
    QCOMPARE(store.count(old), 0);
}

void tst_HistoryRetention::retentionByRows()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QList<HistoryEntry> rows;
    for (int i = 0; i < 100; ++i) {
        rows << entry(identify(QStringLiteral("u%1").arg(i)), QDateTime::currentDateTimeUtc());
    }
    QCOMPARE(store.insertMany(rows), 100);
    const QList<qint64> newest = ids(store.fetch({}, HistoryStore::Page {0, 25, Qt::DescendingOrder, false}));
    QCOMPARE(store.applyRetention({HistoryStore::Retention::Mode::Rows, 25}, 10), 75);
    QCOMPARE(ids(store.fetch({})), newest);
    QCOMPARE(store.applyRetention({HistoryStore::Retention::Mode::Rows, 25}), 0);
}

void tst_HistoryRetention::retentionInBackgroundRunsInBatches()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QList<HistoryEntry> rows;
    for (int i = 0; i < 100; ++i) {
        rows << entry(identify(QStringLiteral("u%1").arg(i)), QDateTime::currentDateTimeUtc().addDays(-10));
    }
    QCOMPARE(store.insertMany(rows), 100);
    QSignalSpy applied(&store, &HistoryStore::retentionApplied);
    QSignalSpy reset(&store, &HistoryStore::contentsReset);
    store.applyRetentionInBackground({HistoryStore::Retention::Mode::Days, 7}, 15);
    // Nothing happens inside the call: the work runs from the event loop, batch by batch.
    QVERIFY(store.retentionRunning());
    QCOMPARE(store.count(), 100);
    QCoreApplication::processEvents(); // exactly one batch per turn
    QCOMPARE(store.count(), 85);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.first().first().toLongLong(), 100);
    QCOMPARE(store.count(), 0);
    QVERIFY(!store.retentionRunning());
    QCOMPARE(reset.count(), 1); // once, at the end of the pass
}

void tst_HistoryRetention::aRunningPassTakesTheNewPolicy()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.insertMany(identifies(100, QDateTime::currentDateTimeUtc())), 100);
    QSignalSpy applied(&store, &HistoryStore::retentionApplied);
    store.applyRetentionInBackground({HistoryStore::Retention::Mode::Rows, 90}, 5);
    store.applyRetentionInBackground({HistoryStore::Retention::Mode::Rows, 40}, 5);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().toLongLong(), 60);
    QCOMPARE(store.count(), 40);
}

/// The class alone, on a database opened without a store: what the bulk outbox's own trimming would look like.
void tst_HistoryRetention::onADatabaseOfItsOwn()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QList<HistoryEntry> rows;
        for (int i = 0; i < 30; ++i) {
            rows << entry(identify(QStringLiteral("u%1").arg(i)),
                          QDateTime::currentDateTimeUtc().addDays(-i).addSecs(-60));
        }
        QCOMPARE(store.insertMany(rows), 30);
    }
    const HistorySchema schema;
    HistoryDatabase database({path(), QStringLiteral("retention"), &schema});
    QCOMPARE(database.open().state, HistoryDatabase::Opened::State::Ready);
    HistoryRetention retention(&database);
    QCOMPARE(retention.apply({HistoryRetention::Policy::Mode::KeepAll, 0}).valueOr(-1), 0);
    // Keep 10 days: the rows 10..29 days (and a minute) old go.
    QCOMPARE(retention.apply({HistoryRetention::Policy::Mode::Days, 10}, 7).valueOr(-1), 20);
    QSignalSpy finished(&retention, &HistoryRetention::finished);
    retention.applyInBackground({HistoryRetention::Policy::Mode::Rows, 4}, 2);
    QVERIFY(retention.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toLongLong(), 6);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(!retention.isRunning());
}

void tst_HistoryRetention::aRefusedDeleteIsReported()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.insertMany(identifies(10, QDateTime::currentDateTimeUtc().addDays(-10))), 10);
    QVERIFY(refuseDeletes());
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QSignalSpy applied(&store, &HistoryStore::retentionApplied);
    QSignalSpy reset(&store, &HistoryStore::contentsReset);

    QCOMPARE(store.applyRetention({HistoryStore::Retention::Mode::Days, 1}), -1);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.last().first().toString().contains(QStringLiteral("deletes refused")),
             qPrintable(failed.last().first().toString()));
    QCOMPARE(store.lastError(), failed.last().first().toString());
    QCOMPARE(applied.count(), 0);

    store.applyRetentionInBackground({HistoryStore::Retention::Mode::Rows, 2});
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.first().first().toLongLong(), -1);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(store.count(), 10);
}

QTEST_GUILESS_MAIN(tst_HistoryRetention)
#include "tst_HistoryRetention.moc"
