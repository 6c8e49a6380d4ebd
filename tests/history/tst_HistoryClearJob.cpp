#include "HistoryTestData.h"
#include "core/history/HistoryClearJob.h"
#include "core/history/HistoryStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

// Clearing the history in a thread of its own (HistoryStore::clearInBackground, through HistoryClearJob): the
// caller's event loop keeps turning, nothing of the rows is left on disk, and a request recorded meanwhile is
// kept, not lost and not cleared with the rest.
class tst_HistoryClearJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clearsOffTheCallersThread();
    void rowsRecordedDuringTheClearAreKept();
    void secondClearWhileOneRunsIsRefused();
    void historyInMemoryIsClearedToo();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryClearJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryClearJob::cleanup()
{
    m_dir.reset();
}

/// Seen: "Clear history" held the window for 11.5 s at a million rows. Ticks of a zero timer count the turns of
/// the event loop while the clear runs (no time is measured).
void tst_HistoryClearJob::clearsOffTheCallersThread()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    constexpr int Rows = 20000;
    QCOMPARE(store.insertMany(identifies(Rows, QDateTime::currentDateTimeUtc(), QStringLiteral("confidential-"))),
             Rows);
    int ticks = 0;
    int ticksWhenDone = -1;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    QSignalSpy finished(&store, &HistoryStore::clearFinished);
    QSignalSpy reset(&store, &HistoryStore::contentsReset);
    connect(&store, &HistoryStore::clearFinished, this, [&] { ticksWhenDone = ticks; });
    ticker.start();
    store.clearInBackground();
    QVERIFY(store.clearRunning());
    QVERIFY(finished.wait(120000));
    QVERIFY2(ticksWhenDone > 0, "the event loop stood still while the history was cleared");
    QVERIFY(!store.clearRunning());
    const auto cleared = finished.first().first().value<HistoryStore::Cleared>();
    QVERIFY2(cleared.ok(), qPrintable(cleared.error));
    QCOMPARE(cleared.removed, Rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store.count(), 0);
    for (const QString& file : QStringList {path(), path() + QStringLiteral("-wal")}) {
        QVERIFY2(!readAll(file).contains("confidential-"), qPrintable(file));
    }
}

/// A request sent while the clear runs (its row inserted, then completed) is held and written once the clear
/// is done: the clear removes what the history held when the user confirmed it. A reply that comes after the
/// clear reaches the row through the id the store handed out during it.
void tst_HistoryClearJob::rowsRecordedDuringTheClearAreKept()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.insertMany(identifies(5000, QDateTime::currentDateTimeUtc())), 5000);
    QSignalSpy finished(&store, &HistoryStore::clearFinished);
    QSignalSpy inserted(&store, &HistoryStore::rowInserted);
    store.clearInBackground();
    QVERIFY(store.clearRunning());
    const qint64 completedDuring
        = store.insert(entry(identify(QStringLiteral("sent-during")), {}, StatusClass::Pending));
    const qint64 completedAfter
        = store.insert(entry(identify(QStringLiteral("answered-after")), {}, StatusClass::Pending));
    QVERIFY(completedDuring != 0 && completedAfter != 0);
    ApiResult ok;
    ok.status = 200;
    ok.body = R"({"status":200,"message":"Success."})";
    ok.message = QStringLiteral("Success.");
    QVERIFY(store.complete(completedDuring, ok));
    QCOMPARE(inserted.count(), 0); // nothing is written to a half-cleared file
    QVERIFY(finished.wait(120000));
    QCOMPARE(inserted.count(), 2);
    QVERIFY(store.complete(completedAfter, ok));

    const QList<HistoryEntry> rows = store.fetch(HistoryStore::Filter());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).userId, QStringLiteral("answered-after"));
    QCOMPARE(rows.at(1).userId, QStringLiteral("sent-during"));
    for (const HistoryEntry& row : rows) {
        QVERIFY2(row.statusClass == StatusClass::Success, qPrintable(row.userId));
        QVERIFY(row.id > 0);
    }
}

void tst_HistoryClearJob::secondClearWhileOneRunsIsRefused()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.insertMany(identifies(5000, QDateTime::currentDateTimeUtc())), 5000);
    QSignalSpy finished(&store, &HistoryStore::clearFinished);
    store.clearInBackground();
    store.clearInBackground(); // the one under way answers
    const HistoryStore::Cleared meanwhile = store.clear();
    QVERIFY(!meanwhile.ok());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<HistoryStore::Cleared>().removed, 5000);
}

void tst_HistoryClearJob::historyInMemoryIsClearedToo()
{
    HistoryStore store(QStringLiteral(":memory:"));
    store.open();
    QCOMPARE(store.insertMany(identifies(10, QDateTime::currentDateTimeUtc())), 10);
    QSignalSpy finished(&store, &HistoryStore::clearFinished);
    store.clearInBackground();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().value<HistoryStore::Cleared>().removed, 10);
    QCOMPARE(store.count(), 0);
}

QTEST_GUILESS_MAIN(tst_HistoryClearJob)
#include "tst_HistoryClearJob.moc"
