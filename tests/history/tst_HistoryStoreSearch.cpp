#include "HistoryTestData.h"
#include "core/history/HistoryQuery.h"
#include "core/history/HistorySchema.h"
#include "core/history/HistoryStore.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

// The history's free-text search through the trigram index (schema 6): it finds what the scan of every column
// found, and more where only the index folds the case of non-ASCII letters; the index follows inserts, replies,
// retention and clearing.
class tst_HistoryStoreSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newFileHasTheIndex();
    void findsWhatTheScanFound_data();
    void findsWhatTheScanFound();
    void foldsTheCaseOfEveryLetter();
    void shortTextScans();
    void pagesOfASearchCoverEveryMatchOnce_data();
    void pagesOfASearchCoverEveryMatchOnce();
    void indexFollowsRepliesAndRemovals();
    void clearEmptiesTheIndex();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    void fill(HistoryStore& store);
    // The ids the scan of every column (LIKE, as before the index) finds for `text`, newest first.
    QSet<qint64> scanned(const QString& text);
    static QSet<qint64> ids(const QList<HistoryEntry>& entries);
    static HistoryStore::Filter textFilter(const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStoreSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryStoreSearch::cleanup()
{
    m_dir.reset();
}

void tst_HistoryStoreSearch::fill(HistoryStore& store)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> rows;
    rows << entry(
        identify(QStringLiteral("ann-1"), QStringLiteral("Ann@Example.com"), QStringLiteral(R"({"plan":"Pro"})")), now);
    rows << entry(
        identify(QStringLiteral("jürgen"), QStringLiteral("j@example.de"), QStringLiteral(R"({"city":"Köln"})")), now);
    rows << entry(
        trackEvent(QStringLiteral("ann-1"), QStringLiteral("Viewed Product"), QStringLiteral(R"({"sku":"A-1"})")),
        now,
        StatusClass::Rejected);
    rows << entry(tags(QStringLiteral("bob"), {QStringLiteral("VIP \"gold\"")}), now, StatusClass::Failed);
    rows << entry(
        simple(Operation::Delete, QStringLiteral("carla")), now, StatusClass::Success, QStringLiteral("Prod EU"));
    HistoryEntry bulk = entry(simple(Operation::Unsubscribe, QStringLiteral("dan")), now);
    bulk.bulkJob = QStringLiteral("job-7f3a");
    rows << bulk;
    QCOMPARE(store.insertMany(rows), qint64(rows.size()));
}

QSet<qint64> tst_HistoryStoreSearch::scanned(const QString& text)
{
    QSet<qint64> found;
    const QString connection = QStringLiteral("scan");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        if (!db.open()) {
            return found;
        }
        HistoryStore::Page page;
        page.limit = 0;
        const HistoryQuery::Statement statement
            = HistoryQuery::rows(textFilter(text), page, HistoryQuery::TextSearch::Scan);
        QSqlQuery query(db);
        query.prepare(statement.sql);
        for (const QVariant& value : statement.values) {
            query.addBindValue(value);
        }
        if (query.exec()) {
            while (query.next()) {
                found << query.value(QStringLiteral("id")).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return found;
}

QSet<qint64> tst_HistoryStoreSearch::ids(const QList<HistoryEntry>& entries)
{
    QSet<qint64> found;
    for (const HistoryEntry& e : entries) {
        found << e.id;
    }
    return found;
}

HistoryStore::Filter tst_HistoryStoreSearch::textFilter(const QString& text)
{
    HistoryStore::Filter filter;
    filter.text = text;
    return filter;
}

void tst_HistoryStoreSearch::newFileHasTheIndex()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    fill(store);
    QVERIFY2(store.queryPlan(textFilter(QStringLiteral("example")), {}).contains(HistorySchema::searchTable()),
             qPrintable(store.queryPlan(textFilter(QStringLiteral("example")), {})));
}

void tst_HistoryStoreSearch::findsWhatTheScanFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("user id") << QStringLiteral("ann-1") << 2;
    QTest::newRow("email, other case") << QStringLiteral("ann@EXAMPLE.com") << 1;
    QTest::newRow("inside the request body") << QStringLiteral("plan\":\"pro") << 1;
    QTest::newRow("event name") << QStringLiteral("viewed prod") << 1;
    QTest::newRow("message") << QStringLiteral("Bad request") << 1;
    QTest::newRow("network error") << QStringLiteral("was refused") << 1;
    QTest::newRow("workspace") << QStringLiteral("prod eu") << 1;
    QTest::newRow("bulk job") << QStringLiteral("job-7f3a") << 1;
    QTest::newRow("Unicode, same case") << QStringLiteral("Köln") << 1;
    QTest::newRow("double quotes") << QStringLiteral("\"gold") << 1;
    QTest::newRow("FTS syntax is text") << QStringLiteral("ann OR bob") << 0;
    QTest::newRow("wildcards are text") << QStringLiteral("a%n") << 0;
    QTest::newRow("nothing") << QStringLiteral("zzz-not-there") << 0;
    QTest::newRow("every row") << QStringLiteral("example.test") << 6;
}

