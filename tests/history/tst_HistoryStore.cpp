#include "HistoryTestData.h"
#include "HttpTestServer.h"
#include "core/api/EventDedup.h"
#include "core/api/VeroClient.h"
#include "core/history/HistoryExporter.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryRecorder.h"
#include "core/history/HistorySchema.h"
#include "core/history/HistoryStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

// The facade: what the app, veroctl and the model rely on, through the real file. The parts have their own
// tests (tst_HistoryDatabase, tst_HistorySchema, tst_HistoryRow, tst_HistoryQuery, tst_HistoryRetention,
// tst_HistoryExporter, tst_UserSnapshot, tst_EventDedup).
class tst_HistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshDatabaseIsWalAtCurrentSchema();
    void defaultPathIsInAppData();
    void insertPendingThenComplete();
    void responseBodyIsCappedAndMarked();
    void filters_data();
    void filters();
    void textFilterTakesWildcardsLiterally();
    void pagesCoverEveryRowOnce();
    void filtersAreIndexLookups_data();
    void filtersAreIndexLookups();
    void openingSaysWhatHappened_data();
    void openingSaysWhatHappened();
    void damagedTableIsMovedAside();
    void damageFoundByAReadIsRepairedOnTheNextTurn();
    void writeFailureIsReported();
    void completingAVanishedRowIsReported();
    void insertManyResetsTheContents();
    void clearSaysHowManyAndLeavesNothingOnDisk();
    void clearSaysWhenTheFileStillHoldsTheRows();
    void userTimelineIsOldestFirst();
    void lastKnownStateRebuildsDeletedUser();
    void lastKnownStateFollowsABoundedAliasChain();
    void lastKnownStateStaysOnItsWorkspace();
    void workspacesAreListedOnce();
    void recentDuplicate_data();
    void recentDuplicate();
    void credentialIsNeverStored_data();
    void credentialIsNeverStored();
    void credentialFieldsAreForcedToMask();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QList<qint64> ids(const QList<HistoryEntry>& entries) const;
    QStringList asideFiles(QDir::Filters filters = QDir::Files) const;
    void fillAndWreck(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryStore::cleanup()
{
    m_dir.reset();
}

QList<qint64> tst_HistoryStore::ids(const QList<HistoryEntry>& entries) const
{
    QList<qint64> list;
    for (const HistoryEntry& entry : entries) {
        list << entry.id;
    }
    return list;
}

QStringList tst_HistoryStore::asideFiles(QDir::Filters filters) const
{
    return QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}, filters);
}

void tst_HistoryStore::freshDatabaseIsWalAtCurrentSchema()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.isPersistent());
        QVERIFY(store.notice().isEmpty());
        QCOMPARE(store.count(), 0);
    }
    QVERIFY(QFileInfo::exists(path()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), HistorySchema::SchemaVersion);
    query.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_HistoryStore::defaultPathIsInAppData()
{
    // ctest points XDG_DATA_HOME at a private folder: the default store lives under it, in the app's folder.
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(QFileInfo(HistoryStore::defaultFilePath()).absolutePath(), QFileInfo(expected).absoluteFilePath());
    QCOMPARE(QFileInfo(HistoryStore::defaultFilePath()).fileName(), QStringLiteral("history.sqlite"));
}

void tst_HistoryStore::insertPendingThenComplete()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QSignalSpy inserted(&store, &HistoryStore::rowInserted);
    QSignalSpy completed(&store, &HistoryStore::rowCompleted);

    OperationInput input
        = identify(QStringLiteral("u1"), QStringLiteral("Ann@Example.com"), QStringLiteral(R"({"plan":"pro"})"));
    input.phone = QStringLiteral("+441234");
    const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-3);
    HistoryEntry pending = entry(input, sent, StatusClass::Pending);
    pending.source = HistoryEntry::Source::Bulk;
    const qint64 id = store.insert(pending);
    QVERIFY2(id > 0, qPrintable(store.lastError()));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().first().toLongLong(), id);

    std::optional<HistoryEntry> stored = store.entry(id);
    QVERIFY(stored);
    QCOMPARE(stored->statusClass, StatusClass::Pending);
    QCOMPARE(stored->time.toMSecsSinceEpoch(), sent.toMSecsSinceEpoch());
    QCOMPARE(stored->workspace, QStringLiteral("test"));
    QCOMPARE(stored->operatorName, QStringLiteral("tester"));
    QCOMPARE(stored->source, HistoryEntry::Source::Bulk);
    QCOMPARE(stored->operation, Operation::Identify);
    QCOMPARE(stored->method, QStringLiteral("POST"));
    QCOMPARE(stored->url, QStringLiteral("https://api.example.test/api/v2/users/track"));
    QCOMPARE(
        QJsonDocument::fromJson(stored->requestBody.toUtf8()).object().value(QStringLiteral("auth_token")).toString(),
        QStringLiteral("***"));
    QCOMPARE(stored->userId, QStringLiteral("u1"));
    QCOMPARE(stored->email, QStringLiteral("Ann@Example.com"));
    QCOMPARE(stored->operationInput(), input);

    ApiResult result;
    result.status = 200;
    result.body = R"({"status":200,"message":"Success."})";
    result.message = QStringLiteral("Success.");
    result.elapsedMs = 123;
    QVERIFY(store.complete(id, result));
    QCOMPARE(completed.count(), 1);
    stored = store.entry(id);
    QCOMPARE(stored->statusClass, StatusClass::Success);
    QCOMPARE(stored->httpStatus, 200);
    QCOMPARE(stored->message, QStringLiteral("Success."));
    QCOMPARE(stored->responseBody, QString::fromUtf8(result.body));
    QCOMPARE(stored->elapsedMs, 123);
    QVERIFY(!stored->responseTruncated);
    QVERIFY(stored->networkError.isEmpty());

    // A network failure: no status, the error in words.
    const qint64 failedId = store.insert(entry(input, sent, StatusClass::Pending));
    ApiResult failed;
    failed.error = QStringLiteral("The connection to api.example.test was refused.");
    failed.elapsedMs = 5;
    QVERIFY(store.complete(failedId, failed));
    QCOMPARE(store.entry(failedId)->statusClass, StatusClass::Failed);
    QCOMPARE(store.entry(failedId)->networkError, failed.error);
    QCOMPARE(store.entry(failedId)->httpStatus, 0);
}

