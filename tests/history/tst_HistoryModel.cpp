#include "HistoryTestData.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void passesModelTester();
    void timeFollowsTheLocale_data();
    void timeFollowsTheLocale();
    void fetchesLazilyFrom100000Rows();
    void filtersRequeryTheStore();
    void showsNewAndCompletedRows();
    void displaysColumnsAndExposesEntries();
    void userTimelineIsOldestFirst();
    void reloadsWhenRowsGo();
    void worksWithoutStore();
    void dataAnswersFromTheLoadedPage();
    void timelineStartsAndEnds();
    void matchingCountFollowsTheRows();
    void workspaceColumnMarksProduction();
    void timelineKeepsTheWorkspace();
    void timelineFollowsAliasesAndEmails();

private:
    void fill(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QDateTime m_base;
};

void tst_HistoryModel::initTestCase()
{
    m_base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

void tst_HistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->open());
}

void tst_HistoryModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

/// Rows cycle through users (user-0..user-99), operations and outcomes, one minute apart.
void tst_HistoryModel::fill(int rows)
{
    const QList<StatusClass> classes {
        StatusClass::Success, StatusClass::Success, StatusClass::Rejected, StatusClass::Failed};
    QList<HistoryEntry> batch;
    for (int i = 0; i < rows; ++i) {
        const QString user = QStringLiteral("user-%1").arg(i % 100);
        const OperationInput input
            = i % 3 == 0   ? trackEvent(user, QStringLiteral("Viewed"), QStringLiteral(R"({"n":%1})").arg(i))
              : i % 3 == 1 ? identify(user, user + QStringLiteral("@example.com"))
                           : tags(user, {QStringLiteral("t%1").arg(i % 5)});
        batch << entry(input, m_base.addSecs(60 * i), classes.at(i % classes.size()));
        if (batch.size() == 10000) {
            QCOMPARE(m_store->insertMany(batch), batch.size());
            batch.clear();
        }
    }
    if (!batch.isEmpty()) {
        QCOMPARE(m_store->insertMany(batch), batch.size());
    }
}

void tst_HistoryModel::passesModelTester()
{
    fill(650);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY(model.rowCount() < 650); // the tester fetches a page or two itself; the rest waits
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 650);
    model.setUserFilter(QStringLiteral("user-7"));
    model.setStatusFilter(HistoryStore::StatusFilter::Success);
    model.setTextFilter(QStringLiteral("Viewed"));
    model.setTextFilter({});
    model.setOrder(Qt::AscendingOrder);
    m_store->insert(entry(identify(QStringLiteral("user-7")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    model.setOrder(Qt::DescendingOrder);
    ApiResult result;
    result.status = 200;
    const qint64 id = m_store->insert(
        entry(identify(QStringLiteral("user-7")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    QVERIFY(m_store->complete(id, result));
    QVERIFY(m_store->clear().ok());
    QCOMPARE(model.rowCount(), 0);
}

void tst_HistoryModel::fetchesLazilyFrom100000Rows()
{
    fill(100000);
    QCOMPARE(m_store->count(), 100000);
    HistoryModel model;
    model.setPageSize(500);
    model.setStore(m_store.get());
    // Opening costs one page, not the history.
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.summary(0).userId, QStringLiteral("user-99")); // the newest row comes first
    QCOMPARE(model.summary(0).time, m_base.addSecs(60 * 99999));
    QVERIFY(model.summary(0).requestBody.isEmpty()); // no bodies held by the table

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 500);
    QCOMPARE(inserted.first().at(2).toInt(), 999);

    // Scrolling to the end reaches every row exactly once, newest first.
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 100000);
    QSet<qint64> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.data(model.index(row, 0), HistoryModel::RowIdRole).toLongLong();
        QVERIFY(id < previous);
        previous = id;
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 100000);
    QCOMPARE(model.rowOf(model.summary(54321).id), 54321);

    // A filter answers from the index with one page of its own.
    model.setUserFilter(QStringLiteral("user-42"));
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.totalCount(), 1000);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.summary(row).userId, QStringLiteral("user-42"));
    }
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(!model.canFetchMore({}));
}