void tst_HistoryStoreSearch::findsWhatTheScanFound()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    HistoryStore store(path());
    QVERIFY(store.open());
    fill(store);
    const QSet<qint64> byScan = scanned(text);
    QCOMPARE(byScan.size(), expected);
    QCOMPARE(ids(store.fetch(textFilter(text))), byScan);
    QCOMPARE(store.count(textFilter(text)), qint64(expected));
}

/// LIKE folds ASCII letters only; the index folds "Ö" to "ö" too.
void tst_HistoryStoreSearch::foldsTheCaseOfEveryLetter()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    fill(store);
    QCOMPARE(scanned(QStringLiteral("JÜRGEN")).size(), 0);
    QCOMPARE(store.count(textFilter(QStringLiteral("JÜRGEN"))), qint64(1));
    QCOMPARE(store.count(textFilter(QStringLiteral("KÖLN"))), qint64(1));
}

/// The index cannot find text shorter than three characters: those searches read the rows instead.
void tst_HistoryStoreSearch::shortTextScans()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    fill(store);
    for (const QString& text : {QStringLiteral("ö"), QStringLiteral("-1"), QStringLiteral("7f")}) {
        QVERIFY(!scanned(text).isEmpty());
        QCOMPARE(ids(store.fetch(textFilter(text))), scanned(text));
        QVERIFY(!store.queryPlan(textFilter(text), {}).contains(HistorySchema::searchTable()));
    }
}

void tst_HistoryStoreSearch::pagesOfASearchCoverEveryMatchOnce_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("newest first") << Qt::DescendingOrder;
    QTest::newRow("oldest first") << Qt::AscendingOrder;
}

/// The index hands out its matches page by page, in id order, with the other filters applied.
void tst_HistoryStoreSearch::pagesOfASearchCoverEveryMatchOnce()
{
    QFETCH(Qt::SortOrder, order);
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.insertMany(identifies(30, QDateTime::currentDateTimeUtc(), QStringLiteral("match-"))), qint64(30));
    QCOMPARE(store.insertMany(identifies(5, QDateTime::currentDateTimeUtc(), QStringLiteral("other-"))), qint64(5));
    HistoryStore::Filter filter = textFilter(QStringLiteral("MATCH-"));
    filter.status = HistoryStore::StatusFilter::Success;
    QList<qint64> seen;
    HistoryStore::Page page;
    page.limit = 7;
    page.order = order;
    for (int turn = 0; turn < 10; ++turn) {
        const QList<HistoryEntry> rows = store.fetch(filter, page);
        if (rows.isEmpty()) {
            break;
        }
        for (const HistoryEntry& row : rows) {
            QVERIFY(row.userId.startsWith(QLatin1String("match-")));
            QVERIFY(seen.isEmpty() || (order == Qt::DescendingOrder ? row.id < seen.last() : row.id > seen.last()));
            seen << row.id;
        }
        page.after = rows.last().id;
    }
    QCOMPARE(seen.size(), 30);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), scanned(QStringLiteral("match-")));
}

void tst_HistoryStoreSearch::indexFollowsRepliesAndRemovals()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const qint64 id
        = store.insert(entry(identify(QStringLiteral("erin")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    QVERIFY(id > 0);
    QCOMPARE(store.count(textFilter(QStringLiteral("erin"))), qint64(1));

    ApiResult result;
    result.sent = true;
    result.status = 503;
    result.message = QStringLiteral("Service overloaded");
    QVERIFY(store.complete(id, result));
    QCOMPARE(store.count(textFilter(QStringLiteral("overloaded"))), qint64(1));
    QCOMPARE(ids(store.fetch(textFilter(QStringLiteral("overloaded")))), scanned(QStringLiteral("overloaded")));

    // Retention removes the older of two rows of the workspace; it leaves the index with its row.
    QVERIFY(store.insert(entry(identify(QStringLiteral("frank")), QDateTime::currentDateTimeUtc())) > 0);
    HistoryStore::Retention keepOne;
    keepOne.mode = HistoryStore::Retention::Mode::Rows;
    keepOne.value = 1;
    QCOMPARE(store.applyRetention(keepOne), qint64(1));
    QCOMPARE(store.count(textFilter(QStringLiteral("erin"))), qint64(0));
    QCOMPARE(store.count(textFilter(QStringLiteral("frank"))), qint64(1));
}

void tst_HistoryStoreSearch::clearEmptiesTheIndex()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    fill(store);
    const HistoryStore::Cleared cleared = store.clear();
    QVERIFY2(cleared.ok(), qPrintable(cleared.error));
    QCOMPARE(cleared.removed, qint64(6));
    QCOMPARE(store.count(textFilter(QStringLiteral("example"))), qint64(0));
    // The delete trigger is back: rows written after a clear leave the index when they go.
    const qint64 id = store.insert(entry(identify(QStringLiteral("fay")), QDateTime::currentDateTimeUtc()));
    QCOMPARE(store.count(textFilter(QStringLiteral("fay"))), qint64(1));
    QVERIFY(store.clear().ok());
    QVERIFY(id > 0);
    QCOMPARE(store.count(textFilter(QStringLiteral("fay"))), qint64(0));
}

QTEST_GUILESS_MAIN(tst_HistoryStoreSearch)
#include "tst_HistoryStoreSearch.moc"