void tst_HistoryStore::responseBodyIsCappedAndMarked()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const qint64 id
        = store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    // A 3-byte character straddles the 64 KiB boundary: the cut must not split it.
    QByteArray body(HistoryEntry::MaxResponseBytes - 1, 'a');
    body += "\xE2\x82\xAC"; // €
    body += QByteArray(40000, 'b');
    ApiResult result;
    result.status = 500;
    result.body = body;
    QVERIFY(store.complete(id, result));
    const HistoryEntry stored = *store.entry(id);
    QVERIFY(stored.responseTruncated);
    QCOMPARE(stored.responseSize, body.size());
    QCOMPARE(stored.responseBody.toUtf8().size(), HistoryEntry::MaxResponseBytes - 1);
    QVERIFY(!stored.responseBody.contains(QChar::ReplacementCharacter));
    QCOMPARE(stored.statusClass, StatusClass::Failed);

    const qint64 small
        = store.insert(entry(identify(QStringLiteral("u2")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    result.body = QByteArray(HistoryEntry::MaxResponseBytes, 'c');
    QVERIFY(store.complete(small, result));
    QVERIFY(!store.entry(small)->responseTruncated);
    QCOMPARE(store.entry(small)->responseBody.size(), HistoryEntry::MaxResponseBytes);
}

void tst_HistoryStore::filters_data()
{
    QTest::addColumn<HistoryStore::Filter>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into the rows written by filters(), newest first

    const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    HistoryStore::Filter filter;
    QTest::newRow("none") << filter << QList<int> {7, 6, 5, 4, 3, 2, 1, 0};

    filter = {};
    filter.user = QStringLiteral("u1");
    QTest::newRow("user id") << filter << QList<int> {6, 2, 0};
    filter.user = QStringLiteral("ANN@example.COM");
    QTest::newRow("email, any case") << filter << QList<int> {4, 0};
    filter.user = QStringLiteral("u9");
    QTest::newRow("alias new id") << filter << QList<int> {6};

    filter = {};
    filter.operation = Operation::TrackEvent;
    QTest::newRow("operation") << filter << QList<int> {3, 1};

    filter = {};
    filter.status = HistoryStore::StatusFilter::Success;
    QTest::newRow("success") << filter << QList<int> {6, 4, 1, 0};
    filter.status = HistoryStore::StatusFilter::Rejected;
    QTest::newRow("rejected") << filter << QList<int> {2};
    filter.status = HistoryStore::StatusFilter::Failed;
    QTest::newRow("failed includes not sent") << filter << QList<int> {7, 3};
    filter.status = HistoryStore::StatusFilter::Pending;
    QTest::newRow("pending") << filter << QList<int> {5};

    filter = {};
    filter.text = QStringLiteral("checkout");
    QTest::newRow("text in body") << filter << QList<int> {1};
    filter.text = QStringLiteral("REFUSED");
    QTest::newRow("text in error, any case") << filter << QList<int> {3};

    filter = {};
    filter.from = base.addSecs(2 * 60);
    filter.to = base.addSecs(5 * 60);
    QTest::newRow("time range, end exclusive") << filter << QList<int> {4, 3, 2};

    filter = {};
    filter.user = QStringLiteral("u1");
    filter.status = HistoryStore::StatusFilter::Success;
    filter.from = base.addSecs(60);
    QTest::newRow("combined") << filter << QList<int> {6};
}

void tst_HistoryStore::filters()
{
    QFETCH(HistoryStore::Filter, filter);
    QFETCH(QList<int>, expected);

    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("u1");
    alias.newId = QStringLiteral("u9");
    const QList<HistoryEntry> rows {
        entry(identify(QStringLiteral("u1"), QStringLiteral("ann@example.com")), base, StatusClass::Success),
        entry(trackEvent(QStringLiteral("u2"), QStringLiteral("Checkout"), QStringLiteral(R"({"step":"checkout"})")),
              base.addSecs(60),
              StatusClass::Success),
        entry(simple(Operation::Unsubscribe, QStringLiteral("u1")), base.addSecs(120), StatusClass::Rejected),
        entry(trackEvent(QStringLiteral("u3"), QStringLiteral("Signup")), base.addSecs(180), StatusClass::Failed),
        entry(identify(QString(), QStringLiteral("Ann@Example.com")), base.addSecs(240), StatusClass::Success),
        entry(simple(Operation::Delete, QStringLiteral("u4")), base.addSecs(300), StatusClass::Pending),
        entry(alias, base.addSecs(360), StatusClass::Success),
        entry(simple(Operation::Resubscribe, QStringLiteral("u5")), base.addSecs(420), StatusClass::NotSent),
    };
    QList<qint64> rowIds;
    for (const HistoryEntry& row : rows) {
        rowIds << store.insert(row);
        QVERIFY(rowIds.last() > 0);
    }
    QList<qint64> expectedIds;
    for (int index : expected) {
        expectedIds << rowIds.at(index);
    }
    QCOMPARE(ids(store.fetch(filter)), expectedIds);
    QCOMPARE(store.count(filter), expectedIds.size());
}

void tst_HistoryStore::textFilterTakesWildcardsLiterally()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 percent = store.insert(entry(identify(QStringLiteral("100%_off")), now));
    store.insert(entry(identify(QStringLiteral("100xyoff")), now));
    HistoryStore::Filter filter;
    filter.text = QStringLiteral("0%_o");
    QCOMPARE(ids(store.fetch(filter)), QList<qint64> {percent});
}

void tst_HistoryStore::pagesCoverEveryRowOnce()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QList<HistoryEntry> rows;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < 450; ++i) {
        rows << entry(identify(QStringLiteral("user-%1").arg(i % 7)), base.addSecs(i));
    }
    QCOMPARE(store.insertMany(rows), 450);

    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        HistoryStore::Page page;
        page.limit = 200;
        page.order = order;
        QList<qint64> seen;
        for (;;) {
            const QList<HistoryEntry> chunk = store.fetch({}, page);
            seen << ids(chunk);
            if (chunk.size() < page.limit) {
                break;
            }
            page.after = chunk.last().id;
        }
        QCOMPARE(seen.size(), 450);
        QList<qint64> sorted = seen;
        std::sort(sorted.begin(), sorted.end());
        if (order == Qt::DescendingOrder) {
            std::reverse(sorted.begin(), sorted.end());
        }
        QCOMPARE(seen, sorted);
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 450);
    }
}