void tst_HistoryModel::filtersRequeryTheStore()
{
    fill(1200);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const auto allRows = [&model] {
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        return model.rowCount();
    };

    model.setUserFilter(QStringLiteral("user-5"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(allRows(), 12);
    model.setUserFilter(QStringLiteral("USER-5@example.com")); // email, any case: the identify rows only
    QCOMPARE(allRows(), 4);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.summary(row).operation, Operation::Identify);
    }
    model.setUserFilter({});

    model.setOperationFilter(Operation::TrackEvent);
    QCOMPARE(allRows(), 400);
    model.setStatusFilter(HistoryStore::StatusFilter::Rejected);
    QCOMPARE(allRows(), m_store->count(model.filter()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.summary(row).statusClass, StatusClass::Rejected);
        QCOMPARE(model.summary(row).operation, Operation::TrackEvent);
    }
    model.setOperationFilter(std::nullopt);
    model.setStatusFilter(HistoryStore::StatusFilter::Failed);
    QCOMPARE(allRows(), 300);
    model.setStatusFilter(HistoryStore::StatusFilter::Any);

    model.setTextFilter(QStringLiteral(R"("n":1002)"));
    QCOMPARE(allRows(), 1);
    model.setTextFilter({});

    model.setTimeRange(m_base.addSecs(60 * 100), m_base.addSecs(60 * 110));
    QCOMPARE(allRows(), 10);
    QCOMPARE(model.summary(0).time, m_base.addSecs(60 * 109));
    model.setTimeRange({}, {});
    QCOMPARE(allRows(), 1200);

    // Setting the same filter again does not reload.
    const int resets = reset.count();
    model.setUserFilter({});
    QCOMPARE(reset.count(), resets);
}

void tst_HistoryModel::showsNewAndCompletedRows()
{
    fill(10);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 10);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = m_store->insert(
        entry(identify(QStringLiteral("new-user")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.summary(0).id, id);
    QCOMPARE(model.data(model.index(0, HistoryModel::StatusColumn)).toString(), QStringLiteral("Pending"));
    QCOMPARE(model.data(model.index(0, HistoryModel::ElapsedColumn)).toString(), QString());

    ApiResult result;
    result.status = 400;
    result.message = QStringLiteral("Invalid email.");
    result.elapsedMs = 87;
    QVERIFY(m_store->complete(id, result));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, HistoryModel::StatusColumn)).toString(), QStringLiteral("400 Invalid email."));
    QCOMPARE(model.data(model.index(0, HistoryModel::ElapsedColumn)).toString(), QStringLiteral("87 ms"));
    QCOMPARE(model.data(model.index(0, 0), HistoryModel::StatusClassRole).toInt(), int(StatusClass::Rejected));

    // A row the filter does not match stays out.
    model.setUserFilter(QStringLiteral("someone-else"));
    m_store->insert(entry(identify(QStringLiteral("new-user")), QDateTime::currentDateTimeUtc()));
    QCOMPARE(model.rowCount(), 0);
}

