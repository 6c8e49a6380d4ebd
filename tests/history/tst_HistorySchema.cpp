#include "HistoryTestData.h"
#include "core/api/EventDedup.h"
#include "core/history/HistorySchema.h"
#include "core/history/HistoryStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

// The history's versions: files written by older builds open with every column filled and every index in
// place, and give the same answers as a new file.
class tst_HistorySchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migratesFromVersion1();
    void migratesFromVersion2RecomputingDedupKeys();
    void migratesFromVersion5BuildingTheSearchIndex();
    void migratesFromVersion6AddingHeaders();
    void migratedAndFreshFilesHaveTheSameTables();
    void stepsBeyondTheCurrentVersionAreEmpty();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    void createVersion1(const QString& fileName);
    // The columns and indexes of the requests table in `fileName`.
    QStringList layout(const QString& fileName);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistorySchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistorySchema::cleanup()
{
    m_dir.reset();
}

void tst_HistorySchema::createVersion1(const QString& fileName)
{
    const QString connection = QStringLiteral("v1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : HistorySchema::statements(1)) {
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

void tst_HistorySchema::migratesFromVersion1()
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

/// Version 2 stored SHA-1 keys of joined text; version 3 stores EventDedup's keys, computed from each event's
/// form input (or its body when a row has none), so the duplicate check finds events sent before the upgrade.
void tst_HistorySchema::migratesFromVersion2RecomputingDedupKeys()
{
    const QString connection = QStringLiteral("v2");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const OperationInput withInput
        = trackEvent(QStringLiteral("u1"), QStringLiteral("Purchased Item"), QStringLiteral(R"({"sku":"A1"})"));
    const QString oldKey = QStringLiteral("3f786850e387550fdab836ed7e6dc881de23001b");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int version : {1, 2}) {
            for (const QString& statement : HistorySchema::statements(version)) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
        const auto add = [&](const QString& operation, const QString& body, const QString& input, int statusClass) {
            query.prepare(QStringLiteral("INSERT INTO requests (time_ms, workspace, operation, request_body, "
                                         "input_json, dedup_key, status_class) VALUES (?, 'prod', ?, ?, ?, ?, ?)"));
            query.addBindValue(now - 30000);
            query.addBindValue(operation);
            query.addBindValue(body);
            query.addBindValue(input);
            query.addBindValue(operation == QLatin1String("event") ? oldKey : QStringLiteral(""));
            query.addBindValue(statusClass);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        };
        // An event with its form input, one with only its body (as veroctl wrote them), and an identify.
        add(QStringLiteral("event"),
            QStringLiteral(R"({"identity":{"id":"u1"},"event_name":"Purchased Item","data":{"sku":"A1"}})"),
            QString::fromUtf8(QJsonDocument(withInput.toJson()).toJson(QJsonDocument::Compact)),
            int(StatusClass::Success));
        add(QStringLiteral("event"),
            QStringLiteral(R"({"identity":{"email":"Ann@Example.com"},"event_name":"Signed Up"})"),
            QStringLiteral(""),
            int(StatusClass::Success));
        add(QStringLiteral("identify"),
            QStringLiteral(R"({"id":"u1"})"),
            QStringLiteral(""),
            int(StatusClass::Success));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    const QList<HistoryEntry> rows = store.fetch({}, HistoryStore::Page {0, 0, Qt::AscendingOrder, true});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).dedupKey, EventDedup::key(QStringLiteral("prod"), withInput));
    OperationInput byEmail = trackEvent(QString(), QStringLiteral("signed_up"));
    byEmail.email = QStringLiteral("ann@example.com");
    QCOMPARE(rows.at(1).dedupKey, EventDedup::key(QStringLiteral("prod"), byEmail));
    QVERIFY(rows.at(0).dedupKey != oldKey);
    QVERIFY(rows.at(2).dedupKey.isEmpty());
    // The duplicate check finds both again, whatever spelling the new event uses.
    QVERIFY(store.recentDuplicate(
        QStringLiteral("prod"),
        trackEvent(QStringLiteral("u1"), QStringLiteral("purchased_item"), QStringLiteral(R"({"sku":"A1"})"))));
    QVERIFY(store.recentDuplicate(QStringLiteral("prod"), byEmail));
}