void tst_HistoryStore::filtersAreIndexLookups_data()
{
    QTest::addColumn<HistoryStore::Filter>("filter");
    QTest::addColumn<qint64>("after");
    HistoryStore::Filter filter;
    filter.user = QStringLiteral("u1");
    QTest::newRow("user id or email") << filter << qint64(0);
    QTest::newRow("user id or email, next page") << filter << qint64(5000);
    filter = {};
    filter.operation = Operation::TrackEvent;
    QTest::newRow("operation") << filter << qint64(0);
    filter = {};
    filter.status = HistoryStore::StatusFilter::Failed;
    QTest::newRow("status class") << filter << qint64(0);
    filter = {};
    filter.from = QDateTime::currentDateTimeUtc().addDays(-2);
    filter.to = QDateTime::currentDateTimeUtc().addDays(-1);
    QTest::newRow("time range") << filter << qint64(0);
    filter = {};
    filter.workspace = QStringLiteral("Production");
    QTest::newRow("workspace") << filter << qint64(0);
    QTest::newRow("workspace, next page") << filter << qint64(5000);
    filter = {};
    QTest::newRow("no filter, next page") << filter << qint64(5000);
}

void tst_HistoryStore::filtersAreIndexLookups()
{
    QFETCH(HistoryStore::Filter, filter);
    QFETCH(qint64, after);
    HistoryStore store(path());
    QVERIFY(store.open());
    HistoryStore::Page page;
    page.after = after;
    const QString plan = store.queryPlan(filter, page);
    // "SCAN requests" is a full table scan; "SEARCH ... USING (COVERING) INDEX / INTEGER PRIMARY KEY" is a lookup.
    QVERIFY2(!plan.contains(QRegularExpression(QStringLiteral("^SCAN requests$"), QRegularExpression::MultilineOption)),
             qPrintable(plan));
    if (filter != HistoryStore::Filter()) {
        QVERIFY2(plan.contains(QStringLiteral("USING INDEX")) || plan.contains(QStringLiteral("USING COVERING INDEX")),
                 qPrintable(plan));
    }
}

void tst_HistoryStore::openingSaysWhatHappened_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("persistent");
    QTest::addColumn<QString>("mentions"); // in the notice; "<aside>" is the name the old file was given
    QTest::newRow("garbage file") << QStringLiteral("garbage") << true << QStringLiteral("<aside>");
    QTest::newRow("a folder where the file should be") << QStringLiteral("folder") << false << QStringLiteral("folder");
    QTest::newRow("unusable location") << QStringLiteral("location") << false << QStringLiteral("memory");
    QTest::newRow("newer schema") << QStringLiteral("newer") << false << QStringLiteral("newer version");
}