void tst_HistoryModel::displaysColumnsAndExposesEntries()
{
    OperationInput input
        = trackEvent(QStringLiteral("u1"), QStringLiteral("Signed up"), QStringLiteral(R"({"plan":"pro"})"));
    input.email = QStringLiteral("ann@example.com");
    const QDateTime time = QDateTime::currentDateTimeUtc();
    m_store->insert(entry(input, time));
    HistoryEntry failed = entry(identify(QStringLiteral("u2")), time.addSecs(1), StatusClass::Failed);
    m_store->insert(failed);
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old");
    alias.newId = QStringLiteral("new");
    m_store->insert(entry(alias, time.addSecs(2), StatusClass::NotSent));

    HistoryModel model;
    model.setStore(m_store.get());
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(HistoryModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QCOMPARE(model.headerData(HistoryModel::WorkspaceColumn, Qt::Horizontal).toString(), QStringLiteral("Workspace"));
    QCOMPARE(model.headerData(HistoryModel::OperationColumn, Qt::Horizontal).toString(), QStringLiteral("Operation"));
    QCOMPARE(model.headerData(HistoryModel::UserColumn, Qt::Horizontal).toString(), QStringLiteral("User"));
    QCOMPARE(model.headerData(HistoryModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QCOMPARE(model.headerData(HistoryModel::ElapsedColumn, Qt::Horizontal).toString(), QStringLiteral("Elapsed"));

    const auto text = [&model](int row, int column) { return model.data(model.index(row, column)).toString(); };
    // Row 2 is the oldest: the event.
    QCOMPARE(text(2, HistoryModel::TimeColumn), HistoryModel::timeText(time));
    QVERIFY(text(2, HistoryModel::TimeColumn).contains(time.toLocalTime().toString(QStringLiteral("mm:ss"))));
    QCOMPARE(text(2, HistoryModel::OperationColumn), QStringLiteral("Track event: Signed up"));
    QCOMPARE(text(2, HistoryModel::UserColumn), QStringLiteral("u1"));
    QCOMPARE(text(2, HistoryModel::StatusColumn), QStringLiteral("200 Success."));
    QCOMPARE(text(2, HistoryModel::ElapsedColumn), QStringLiteral("42 ms"));
    QCOMPARE(model.data(model.index(2, HistoryModel::UserColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("u1 <ann@example.com>"));
    QCOMPARE(text(1, HistoryModel::StatusColumn), failed.networkError);
    QCOMPARE(text(0, HistoryModel::UserColumn), QStringLiteral("old \u2192 new"));
    QVERIFY(text(0, HistoryModel::StatusColumn).startsWith(QStringLiteral("Not sent: ")));

    // The whole entry, bodies and form input included, for the detail view and "open in form".
    const std::optional<HistoryEntry> whole = model.entry(2);
    QVERIFY(whole);
    QCOMPARE(whole->operationInput(), input);
    QVERIFY(whole->requestBody.contains(QStringLiteral(R"("auth_token":"***")")));
    QCOMPARE(whole->id, model.summary(2).id);
    QCOMPARE(model.data(model.index(2, 0), HistoryModel::UserIdRole).toString(), QStringLiteral("u1"));
    QCOMPARE(model.data(model.index(2, 0), HistoryModel::EmailRole).toString(), QStringLiteral("ann@example.com"));
    QCOMPARE(model.data(model.index(2, 0), HistoryModel::OperationRole).toString(), QStringLiteral("event"));
    QCOMPARE(model.data(model.index(2, 0), HistoryModel::TimeRole).toDateTime(), time);
    QVERIFY(!model.entry(99));
}

void tst_HistoryModel::userTimelineIsOldestFirst()
{
    fill(300);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setStatusFilter(HistoryStore::StatusFilter::Success);
    model.showUserTimeline(QStringLiteral("user-3"));
    QCOMPARE(model.order(), Qt::AscendingOrder);
    QCOMPARE(model.filter().status, HistoryStore::StatusFilter::Any); // the timeline shows everything
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.summary(0).time, m_base.addSecs(60 * 3));
    QCOMPARE(model.summary(2).time, m_base.addSecs(60 * 203));
    // Rows sent while the timeline is open join at its end.
    const qint64 id = m_store->insert(entry(identify(QStringLiteral("user-3")), QDateTime::currentDateTimeUtc()));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.summary(3).id, id);
}

void tst_HistoryModel::workspaceColumnMarksProduction()
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    HistoryEntry production = entry(identify(QStringLiteral("u1")), time, StatusClass::Success, QStringLiteral("Live"));
    production.url = QStringLiteral("https://api.getvero.com/api/v2/users/track");
    m_store->insert(production);
    // Named "Production", sent to a loopback server: not Vero's service, so not marked.
    HistoryEntry local
        = entry(identify(QStringLiteral("u2")), time.addSecs(1), StatusClass::Success, QStringLiteral("Production"));
    local.url = QStringLiteral("http://127.0.0.1:8080/api/v2/users/track");
    m_store->insert(local);
    HistoryModel model;
    model.setStore(m_store.get());
    const QModelIndex live = model.index(1, HistoryModel::WorkspaceColumn);
    QCOMPARE(live.data().toString(), QStringLiteral("Live"));
    QVERIFY(live.data(HistoryModel::ProductionRole).toBool());
    QCOMPARE(live.data(Qt::ToolTipRole).toString(), QStringLiteral("Live (production)"));
    QCOMPARE(live.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Live (production)"));
    QCOMPARE(live.data(HistoryModel::WorkspaceRole).toString(), QStringLiteral("Live"));
    const QModelIndex loopback = model.index(0, HistoryModel::WorkspaceColumn);
    QCOMPARE(loopback.data().toString(), QStringLiteral("Production"));
    QVERIFY(!loopback.data(HistoryModel::ProductionRole).toBool());
    QCOMPARE(loopback.data(Qt::ToolTipRole).toString(), QStringLiteral("Production"));

    model.setWorkspaceFilter(QStringLiteral("Live"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.summary(0).userId, QStringLiteral("u1"));
    model.setWorkspaceFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 2);
}

/// The same id on another workspace is another user: a timeline opened on one workspace stays there.
void tst_HistoryModel::timelineKeepsTheWorkspace()
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    m_store->insert(entry(identify(QStringLiteral("u1")), time, StatusClass::Success, QStringLiteral("Sandbox")));
    m_store->insert(
        entry(identify(QStringLiteral("u1")), time.addSecs(1), StatusClass::Success, QStringLiteral("Live")));
    m_store->insert(
        entry(identify(QStringLiteral("u2")), time.addSecs(2), StatusClass::Success, QStringLiteral("Live")));
    HistoryModel model;
    model.setStore(m_store.get());
    model.setWorkspaceFilter(QStringLiteral("Live"));
    model.showUserTimeline(QStringLiteral("u1"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.summary(0).workspace, QStringLiteral("Live"));
    model.leaveTimeline();
    QCOMPARE(model.filter().workspace, std::optional<QString>(QStringLiteral("Live")));
    QCOMPARE(model.rowCount(), 2);
}

// The timeline of a user is what the history knows about them: their rows under the ids they had before an
// alias, and the rows sent by the emails seen with those ids.
void tst_HistoryModel::timelineFollowsAliasesAndEmails()
{
    m_store->insert(entry(identify(QStringLiteral("old-1"), QStringLiteral("ann@example.com")), m_base));
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old-1");
    alias.newId = QStringLiteral("new-1");
    m_store->insert(entry(alias, m_base.addSecs(60)));
    OperationInput byEmail = trackEvent(QString(), QStringLiteral("opened"));
    byEmail.email = QStringLiteral("ANN@example.com");
    m_store->insert(entry(byEmail, m_base.addSecs(120)));
    m_store->insert(entry(trackEvent(QStringLiteral("new-1"), QStringLiteral("paid")), m_base.addSecs(180)));
    m_store->insert(entry(identify(QStringLiteral("someone-else")), m_base.addSecs(240)));
    HistoryModel model;
    model.setStore(m_store.get());
    model.showUserTimeline(QStringLiteral("new-1"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.summary(0).userId, QStringLiteral("old-1"));
    QCOMPARE(model.summary(2).email, QStringLiteral("ANN@example.com"));
    // Another filter on the same timeline keeps following; another user ends it, and its other names.
    model.setTextFilter(QStringLiteral("opened"));
    QCOMPARE(model.rowCount(), 1);
    model.setTextFilter(QString());
    model.setUserFilter(QStringLiteral("someone-else"));
    QVERIFY(!model.isTimeline());
    QCOMPARE(model.rowCount(), 1);
}

void tst_HistoryModel::reloadsWhenRowsGo()
{
    fill(50);
    HistoryModel model;
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 50);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(m_store->applyRetention({HistoryStore::Retention::Mode::Rows, 20}), 30);
    QVERIFY(reset.count() >= 1);
    QCOMPARE(model.rowCount(), 20);
    m_store.reset();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_HistoryModel::worksWithoutStore()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalCount(), 0);
    model.setUserFilter(QStringLiteral("x"));
    QVERIFY(!model.entry(0));
}

/// data() never reads the store (the table calls it for every visible cell on every repaint): with the rows
/// gone from the file behind the model's back (veroctl clearing it from another process), the loaded page still
/// answers, while entry(), which does read the store, finds nothing.
void tst_HistoryModel::dataAnswersFromTheLoadedPage()
{
    fill(1000);
    HistoryModel model;
    model.setPageSize(100);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 100);
    QStringList before;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            before << model.data(model.index(row, column)).toString();
        }
    }
    QVERIFY(model.entry(0));

    HistoryStore other(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(other.open());
    QCOMPARE(other.clear().removed, qint64(1000));
    QCOMPARE(m_store->count(), qint64(0));

    QStringList after;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            after << model.data(model.index(row, column)).toString();
        }
    }
    QCOMPARE(after, before);
    QVERIFY(!after.first().isEmpty());
    QVERIFY(!model.entry(0));
    // The next page is fetched only when asked for, and the file has none left.
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
}

