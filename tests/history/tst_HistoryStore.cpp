#include "HistoryTestData.h"
#include "HttpTestServer.h"
#include "core/api/VeroClient.h"
#include "core/history/HistoryRecorder.h"
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
    void migratesFromVersion1();
    void newerSchemaIsLeftUntouched();
    void garbageFileIsMovedAside();
    void damagedTableIsMovedAside();
    void unreadablePathIsMovedAside();
    void unusableLocationFallsBackToMemory();
    void writeFailureIsReported();
    void completingAVanishedRowIsReported();
    void retentionByDays();
    void retentionByRows();
    void retentionInBackgroundRunsInBatches();
    void clearSaysHowManyAndLeavesNothingOnDisk();
    void exportsFilteredRows();
    void exportToUnwritablePathFails();
    void userTimelineIsOldestFirst();
    void lastKnownStateRebuildsDeletedUser();
    void recentDuplicate_data();
    void recentDuplicate();
    void credentialIsNeverStored_data();
    void credentialIsNeverStored();
    void credentialFieldsAreForcedToMask();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QList<qint64> ids(const QList<HistoryEntry>& entries) const;
    void createVersion1(const QString& fileName);

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
    QCOMPARE(query.value(0).toInt(), HistoryStore::SchemaVersion);
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

void tst_HistoryStore::createVersion1(const QString& fileName)
{
    const QString connection = QStringLiteral("v1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : HistoryStore::schemaStatements(1)) {
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto add = [&](const char* operation,
                             const char* body,
                             int status,
                             const char* error,
                             const char* userId,
                             const char* email,
                             qint64 time) {
            query.prepare(QStringLiteral("INSERT INTO requests (time_ms, workspace, operator, source, operation, "
                                         "method, url, request_body, user_id, email, http_status, response_body, "
                                         "network_error) VALUES (?, 'prod', 'ann', 'gui', ?, 'POST', "
                                         "'https://api.getvero.com/api/v2/x', ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(time);
            query.addBindValue(QString::fromLatin1(operation));
            query.addBindValue(QString::fromLatin1(body));
            query.addBindValue(QString::fromLatin1(userId));
            query.addBindValue(QString::fromLatin1(email));
            query.addBindValue(status);
            query.addBindValue(status ? QStringLiteral("{\"status\":%1}").arg(status) : QStringLiteral(""));
            query.addBindValue(QString::fromLatin1(error));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        };
        add("identify",
            R"({"id":"old1","email":"Old@Example.com","data":{"plan":"pro"},"auth_token":"***"})",
            200,
            "",
            "old1",
            "Old@Example.com",
            now - 60000);
        add("alias", R"({"id":"old1","new_id":"new1","auth_token":"***"})", 200, "", "old1", "", now - 50000);
        add("event",
            R"({"identity":{"id":"new1"},"event_name":"Signed Up","data":{"a":1},"auth_token":"***"})",
            200,
            "",
            "new1",
            "",
            now - 40000);
        add("unsubscribe", R"({"id":"new1","auth_token":"***"})", 400, "", "new1", "", now - 30000);
        add("resubscribe",
            R"({"id":"new1","auth_token":"***"})",
            0,
            "The connection was refused.",
            "new1",
            "",
            now - 20000);
        add("delete", R"({"id":"new1","auth_token":"***"})", 0, "", "new1", "", now - 10000);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void tst_HistoryStore::migratesFromVersion1()
{
    createVersion1(path());
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    QCOMPARE(store.count(), 6);

    const QList<HistoryEntry> rows = store.fetch({}, HistoryStore::Page {0, 0, Qt::AscendingOrder, true});
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).statusClass, StatusClass::Success);
    QCOMPARE(rows.at(0).operationInput().email, QStringLiteral("Old@Example.com"));
    QCOMPARE(QJsonDocument::fromJson(rows.at(0).operationInput().data.toUtf8()).object().value(QStringLiteral("plan")),
             QJsonValue(QStringLiteral("pro")));
    QCOMPARE(rows.at(1).newUserId, QStringLiteral("new1"));
    QCOMPARE(rows.at(1).operationInput().newId, QStringLiteral("new1"));
    QCOMPARE(rows.at(2).operationInput().eventName, QStringLiteral("Signed Up"));
    QVERIFY(!rows.at(2).dedupKey.isEmpty());
    QCOMPARE(rows.at(3).statusClass, StatusClass::Rejected);
    QCOMPARE(rows.at(4).statusClass, StatusClass::Failed);
    QCOMPARE(rows.at(5).statusClass, StatusClass::Pending);
    QCOMPARE(rows.at(0).responseSize, qint64(14));

    // The new columns answer queries: alias target, email without case, dedup.
    HistoryStore::Filter filter;
    filter.user = QStringLiteral("new1");
    QCOMPARE(store.count(filter), 5);
    filter.user = QStringLiteral("old@example.com");
    QCOMPARE(store.count(filter), 1);
    QVERIFY(store.recentDuplicate(
        QStringLiteral("prod"),
        trackEvent(QStringLiteral("new1"), QStringLiteral("signed_up"), QStringLiteral(R"({"a":1})"))));
    const UserSnapshot snapshot = store.lastKnownState(QStringLiteral("new1"));
    QCOMPARE(snapshot.email, QStringLiteral("Old@Example.com"));
    QCOMPARE(snapshot.previousIds, QStringList {QStringLiteral("old1")});

    // New rows go in with the new columns; the indexes of version 2 exist.
    QVERIFY(store.insert(entry(identify(QStringLiteral("u2")), QDateTime::currentDateTimeUtc())) > 0);
    QVERIFY(store.queryPlan(filter, {}).contains(QStringLiteral("requests_email")));
}

void tst_HistoryStore::newerSchemaIsLeftUntouched()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc()));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = readAll(path());

    HistoryStore store(path());
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QVERIFY(!store.open());
    QVERIFY(!store.isPersistent());
    QCOMPARE(recovered.count(), 1);
    QVERIFY2(store.notice().contains(QStringLiteral("newer version")), qPrintable(store.notice()));
    // Still usable for this session, and the newer file is not changed or moved.
    QVERIFY(store.insert(entry(identify(QStringLiteral("u2")), QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(store.count(), 1);
    QCOMPARE(readAll(path()), before);
}

void tst_HistoryStore::garbageFileIsMovedAside()
{
    QByteArray garbage;
    for (int i = 0; i < 500; ++i) {
        garbage += "this is not an SQLite database, it was damaged by a disk error\n";
    }
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    HistoryStore store(path());
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QVERIFY(store.open());
    QVERIFY(store.isPersistent());
    QCOMPARE(recovered.count(), 1);

    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readAll(m_dir->filePath(aside.first())), garbage);
    QVERIFY2(store.notice().contains(aside.first()), qPrintable(store.notice()));
    QCOMPARE(recovered.first().first().toString(), store.notice());

    // A fresh, working history took its place.
    QCOMPARE(store.count(), 0);
    QVERIFY(store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(store.count(), 1);
}

void tst_HistoryStore::damagedTableIsMovedAside()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QList<HistoryEntry> rows;
        for (int i = 0; i < 2000; ++i) {
            rows << entry(identify(QStringLiteral("user-%1").arg(i)), QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(store.insertMany(rows), 2000);
    } // closing the last connection checkpoints the WAL into the file
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal"))
            || QFileInfo(path() + QStringLiteral("-wal")).size() == 0);
    {
        // Keep the header (page 1), wreck everything after it.
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        file.seek(4096);
        file.write(QByteArray(size - 4096, '\xA5'));
    }
    HistoryStore store(path());
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    store.open();
    // The damage is found when opening (or at the latest by the first read), and the file is replaced.
    store.fetch({});
    QVERIFY(store.isOpen());
    QCOMPARE(recovered.count(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Files).size(), 1);
    QVERIFY(store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(store.count(), 1);
}

void tst_HistoryStore::unreadablePathIsMovedAside()
{
    // A folder where the file should be: it cannot be opened as a database (root ignores file permissions, so
    // this is the unreadable case that holds for every user).
    QVERIFY(QDir().mkpath(path()));
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.isPersistent());
    QVERIFY(QFileInfo(path()).isFile());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Dirs).size(), 1);
    QVERIFY(!store.notice().isEmpty());
}