/// What tst_HistoryDatabase checks of the file, seen from the store's callers: open()'s answer, one recovered
/// signal carrying the notice, and a store that works for the rest of the session.
void tst_HistoryStore::openingSaysWhatHappened()
{
    QFETCH(QString, damage);
    QFETCH(bool, persistent);
    QFETCH(QString, mentions);
    QString file = path();
    if (damage == QLatin1String("garbage")) {
        QVERIFY(!writeGarbage(file).isEmpty());
    } else if (damage == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (damage == QLatin1String("location")) {
        // The parent "folder" is a regular file: nothing can be created there.
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QVERIFY(!writeGarbage(blocker).isEmpty());
        file = blocker + QStringLiteral("/history.sqlite");
    } else {
        {
            HistoryStore store(file);
            QVERIFY(store.open());
            store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc()));
        }
        QVERIFY(setUserVersion(file, HistorySchema::SchemaVersion + 1));
    }

    HistoryStore store(file);
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QCOMPARE(store.open(), persistent);
    QCOMPARE(store.isPersistent(), persistent);
    QVERIFY(store.isOpen());
    QCOMPARE(recovered.count(), 1);
    QCOMPARE(recovered.first().first().toString(), store.notice());
    if (mentions == QLatin1String("<aside>")) {
        const QStringList aside = asideFiles(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(aside.size(), 1);
        mentions = aside.first();
    }
    QVERIFY2(store.notice().contains(mentions), qPrintable(store.notice()));

    // A fresh, working history took its place (in memory when no file can be used).
    QCOMPARE(store.count(), 0);
    QVERIFY(store.insert(entry(identify(QStringLiteral("u2")), QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(store.count(), 1);
}

void tst_HistoryStore::fillAndWreck(int rows)
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(rows, QDateTime::currentDateTimeUtc(), QStringLiteral("user-"))), rows);
    } // closing the last connection checkpoints the WAL into the file
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal"))
            || QFileInfo(path() + QStringLiteral("-wal")).size() == 0);
    QVERIFY(wreckAfterHeader(path()));
}

void tst_HistoryStore::damagedTableIsMovedAside()
{
    fillAndWreck(2000);
    if (QTest::currentTestFailed()) {
        return;
    }
    HistoryStore store(path());
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    store.open();
    // The damage is found when opening, or by the first read; then the file is replaced by the next turn of the
    // event loop.
    QVERIFY(!store.readPage({}, {}).ok() || recovered.count() == 1);
    QTRY_COMPARE(recovered.count(), 1);
    QVERIFY(store.isOpen());
    QCOMPARE(asideFiles().size(), 1);
    QVERIFY(store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(store.count(), 1);
}

/// A file damaged under a running store: the read that finds it returns the error and changes nothing else,
/// so a view reading from data() is never reset under its feet; the store replaces the file on the next turn
/// of the event loop, says so, and the views reload.
void tst_HistoryStore::damageFoundByAReadIsRepairedOnTheNextTurn()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(2000, QDateTime::currentDateTimeUtc(), QStringLiteral("user-"))), 2000);
    }
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.notice().isEmpty());
    HistoryModel model;
    model.setStore(&store);
    QSignalSpy modelReset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy contentsReset(&store, &HistoryStore::contentsReset);
    QSignalSpy recovered(&store, &HistoryStore::recovered);

    QVERIFY(wreckAfterHeader(path()));
    // A free-text filter reads every page of the table.
    HistoryStore::Filter everything;
    everything.text = QStringLiteral("user-1999");
    const Fallible<QList<HistoryEntry>> read = store.readPage(everything, {});
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("could not be read")), qPrintable(read.error()));
    QCOMPARE(recovered.count(), 0);
    QCOMPARE(contentsReset.count(), 0);
    QCOMPARE(modelReset.count(), 0);
    QVERIFY(asideFiles().isEmpty());

    QTRY_COMPARE(recovered.count(), 1);
    QCOMPARE(contentsReset.count(), 1);
    QCOMPARE(modelReset.count(), 1);
    const QString message = recovered.first().first().toString();
    QCOMPARE(asideFiles().size(), 1);
    QVERIFY2(message.contains(asideFiles().first()), qPrintable(message));
    QCOMPARE(store.notice(), message);
    QVERIFY(store.isPersistent());
    QCOMPARE(store.readCount({}).valueOr(-1), 0);
    QVERIFY(store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(model.rowCount(), 1);
}

void tst_HistoryStore::writeFailureIsReported()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    // Another program holds the write lock (a stuck bulk run, a backup tool) past the busy timeout.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(path());
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QCOMPARE(store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("could not be written")), qPrintable(message));
    QCOMPARE(store.lastError(), message);
    // Busy is not damage: the file stays where it is.
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}).isEmpty());

    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock.finish();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QVERIFY(store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
}

void tst_HistoryStore::completingAVanishedRowIsReported()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const qint64 id
        = store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    QCOMPARE(store.clear().removed, 1);
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    ApiResult result;
    result.status = 200;
    QVERIFY(!store.complete(id, result));
    QCOMPARE(failed.count(), 1);
}

void tst_HistoryStore::insertManyResetsTheContents()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QSignalSpy inserted(&store, &HistoryStore::rowInserted);
    QSignalSpy reset(&store, &HistoryStore::contentsReset);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(store.insertMany({entry(identify(QStringLiteral("u1")), now), entry(identify(QStringLiteral("u2")), now)}),
             2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0); // one reset, not a signal per row
    QCOMPARE(store.count(), 2);
}

void tst_HistoryStore::clearSaysHowManyAndLeavesNothingOnDisk()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QList<HistoryEntry> rows;
    for (int i = 0; i < 300; ++i) {
        rows << entry(identify(QStringLiteral("confidential-user-%1").arg(i)), QDateTime::currentDateTimeUtc());
    }
    QCOMPARE(store.insertMany(rows), 300);
    QCOMPARE(store.count(), 300);
    QSignalSpy removed(&store, &HistoryStore::contentsReset);
    const HistoryStore::Cleared cleared = store.clear();
    QVERIFY2(cleared.ok(), qPrintable(cleared.error));
    QCOMPARE(cleared.removed, 300);
    QCOMPARE(store.count(), 0);
    QCOMPARE(removed.count(), 1);
    for (const QString& file : QStringList {path(), path() + QStringLiteral("-wal")}) {
        QVERIFY2(!readAll(file).contains("confidential-user-"), qPrintable(file));
    }
}