void tst_HistoryModel::timelineStartsAndEnds()
{
    fill(300);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QSignalSpy changed(&model, &HistoryModel::timelineChanged);
    QVERIFY(!model.isTimeline());

    model.showUserTimeline(QStringLiteral(" user-3 "));
    QVERIFY(model.isTimeline());
    QCOMPARE(model.timelineUser(), QStringLiteral("user-3"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().toBool(), true);

    // Narrowing the same user's timeline keeps it, oldest first.
    HistoryStore::Filter narrower = model.filter();
    narrower.status = HistoryStore::StatusFilter::Success;
    model.setFilter(narrower);
    QVERIFY(model.isTimeline());
    QCOMPARE(model.order(), Qt::AscendingOrder);
    QCOMPARE(changed.size(), 1);

    // Another user ends it: newest first again, and said once.
    model.setUserFilter(QStringLiteral("user-4"));
    QVERIFY(!model.isTimeline());
    QCOMPARE(model.timelineUser(), QString());
    QCOMPARE(model.order(), Qt::DescendingOrder);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().first().toBool(), false);
    QCOMPARE(model.summary(0).userId, QStringLiteral("user-4"));

    // Leaving a timeline clears every filter.
    model.showUserTimeline(QStringLiteral("user-5"));
    model.leaveTimeline();
    QVERIFY(!model.isTimeline());
    QCOMPARE(model.filter(), HistoryStore::Filter());
    QCOMPARE(model.order(), Qt::DescendingOrder);
    QCOMPARE(changed.size(), 4);
    // An empty user is no timeline.
    model.showUserTimeline(QString());
    QVERIFY(!model.isTimeline());
}