void tst_HistoryStore::unusableLocationFallsBackToMemory()
{
    // The parent "folder" is a regular file: nothing can be created there.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    HistoryStore store(blocker + QStringLiteral("/history.sqlite"));
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QVERIFY(!store.open());
    QVERIFY(!store.isPersistent());
    QVERIFY(store.isOpen());
    QCOMPARE(recovered.count(), 1);
    QVERIFY2(store.notice().contains(QStringLiteral("memory")), qPrintable(store.notice()));
    QVERIFY(store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(store.count(), 1);
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
    QCOMPARE(store.clear(), 1);
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    ApiResult result;
    result.status = 200;
    QVERIFY(!store.complete(id, result));
    QCOMPARE(failed.count(), 1);
}

void tst_HistoryStore::retentionByDays()
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
    QSignalSpy removed(&store, &HistoryStore::rowsRemoved);
    // Keep 30 days: rows 0..29 days old stay (all younger than 30 days), 30..39 go.
    QCOMPARE(store.applyRetention({HistoryStore::Retention::Mode::Days, 30}, 3), 10);
    QCOMPARE(store.count(), 30);
    QCOMPARE(removed.count(), 1);
    HistoryStore::Filter old;
    old.to = now.addDays(-30);
    QCOMPARE(store.count(old), 0);
}