/// A reader holding an old snapshot (another program, a backup) keeps the cleared rows' pages in the WAL: the
/// rows are gone from the table, but clear() must not claim they are gone from the disk.
void tst_HistoryStore::clearSaysWhenTheFileStillHoldsTheRows()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.insertMany(identifies(50, QDateTime::currentDateTimeUtc(), QStringLiteral("confidential-user-"))),
             50);
    const QString connection = QStringLiteral("reader");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(path());
        QVERIFY(other.open());
        QSqlQuery read(other);
        QVERIFY(read.exec(QStringLiteral("BEGIN")));
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM requests")) && read.next());
        QCOMPARE(read.value(0).toInt(), 50);

        QSignalSpy reset(&store, &HistoryStore::contentsReset);
        const HistoryStore::Cleared cleared = store.clear();
        QCOMPARE(cleared.removed, 50);
        QVERIFY(!cleared.ok());
        QVERIFY2(cleared.error.contains(QStringLiteral("could not be compacted")), qPrintable(cleared.error));
        QVERIFY2(cleared.error.contains(QDir::toNativeSeparators(path())), qPrintable(cleared.error));
        QCOMPARE(store.count(), 0);
        QCOMPARE(reset.count(), 1);
        QVERIFY(readAll(path()).contains("confidential-user-")
                || readAll(path() + QStringLiteral("-wal")).contains("confidential-user-"));

        read.finish();
        QVERIFY(read.exec(QStringLiteral("COMMIT")));
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);

    // With the reader gone, clearing again compacts the file.
    const HistoryStore::Cleared again = store.clear();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.removed, 0);
    for (const QString& file : QStringList {path(), path() + QStringLiteral("-wal")}) {
        QVERIFY2(!readAll(file).contains("confidential-user-"), qPrintable(file));
    }
}

void tst_HistoryStore::userTimelineIsOldestFirst()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-600);
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old");
    alias.newId = QStringLiteral("u1");
    const qint64 a = store.insert(entry(alias, base));
    store.insert(entry(identify(QStringLiteral("u2")), base.addSecs(1)));
    const qint64 b = store.insert(entry(tags(QStringLiteral("u1"), {QStringLiteral("vip")}), base.addSecs(2)));
    const qint64 c
        = store.insert(entry(identify(QStringLiteral("u1"), QStringLiteral("x@example.com")), base.addSecs(3)));
    const QList<HistoryEntry> timeline = store.userTimeline(QStringLiteral("u1"));
    QCOMPARE(ids(timeline), (QList<qint64> {a, b, c}));
    QVERIFY(!timeline.last().requestBody.isEmpty());
    QCOMPARE(ids(store.userTimeline(QStringLiteral("X@EXAMPLE.com"))), QList<qint64> {c});
    QVERIFY(store.userTimeline(QStringLiteral("  ")).isEmpty());
}

void tst_HistoryStore::lastKnownStateRebuildsDeletedUser()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QDateTime t = QDateTime::currentDateTimeUtc().addDays(-2);
    const auto next = [&t] { return t = t.addSecs(60); };
    OperationInput first = identify(
        QStringLiteral("old-7"), QStringLiteral("first@example.com"), QStringLiteral(R"({"plan":"free","age":30})"));
    first.channels = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                              {QStringLiteral("address"), QStringLiteral("tok-1")},
                                              {QStringLiteral("platform"), QStringLiteral("ios")}}};
    store.insert(entry(first, next()));
    store.insert(entry(tags(QStringLiteral("old-7"), {QStringLiteral("trial"), QStringLiteral("beta")}), next()));
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old-7");
    alias.newId = QStringLiteral("u7");
    store.insert(entry(alias, next()));
    store.insert(
        entry(identify(QStringLiteral("u7"), QStringLiteral("ann@example.com"), QStringLiteral(R"({"plan":"pro"})")),
              next()));
    OperationInput edit;
    edit.operation = Operation::EditProperties;
    edit.id = QStringLiteral("u7");
    edit.changes = QStringLiteral(R"({"city":"Leeds"})");
    store.insert(entry(edit, next()));
    store.insert(entry(tags(QStringLiteral("u7"), {QStringLiteral("vip")}, {QStringLiteral("trial")}), next()));
    // Rejected and failed requests never changed the user.
    store.insert(entry(
        identify(QStringLiteral("u7"), QStringLiteral("typo@example"), QString()), next(), StatusClass::Rejected));
    store.insert(entry(tags(QStringLiteral("u7"), {QStringLiteral("lost")}), next(), StatusClass::Failed));
    store.insert(entry(simple(Operation::Unsubscribe, QStringLiteral("u7")), next()));
    store.insert(entry(trackEvent(QStringLiteral("u7"), QStringLiteral("Bought")), next()));
    store.insert(
        entry(trackEvent(QStringLiteral("u7"), QStringLiteral("Bought"), QStringLiteral(R"({"n":2})")), next()));
    const QDateTime deletedAt = next();
    store.insert(entry(simple(Operation::Delete, QStringLiteral("u7")), deletedAt));

    const UserSnapshot snapshot = store.lastKnownState(QStringLiteral("u7"));
    QVERIFY(!snapshot.isEmpty());
    QCOMPARE(snapshot.userId, QStringLiteral("u7"));
    QCOMPARE(snapshot.previousIds, QStringList {QStringLiteral("old-7")});
    QCOMPARE(snapshot.email, QStringLiteral("ann@example.com"));
    QCOMPARE(snapshot.properties,
             (QJsonObject {{QStringLiteral("plan"), QStringLiteral("pro")},
                           {QStringLiteral("age"), 30},
                           {QStringLiteral("city"), QStringLiteral("Leeds")}}));
    QCOMPARE(snapshot.channels.size(), 1);
    QCOMPARE(snapshot.tags, (QStringList {QStringLiteral("beta"), QStringLiteral("vip")}));
    QVERIFY(snapshot.unsubscribed);
    QVERIFY(snapshot.deleted);
    QCOMPARE(snapshot.deletedAt.toMSecsSinceEpoch(), deletedAt.toMSecsSinceEpoch());
    QCOMPARE(snapshot.eventCount, 2);

    const OperationInput identifyInput = snapshot.identifyInput();
    QCOMPARE(identifyInput.operation, Operation::Identify);
    QCOMPARE(identifyInput.id, QStringLiteral("u7"));
    QCOMPARE(identifyInput.email, QStringLiteral("ann@example.com"));
    QCOMPARE(QJsonDocument::fromJson(identifyInput.data.toUtf8()).object(), snapshot.properties);
    QCOMPARE(identifyInput.channels, snapshot.channels);
    QVERIFY(RequestBuilder::build(identifyInput).ok());
    const OperationInput tagsInput = snapshot.tagsInput();
    QCOMPARE(tagsInput.tagsAdd, snapshot.tags);
    QVERIFY(RequestBuilder::build(tagsInput).ok());

    QVERIFY(store.lastKnownState(QStringLiteral("stranger")).isEmpty());
}

