#include "HistoryTestData.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRetention.h"
#include "core/history/HistorySchema.h"
#include "core/history/HistoryStore.h"

#include <QLocale>
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
    void countsApplyToEachWorkspaceOnItsOwn();
    void agesApplyToEachWorkspace();
    void planSaysWhatGoesFromWhereAndWhen();
    void aPlanNeverRemovesRowsRecordedAfterIt();
    void startUpAgesCountFromEachWorkspacesNewestRequest();
    void keepEverythingPlansNothing();

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

namespace {

QList<HistoryEntry> rowsOf(const QString& workspace, int count, const QDateTime& time, const QString& prefix)
{
    QList<HistoryEntry> rows;
    for (int i = 0; i < count; ++i) {
        rows << entry(
            identify(prefix + QString::number(i)), time.addSecs(i), HistoryEntry::StatusClass::Success, workspace);
    }
    return rows;
}

qint64 countOn(const HistoryStore& store, const QString& workspace)
{
    HistoryStore::Filter filter;
    filter.workspace = workspace;
    return store.count(filter);
}

} // namespace

/// Seen: "Keep newest 1000" removed about 480 rows at once, production's among them, because sandbox traffic
/// was counted with them. Counted per workspace, the older production rows stay.
void tst_HistoryRetention::countsApplyToEachWorkspaceOnItsOwn()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Production: 280 older rows, among them the whole trail of a user who was then deleted.
    QList<HistoryEntry> production = rowsOf(QStringLiteral("Production"), 278, now.addDays(-20), QStringLiteral("p"));
    production << entry(identify(QStringLiteral("cust-7"), QStringLiteral("seven@example.com")),
                        now.addDays(-19),
                        HistoryEntry::StatusClass::Success,
                        QStringLiteral("Production"));
    production << entry(simple(Operation::Delete, QStringLiteral("cust-7")),
                        now.addDays(-18),
                        HistoryEntry::StatusClass::Success,
                        QStringLiteral("Production"));
    QCOMPARE(store.insertMany(production), 280);
    QCOMPARE(store.insertMany(rowsOf(QStringLiteral("Sandbox"), 1200, now.addDays(-1), QStringLiteral("s"))), 1200);

    const Fallible<HistoryStore::RetentionPlan> plan = store.planRetention({HistoryStore::Retention::Mode::Rows, 1000});
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->parts.size(), 1);
    QCOMPARE(plan->parts.first().workspace, QStringLiteral("Sandbox"));
    QCOMPARE(plan->rows(), 200);
    QCOMPARE(plan->deletions(), 0);
    QCOMPARE(store.applyRetention(*plan), 200);
    QCOMPARE(countOn(store, QStringLiteral("Sandbox")), 1000);
    QCOMPARE(countOn(store, QStringLiteral("Production")), 280);
    QVERIFY(!store.lastKnownState(QStringLiteral("cust-7"), QStringLiteral("Production")).isEmpty());
    // The 200 oldest sandbox rows went, the newest 1000 stayed.
    HistoryStore::Filter sandbox;
    sandbox.workspace = QStringLiteral("Sandbox");
    sandbox.user = QStringLiteral("s199");
    QCOMPARE(store.count(sandbox), 0);
    sandbox.user = QStringLiteral("s200");
    QCOMPARE(store.count(sandbox), 1);
}

void tst_HistoryRetention::agesApplyToEachWorkspace()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(store.insertMany(rowsOf(QStringLiteral("Production"), 3, now.addDays(-40), QStringLiteral("old"))), 3);
    QCOMPARE(store.insertMany(rowsOf(QStringLiteral("Production"), 2, now.addDays(-2), QStringLiteral("new"))), 2);
    QCOMPARE(store.insertMany(rowsOf(QStringLiteral("Sandbox"), 4, now.addDays(-35), QStringLiteral("s"))), 4);
    const Fallible<HistoryStore::RetentionPlan> plan = store.planRetention({HistoryStore::Retention::Mode::Days, 30});
    QVERIFY(plan);
    QCOMPARE(plan->rows(), 7);
    QCOMPARE(plan->parts.size(), 2);
    QCOMPARE(plan->parts.at(0).workspace, QStringLiteral("Production"));
    QCOMPARE(plan->parts.at(0).rows, 3);
    QCOMPARE(plan->parts.at(1).workspace, QStringLiteral("Sandbox"));
    QCOMPARE(plan->parts.at(1).rows, 4);
    QCOMPARE(store.applyRetention(*plan, 2), 7);
    QCOMPARE(countOn(store, QStringLiteral("Production")), 2);
    QCOMPARE(countOn(store, QStringLiteral("Sandbox")), 0);
}