QStringList tst_HistorySchema::layout(const QString& fileName)
{
    QStringList layout;
    const QString connection = QStringLiteral("layout");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('requests')"));
            while (query.next()) {
                layout << QStringLiteral("column %1 %2 %3 %4")
                              .arg(query.value(0).toString(),
                                   query.value(1).toString(),
                                   query.value(2).toString(),
                                   query.value(3).toString());
            }
            query.exec(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE (type IN ('index', 'trigger') AND tbl_name = "
                               "'requests') OR name = 'requests_search'"));
            while (query.next()) {
                layout << query.value(0).toString();
            }
            query.exec(QStringLiteral("PRAGMA user_version"));
            query.next();
            layout << QStringLiteral("version %1").arg(query.value(0).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    layout.sort();
    return layout;
}

/// Version 6 indexes the rows already there and keeps the index in step with new ones, replies and removals.
void tst_HistorySchema::migratesFromVersion5BuildingTheSearchIndex()
{
    const QString connection = QStringLiteral("v5");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QVERIFY(HistorySchema::hasTrigramSearch(db));
        QSqlQuery query(db);
        for (int version = 1; version <= 5; ++version) {
            for (const QString& statement : HistorySchema::statements(version)) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        for (const char* user : {"Ärger-1", "plain-2"}) {
            query.prepare(QStringLiteral("INSERT INTO requests (time_ms, workspace, operation, user_id, message, "
                                         "status_class) VALUES (1, 'prod', 'identify', ?, 'Success.', ?)"));
            query.addBindValue(QString::fromUtf8(user));
            query.addBindValue(int(StatusClass::Success));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(!HistorySchema::hasSearchIndex(db));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    // Building the index reads every row (164 s at a million): the app is told before it starts, to say so.
    HistoryStore store(path());
    QSignalSpy longMigration(&store, &HistoryStore::longMigrationStarting);
    QVERIFY(store.open());
    QCOMPARE(longMigration.count(), 1);
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    // Opened again, there is nothing left to do: no message.
    HistoryStore again(path());
    QSignalSpy noMigration(&again, &HistoryStore::longMigrationStarting);
    QVERIFY(again.open());
    QCOMPARE(noMigration.count(), 0);
    // Nor for a new file: it has no rows.
    HistoryStore fresh(path() + QStringLiteral(".new"));
    QSignalSpy freshMigration(&fresh, &HistoryStore::longMigrationStarting);
    QVERIFY(fresh.open());
    QCOMPARE(freshMigration.count(), 0);
    HistoryStore::Filter filter;
    filter.text = QStringLiteral("ärger");
    QCOMPARE(store.count(filter), 1);
    QVERIFY(store.queryPlan(filter, {}).contains(HistorySchema::searchTable()));
    filter.text = QStringLiteral("success");
    QCOMPARE(store.count(filter), 2);
    QVERIFY(store.insert(entry(identify(QStringLiteral("ärger-3")), QDateTime::currentDateTimeUtc())) > 0);
    filter.text = QStringLiteral("ÄRGER");
    QCOMPARE(store.count(filter), 2);
}

// Rows written before schema 7 have no headers: they read as empty, and new rows keep theirs.
void tst_HistorySchema::migratesFromVersion6AddingHeaders()
{
    const QString connection = QStringLiteral("v6");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int version = 1; version <= 6; ++version) {
            for (const QString& statement : HistorySchema::statements(version)) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 6")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO requests (time_ms, workspace, operation, user_id, "
                                          "status_class) VALUES (1, 'prod', 'identify', 'old-1', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    const std::optional<HistoryEntry> old = store.entry(1);
    QVERIFY(old);
    QCOMPARE(old->userId, QStringLiteral("old-1"));
    QVERIFY(old->requestHeaders.isEmpty());
    QVERIFY(old->responseHeaders.isEmpty());

    HistoryEntry fresh = entry(identify(QStringLiteral("new-2")), QDateTime::currentDateTimeUtc());
    fresh.requestHeaders = QStringLiteral("Host: example.com");
    const qint64 id = store.insert(fresh);
    QVERIFY(id > 0);
    ApiResult result;
    result.status = 200;
    result.headers = {{"X-Request-Id", "req-42"}};
    QVERIFY(store.complete(id, result));
    QCOMPARE(store.entry(id)->requestHeaders, QStringLiteral("Host: example.com"));
    QCOMPARE(store.entry(id)->responseHeaders, QStringLiteral("X-Request-Id: req-42"));
}

void tst_HistorySchema::migratedAndFreshFilesHaveTheSameTables()
{
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    createVersion1(path());
    {
        HistoryStore store(fresh);
        QVERIFY(store.open());
        HistoryStore old(path());
        QVERIFY(old.open());
    }
    const QStringList freshLayout = layout(fresh);
    QVERIFY(freshLayout.contains(QStringLiteral("version %1").arg(HistorySchema::SchemaVersion)));
    QVERIFY(freshLayout.size() > 20);
    QCOMPARE(layout(path()), freshLayout);
}

void tst_HistorySchema::stepsBeyondTheCurrentVersionAreEmpty()
{
    QVERIFY(!HistorySchema::statements(1).isEmpty());
    QVERIFY(!HistorySchema::statements(2).isEmpty());
    QVERIFY(HistorySchema::statements(HistorySchema::SchemaVersion + 1).isEmpty());
    const HistorySchema schema;
    QCOMPARE(schema.version(), HistorySchema::SchemaVersion);
    QVERIFY(schema.probe().contains(QStringLiteral("FROM requests")));
}

QTEST_GUILESS_MAIN(tst_HistorySchema)
#include "tst_HistorySchema.moc"