/// The same id on two workspaces is two users: a restore on one never carries the other's properties.
void tst_HistoryStore::lastKnownStateStaysOnItsWorkspace()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime t = QDateTime::currentDateTimeUtc().addDays(-1);
    store.insert(
        entry(identify(QStringLiteral("u1"), QStringLiteral("test@example.com"), QStringLiteral(R"({"plan":"test"})")),
              t,
              StatusClass::Success,
              QStringLiteral("Sandbox")));
    store.insert(
        entry(identify(QStringLiteral("u1"), QStringLiteral("real@example.com"), QStringLiteral(R"({"plan":"pro"})")),
              t.addSecs(60),
              StatusClass::Success,
              QStringLiteral("Production")));
    store.insert(entry(tags(QStringLiteral("u1"), {QStringLiteral("sandbox-only")}),
                       t.addSecs(120),
                       StatusClass::Success,
                       QStringLiteral("Sandbox")));
    const UserSnapshot production = store.lastKnownState(QStringLiteral("u1"), QStringLiteral("Production"));
    QCOMPARE(production.email, QStringLiteral("real@example.com"));
    QCOMPARE(production.properties.value(QLatin1String("plan")).toString(), QStringLiteral("pro"));
    QVERIFY(production.tags.isEmpty());
    QCOMPARE(production.requestCount, 1);
    const UserSnapshot sandbox = store.lastKnownState(QStringLiteral("u1"), QStringLiteral("Sandbox"));
    QCOMPARE(sandbox.email, QStringLiteral("test@example.com"));
    QCOMPARE(sandbox.tags, QStringList {QStringLiteral("sandbox-only")});
    QVERIFY(store.lastKnownState(QStringLiteral("u1"), QStringLiteral("Staging")).isEmpty());
}

void tst_HistoryStore::workspacesAreListedOnce()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.workspaces().isEmpty());
    const QDateTime t = QDateTime::currentDateTimeUtc();
    for (const QString& name : {QStringLiteral("Sandbox"), QStringLiteral("Production"), QStringLiteral("Sandbox")}) {
        store.insert(entry(identify(QStringLiteral("u")), t, StatusClass::Success, name));
    }
    QCOMPARE(store.workspaces(), (QStringList {QStringLiteral("Production"), QStringLiteral("Sandbox")}));
}

void tst_HistoryStore::lastKnownStateFollowsABoundedAliasChain()
{
    // u0 -> u1 -> ... -> u70: the chain back from u70 stops after MaxAliasChain ids.
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    const int renames = HistoryStore::MaxAliasChain + 20;
    QList<HistoryEntry> rows;
    for (int i = 0; i < renames; ++i) {
        OperationInput alias;
        alias.operation = Operation::Alias;
        alias.id = QStringLiteral("u%1").arg(i);
        alias.newId = QStringLiteral("u%1").arg(i + 1);
        rows << entry(alias, base.addSecs(i));
    }
    QCOMPARE(store.insertMany(rows), renames);
    const UserSnapshot snapshot = store.lastKnownState(QStringLiteral("u%1").arg(renames));
    // MaxAliasChain ids are looked up, u70 back to u21; the alias that renamed u20 to u21 names u20 too.
    QCOMPARE(snapshot.previousIds.size(), HistoryStore::MaxAliasChain);
    QCOMPARE(snapshot.previousIds.first(), QStringLiteral("u%1").arg(renames - HistoryStore::MaxAliasChain));
    QVERIFY(snapshot.previousIds.contains(QStringLiteral("u%1").arg(renames - 1)));
    QVERIFY(!snapshot.previousIds.contains(QStringLiteral("u0")));
    // A short chain is followed to its start.
    QCOMPARE(store.lastKnownState(QStringLiteral("u3")).previousIds,
             (QStringList {QStringLiteral("u0"), QStringLiteral("u1"), QStringLiteral("u2")}));
}