void tst_HistoryRetention::planSaysWhatGoesFromWhereAndWhen()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime oldest(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    QList<HistoryEntry> rows = rowsOf(QStringLiteral("Production"), 3, oldest, QStringLiteral("p"));
    rows << entry(simple(Operation::Delete, QStringLiteral("p1")),
                  oldest.addDays(5),
                  HistoryEntry::StatusClass::Success,
                  QStringLiteral("Production"));
    rows << entry(simple(Operation::Delete, QStringLiteral("p2")),
                  oldest.addDays(6),
                  HistoryEntry::StatusClass::Rejected,
                  QStringLiteral("Production"));
    rows << rowsOf(QStringLiteral("Production"), 2, oldest.addDays(30), QStringLiteral("kept"));
    QCOMPARE(store.insertMany(rows), 7);
    const Fallible<HistoryStore::RetentionPlan> plan = store.planRetention({HistoryStore::Retention::Mode::Rows, 2});
    QVERIFY(plan);
    QCOMPARE(plan->rows(), 5);
    QCOMPARE(plan->deletions(), 1); // only the accepted one: the refused delete never removed anyone
    const HistoryStore::RetentionPlan::Part part = plan->parts.constFirst();
    QCOMPARE(part.oldest, oldest);
    QCOMPARE(part.newest, oldest.addDays(6));
    const QLocale locale;
    const QString summary = plan->summary();
    QVERIFY2(summary.startsWith(QStringLiteral("5 request(s) now: 5 from Production (")), qPrintable(summary));
    QVERIFY2(summary.contains(locale.toString(oldest.toLocalTime().date(), QLocale::ShortFormat)), qPrintable(summary));
    QVERIFY2(summary.contains(locale.toString(oldest.addDays(6).toLocalTime().date(), QLocale::ShortFormat)),
             qPrintable(summary));
    // The part's filter selects exactly its rows: what an export of the plan writes.
    QCOMPARE(store.count(part.filter), 5);
}

/// What the user agreed to is what the plan counted: requests recorded after it (veroctl, the app) stay, though
/// the policy would now count them.
void tst_HistoryRetention::aPlanNeverRemovesRowsRecordedAfterIt()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(store.insertMany(rowsOf(QStringLiteral("Production"), 20, now.addDays(-3), QStringLiteral("a"))), 20);
    const Fallible<HistoryStore::RetentionPlan> plan = store.planRetention({HistoryStore::Retention::Mode::Rows, 10});
    QVERIFY(plan);
    QCOMPARE(plan->rows(), 10);
    QCOMPARE(store.insertMany(rowsOf(QStringLiteral("Production"), 50, now, QStringLiteral("b"))), 50);
    QCOMPARE(store.applyRetention(*plan), 10);
    QCOMPARE(store.count(), 60);

    // In the background too, also for ages: a row backdated into the range after the plan stays.
    const Fallible<HistoryStore::RetentionPlan> byAge = store.planRetention({HistoryStore::Retention::Mode::Days, 1});
    QVERIFY(byAge);
    QCOMPARE(byAge->rows(), 10);
    QVERIFY(store.insert(entry(identify(QStringLiteral("late")),
                               now.addDays(-5),
                               HistoryEntry::StatusClass::Success,
                               QStringLiteral("Production")))
            > 0);
    QSignalSpy applied(&store, &HistoryStore::retentionApplied);
    store.applyRetentionInBackground(*byAge, 3);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.first().first().toLongLong(), 10);
    QCOMPARE(store.count(), 51);
}

/// At start-up nobody is asked: ages count back from each workspace's newest request, so a workspace left unused
/// for months, or a clock set years ahead, never empties its history.
void tst_HistoryRetention::startUpAgesCountFromEachWorkspacesNewestRequest()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> rows;
    for (int days : {100, 70, 60}) {
        rows << entry(identify(QStringLiteral("p%1").arg(days)),
                      now.addDays(-days),
                      HistoryEntry::StatusClass::Success,
                      QStringLiteral("Production"));
    }
    for (int days : {40, 1}) {
        rows << entry(identify(QStringLiteral("s%1").arg(days)),
                      now.addDays(-days),
                      HistoryEntry::StatusClass::Success,
                      QStringLiteral("Sandbox"));
    }
    QCOMPARE(store.insertMany(rows), 5);
    const HistoryStore::Retention keep30 {HistoryStore::Retention::Mode::Days, 30};
    // From the clock, every production row would go.
    const Fallible<HistoryStore::RetentionPlan> fromNow = store.planRetention(keep30);
    QVERIFY(fromNow);
    QCOMPARE(fromNow->rows(), 4);
    // From its newest request (60 days ago), only what is older than 90 days goes; the sandbox is used daily.
    const Fallible<HistoryStore::RetentionPlan> atStartUp
        = store.planRetention(keep30, HistoryRetention::Ages::FromNewestRequest);
    QVERIFY(atStartUp);
    QCOMPARE(atStartUp->rows(), 2);
    QCOMPARE(store.applyRetention(*atStartUp), 2);
    QCOMPARE(countOn(store, QStringLiteral("Production")), 2);
    QCOMPARE(countOn(store, QStringLiteral("Sandbox")), 1);

    // A clock five years ahead removes nothing more.
    const HistorySchema schema;
    HistoryDatabase same({path(), QStringLiteral("clock-ahead"), &schema});
    QCOMPARE(same.open().state, HistoryDatabase::Opened::State::Ready);
    HistoryRetention retention(&same);
    const Fallible<HistoryRetention::Plan> ahead
        = retention.plan(keep30, HistoryRetention::Ages::FromNewestRequest, now.addYears(5));
    QVERIFY(ahead);
    QCOMPARE(ahead->rows(), 0);
}

void tst_HistoryRetention::keepEverythingPlansNothing()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.insertMany(identifies(10, QDateTime::currentDateTimeUtc().addYears(-3))), 10);
    const Fallible<HistoryStore::RetentionPlan> plan = store.planRetention({HistoryStore::Retention::Mode::KeepAll, 0});
    QVERIFY(plan);
    QVERIFY(plan->isEmpty());
    QCOMPARE(store.applyRetention(*plan), 0);
    QCOMPARE(store.count(), 10);
}

QTEST_GUILESS_MAIN(tst_HistoryRetention)
#include "tst_HistoryRetention.moc"