void tst_HistoryStore::retentionByRows()
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

void tst_HistoryStore::retentionInBackgroundRunsInBatches()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QList<HistoryEntry> rows;
    for (int i = 0; i < 100; ++i) {
        rows << entry(identify(QStringLiteral("u%1").arg(i)), QDateTime::currentDateTimeUtc().addDays(-10));
    }
    QCOMPARE(store.insertMany(rows), 100);
    QSignalSpy applied(&store, &HistoryStore::retentionApplied);
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
    QSignalSpy removed(&store, &HistoryStore::rowsRemoved);
    QCOMPARE(store.clear(), 300);
    QCOMPARE(store.count(), 0);
    QCOMPARE(removed.count(), 1);
    for (const QString& file : QStringList {path(), path() + QStringLiteral("-wal")}) {
        QVERIFY2(!readAll(file).contains("confidential-user-"), qPrintable(file));
    }
}

void tst_HistoryStore::exportsFilteredRows()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.insert(entry(identify(QStringLiteral("u1"), {}, QStringLiteral(R"({"note":"a, \"quoted\"\nline"})")), now));
    store.insert(entry(identify(QStringLiteral("u2")), now));
    store.insert(entry(simple(Operation::Delete, QStringLiteral("u1")), now, StatusClass::Rejected));
    HistoryStore::Filter filter;
    filter.user = QStringLiteral("u1");

    QString error;
    const QString csvFile = m_dir->filePath(QStringLiteral("out.csv"));
    QCOMPARE(store.exportCsv(filter, csvFile, &error), 2);
    const QByteArray csv = readAll(csvFile);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,time,workspace,"));
    QVERIFY(!csv.contains(",u2,"));
    // Commas, quotes and line breaks are quoted (RFC 4180), so the file has 1 header + 2 records.
    QVERIFY(csv.contains(R"(""note"":""a, \""quoted\""\nline"")"));
    QCOMPARE(csv.count("\r\n"), 3);
    QVERIFY(csv.contains(",delete,POST,"));
    QVERIFY(csv.contains(",rejected,400,"));

    const QString jsonFile = m_dir->filePath(QStringLiteral("out.json"));
    QCOMPARE(store.exportJson(filter, jsonFile, &error), 2);
    QJsonParseError parseError;
    const QJsonArray array = QJsonDocument::fromJson(readAll(jsonFile), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("delete"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("input")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("u1"));
    QCOMPARE(
        array.at(1).toObject().value(QStringLiteral("request_body")).toObject().value(QStringLiteral("auth_token")),
        QJsonValue(QStringLiteral("***")));

    filter.user = QStringLiteral("nobody");
    QCOMPARE(store.exportJson(filter, jsonFile, &error), 0);
    QCOMPARE(QJsonDocument::fromJson(readAll(jsonFile)).array().size(), 0);
}

void tst_HistoryStore::exportToUnwritablePathFails()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc()));
    QString error;
    QCOMPARE(store.exportCsv({}, m_dir->filePath(QStringLiteral("missing/folder/out.csv")), &error), -1);
    QVERIFY2(error.contains(QStringLiteral("could not be exported")), qPrintable(error));
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
    QTest::newRow("rejected earlier") << purchase << ws << 60 << int(StatusClass::Rejected) << purchase << false;

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
    QCOMPARE(store->exportCsv({}, csvFile), inputs.size());
    QCOMPARE(store->exportJson({}, jsonFile), inputs.size());

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