void tst_HistoryStore::recentDuplicate_data()
{
    QTest::addColumn<OperationInput>("earlier");
    QTest::addColumn<QString>("earlierWorkspace");
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<int>("statusClass");
    QTest::addColumn<OperationInput>("now");
    QTest::addColumn<bool>("duplicate");

    const QString data = QStringLiteral(R"({"sku":"A1","qty":2})");
    const QString sameDataOtherOrder = QStringLiteral(R"({"qty":2, "sku":"A1"})");
    const OperationInput purchase = trackEvent(QStringLiteral("u1"), QStringLiteral("Purchased Item"), data);
    const QString ws = QStringLiteral("test");
    const int ok = int(StatusClass::Success);

    QTest::newRow("same event a minute ago") << purchase << ws << 60 << ok << purchase << true;
    QTest::newRow("name in another spelling, keys in another order")
        << purchase << ws << 60 << ok
        << trackEvent(QStringLiteral("u1"), QStringLiteral("purchased_item"), sameDataOtherOrder) << true;
    QTest::newRow("still pending") << purchase << ws << 10 << int(StatusClass::Pending) << purchase << true;
    QTest::newRow("other data") << purchase << ws << 60 << ok
                                << trackEvent(QStringLiteral("u1"),
                                              QStringLiteral("Purchased Item"),
                                              QStringLiteral(R"({"sku":"B2"})"))
                                << false;
    QTest::newRow("other user") << purchase << ws << 60 << ok
                                << trackEvent(QStringLiteral("u2"), QStringLiteral("Purchased Item"), data) << false;
    QTest::newRow("other event") << purchase << ws << 60 << ok
                                 << trackEvent(QStringLiteral("u1"), QStringLiteral("Refunded"), data) << false;
    QTest::newRow("other workspace") << purchase << QStringLiteral("prod") << 60 << ok << purchase << false;
    QTest::newRow("six minutes ago") << purchase << ws << 360 << ok << purchase << false;
    // Past the service's three minutes, inside the warning's margin: the current docs say five.
    QTest::newRow("four minutes ago") << purchase << ws << 240 << ok << purchase << true;
    QTest::newRow("just past the warning window")
        << purchase << ws << EventDedup::WarningWindowSeconds + 1 << ok << purchase << false;
    QTest::newRow("rejected earlier") << purchase << ws << 60 << int(StatusClass::Rejected) << purchase << false;
    // A refused connection or an unknown host never carried the event; a timeout, a dropped connection or a
    // cancel while waiting may have.
    QTest::newRow("failed earlier") << purchase << ws << 60 << int(StatusClass::Failed) << purchase << false;
    QTest::newRow("unknown outcome earlier") << purchase << ws << 60 << int(StatusClass::Unknown) << purchase << true;
    QTest::newRow("cancelled earlier") << purchase << ws << 60 << int(StatusClass::Cancelled) << purchase << true;

    const OperationInput checked
        = trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), QString(), QStringLiteral(R"({"check_id":"c-1"})"));
    QTest::newRow("no data, same check_id") << checked << ws << 60 << ok << checked << true;
    QTest::newRow("no data, other check_id")
        << checked << ws << 60 << ok
        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), QString(), QStringLiteral(R"({"check_id":"c-2"})"))
        << false;
    QTest::newRow("data wins over check_id")
        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), data, QStringLiteral(R"({"check_id":"c-1"})")) << ws
        << 60 << ok
        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), data, QStringLiteral(R"({"check_id":"c-2"})"))
        << true;
    const OperationInput bare = trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"));
    QTest::newRow("neither: name and user") << bare << ws << 60 << ok << bare << true;
    OperationInput byEmail = trackEvent(QString(), QStringLiteral("Ping"));
    byEmail.email = QStringLiteral("Ann@Example.com");
    OperationInput byEmailLower = byEmail;
    byEmailLower.email = QStringLiteral("ann@example.com");
    QTest::newRow("user by email") << byEmail << ws << 60 << ok << byEmailLower << true;
    QTest::newRow("not an event") << identify(QStringLiteral("u1")) << ws << 60 << ok << identify(QStringLiteral("u1"))
                                  << false;
}

void tst_HistoryStore::recentDuplicate()
{
    QFETCH(OperationInput, earlier);
    QFETCH(QString, earlierWorkspace);
    QFETCH(int, secondsAgo);
    QFETCH(int, statusClass);
    QFETCH(OperationInput, now);
    QFETCH(bool, duplicate);

    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime current = QDateTime::currentDateTimeUtc();
    const qint64 id
        = store.insert(entry(earlier, current.addSecs(-secondsAgo), StatusClass(statusClass), earlierWorkspace));
    const std::optional<HistoryEntry> found = store.recentDuplicate(QStringLiteral("test"), now, current);
    QCOMPARE(found.has_value(), duplicate);
    if (found) {
        QCOMPARE(found->id, id);
    }
}

void tst_HistoryStore::credentialIsNeverStored_data()
{
    QTest::addColumn<QString>("credentialName");
    QTest::addColumn<int>("placement");
    QTest::newRow("auth_token in body") << QStringLiteral("auth_token") << int(Workspace::CredentialPlacement::Body);
    QTest::newRow("auth_token in query") << QStringLiteral("auth_token") << int(Workspace::CredentialPlacement::Query);
    QTest::newRow("tracking_api_key in body")
        << QStringLiteral("tracking_api_key") << int(Workspace::CredentialPlacement::Body);
    QTest::newRow("tracking_api_key in query")
        << QStringLiteral("tracking_api_key") << int(Workspace::CredentialPlacement::Query);
}