void tst_HistoryModel::matchingCountFollowsTheRows()
{
    fill(1200);
    HistoryModel model;
    QSignalSpy counted(&model, &HistoryModel::matchingCountChanged);
    model.setStore(m_store.get());
    // Counted from the event loop, not while the model is being set up.
    QCOMPARE(counted.size(), 0);
    QCOMPARE(model.matchingCount(), qint64(-1));
    QTRY_COMPARE(model.matchingCount(), qint64(1200));
    QCOMPARE(counted.size(), 1);

    // A new row at the top adds one without counting the history again.
    m_store->insert(entry(identify(QStringLiteral("new")), QDateTime::currentDateTimeUtc()));
    QCOMPARE(counted.size(), 2);
    QCOMPARE(model.matchingCount(), qint64(1201));

    // A filter is counted in the store, for the whole history, not the loaded page.
    model.setUserFilter(QStringLiteral("user-7"));
    QTRY_COMPARE(model.matchingCount(), qint64(12));

    // A free-text search counts only what is loaded, and says "more" while pages remain.
    model.setUserFilter({});
    model.setTextFilter(QStringLiteral("Viewed"));
    QTRY_COMPARE(counted.last().first().toLongLong(), qint64(-1));
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QTRY_COMPARE(model.matchingCount(), qint64(model.rowCount()));
    QCOMPARE(model.rowCount(), 400);
}

void tst_HistoryModel::timeFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("31.05.24 14:30:05");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("31/05/2024 14:30:05");
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain) << QStringLiteral("31/5/24 14:30:05");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("5/31/24 2:30:05 PM");
}

// The Time column in the user's date and time format (View > Language or the system's), seconds kept.
void tst_HistoryModel::timeFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QLocale previous;
    QLocale::setDefault(locale);
    const QString shown = HistoryModel::timeText(QDateTime(QDate(2024, 5, 31), QTime(14, 30, 5)));
    QLocale::setDefault(previous);
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_HistoryModel.moc"