/// Real requests with a known token go through VeroClient to a loopback server that echoes the token back in
/// its reply; afterwards neither the database file, its WAL nor its exports hold the token in any encoding.

void tst_HistoryStore::credentialIsNeverStored()
{
    QFETCH(QString, credentialName);
    QFETCH(int, placement);
    const QString token = QStringLiteral("tok+SECRET/7f3a9c==");
    const QList<QByteArray> forms {token.toUtf8(),
                                   QUrl::toPercentEncoding(token),
                                   QByteArrayLiteral("SECRET/7f3a9c"),
                                   QByteArrayLiteral("SECRET%2F7f3a9c"),
                                   QByteArrayLiteral("SECRET\\/7f3a9c")};

    HttpTestServer server;
    QVERIFY(server.listen());
    HttpTestServer::Response response;
    response.status = 401;
    response.body = R"({"status":401,"message":"Invalid token )" + token.toUtf8() + R"("})";
    server.setResponse(response);

    auto store = std::make_unique<HistoryStore>(path());
    QVERIFY(store->open());
    VeroClient client;
    HistoryRecorder recorder(store.get(), &client, HistoryEntry::Source::Gui);
    Workspace workspace;
    workspace.name = QStringLiteral("secret-test");
    workspace.baseUrl = server.baseUrl();
    workspace.credentialName = credentialName;
    workspace.credentialPlacement = Workspace::CredentialPlacement(placement);
    QSignalSpy completed(&recorder, &HistoryRecorder::completed);

    const QList<OperationInput> inputs {
        identify(QStringLiteral("u1"), QStringLiteral("a@example.com"), QStringLiteral(R"({"x":1})")),
        trackEvent(QStringLiteral("u1"), QStringLiteral("Bought"), QStringLiteral(R"({"y":2})")),
        tags(QStringLiteral("u1"), {QStringLiteral("vip")})};
    for (const OperationInput& input : inputs) {
        recorder.send(input, RequestBuilder::build(input).request, workspace, token);
    }
    QTRY_COMPARE_WITH_TIMEOUT(completed.count(), inputs.size(), 20000);
    // The token did travel: the server saw it.
    QCOMPARE(server.requests().size(), inputs.size());
    const HttpTestServer::Request& seen = server.requests().first();
    QCOMPARE(placement == int(Workspace::CredentialPlacement::Query)
                 ? seen.query.queryItemValue(credentialName, QUrl::FullyDecoded)
                 : seen.json().value(credentialName).toString(),
             token);

    // And the rows are complete, with *** in its place.
    const QList<HistoryEntry> rows = store->fetch({}, HistoryStore::Page {0, 0, Qt::AscendingOrder, true});
    QCOMPARE(rows.size(), inputs.size());
    for (const HistoryEntry& row : rows) {
        QCOMPARE(row.statusClass, StatusClass::Rejected);
        QVERIFY(row.responseBody.contains(QStringLiteral("Invalid token ***")));
        QVERIFY(row.url.contains(QStringLiteral("***")) || row.requestBody.contains(QStringLiteral("***")));
    }
    const QString csvFile = m_dir->filePath(QStringLiteral("export.csv"));
    const QString jsonFile = m_dir->filePath(QStringLiteral("export.json"));
    HistoryExporter exporter(store.get());
    QCOMPARE(exporter.writeFile({}, HistoryExporter::Format::Csv, csvFile).valueOr(-1), inputs.size());
    QCOMPARE(exporter.writeFile({}, HistoryExporter::Format::Json, jsonFile).valueOr(-1), inputs.size());

    // While the store is open the rows sit in the WAL; after closing they are in the main file. Check both.
    QStringList files {path(), path() + QStringLiteral("-wal"), path() + QStringLiteral("-shm"), csvFile, jsonFile};
    QVERIFY(readAll(path() + QStringLiteral("-wal")).contains("Invalid token ***"));
    for (const QString& file : files) {
        const QByteArray bytes = readAll(file);
        for (const QByteArray& form : forms) {
            QVERIFY2(!bytes.contains(form), qPrintable(file + QStringLiteral(" holds ") + QString::fromUtf8(form)));
        }
    }
    store.reset(); // closing checkpoints the WAL into the main file: check that too
    const QByteArray mainFile = readAll(path());
    QVERIFY(mainFile.contains("Invalid token ***"));
    for (const QByteArray& form : forms) {
        QVERIFY2(!mainFile.contains(form), qPrintable(QString::fromUtf8(form)));
    }
}

void tst_HistoryStore::credentialFieldsAreForcedToMask()
{
    // A caller that hands the store a real credential by mistake still gets *** written.
    HistoryStore store(path());
    QVERIFY(store.open());
    HistoryEntry leaky = entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc());
    leaky.url = QStringLiteral("https://api.example.test/api/v2/users/track?tracking_api_key=live-key-123&x=1");
    leaky.requestBody = QStringLiteral(R"({"id":"u1","auth_token":"live-key-456"})");
    const qint64 id = store.insert(leaky);
    const HistoryEntry stored = *store.entry(id);
    QCOMPARE(stored.url, QStringLiteral("https://api.example.test/api/v2/users/track?x=1&tracking_api_key=***"));
    QCOMPARE(stored.requestBody, QStringLiteral(R"({"auth_token":"***","id":"u1"})"));
    QVERIFY(!readAll(path() + QStringLiteral("-wal")).contains("live-key-"));
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_HistoryStore.moc"
