#include "HistoryTestData.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRow.h"
#include "core/history/HistorySchema.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;

// One table of columns for the SELECT list, the reads, the INSERT and the reply's UPDATE: it names every
// column of the schema's table, and an entry written through it reads back whole.
class tst_HistoryRow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsAreTheTablesColumns();
    void everyFieldRoundTrips();
    void summaryLeavesTheBodiesOut();
    void insertLeavesTheIdToSqlite();
    void completeWritesTheReplyOnly();
    void nullTextBindsAsEmpty();

private:
    HistoryEntry fullEntry() const;
    qint64 write(const HistoryEntry& entry);
    HistoryEntry read(qint64 id, bool withBodies);

    std::unique_ptr<QTemporaryDir> m_dir;
    HistorySchema m_schema;
    std::unique_ptr<HistoryDatabase> m_database;
};

void tst_HistoryRow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<HistoryDatabase>(HistoryDatabase::Description {
        m_dir->filePath(QStringLiteral("history.sqlite")), QStringLiteral("row"), &m_schema});
    QCOMPARE(m_database->open().state, HistoryDatabase::Opened::State::Ready);
}

void tst_HistoryRow::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

// An entry with every field away from its default, so a column read into the wrong field shows.
HistoryEntry tst_HistoryRow::fullEntry() const
{
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old-1");
    alias.newId = QStringLiteral("new-1");
    HistoryEntry full = entry(alias, QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC));
    full.workspace = QStringLiteral("prod");
    full.operatorName = QStringLiteral("ann");
    full.source = HistoryEntry::Source::Bulk;
    full.email = QStringLiteral("ann@example.com");
    full.eventName = QStringLiteral("not really an event");
    full.dedupKey = QStringLiteral("key-1");
    full.statusClass = HistoryEntry::StatusClass::Rejected;
    full.httpStatus = 404;
    full.message = QStringLiteral("Not found.");
    full.responseBody = QStringLiteral(R"({"status":404})");
    full.responseTruncated = true;
    full.responseSize = 99999;
    full.elapsedMs = 321;
    full.networkError = QStringLiteral("none, really");
    return full;
}

qint64 tst_HistoryRow::write(const HistoryEntry& entry)
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(HistoryRow::insertStatement())) {
        qWarning() << query.lastError().text();
        return 0;
    }
    for (const QVariant& value : HistoryRow::insertValues(entry)) {
        query.addBindValue(value);
    }
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

HistoryEntry tst_HistoryRow::read(qint64 id, bool withBodies)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT ") + HistoryRow::selectList(withBodies) + QStringLiteral(" FROM ")
                  + HistoryRow::table() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? HistoryRow::read(query, withBodies) : HistoryEntry();
}

void tst_HistoryRow::columnsAreTheTablesColumns()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('requests')")));
    QSet<QString> table;
    while (query.next()) {
        table << query.value(0).toString();
    }
    QSet<QString> mapped;
    for (const HistoryRow::Column& column : HistoryRow::columns()) {
        QVERIFY2(!mapped.contains(QLatin1String(column.name)), column.name);
        mapped << QLatin1String(column.name);
        QVERIFY2(column.read, column.name);
    }
    QCOMPARE(mapped, table);
}

void tst_HistoryRow::everyFieldRoundTrips()
{
    const HistoryEntry full = fullEntry();
    const qint64 id = write(full);
    QVERIFY(id > 0);
    const HistoryEntry stored = read(id, true);
    QCOMPARE(stored.id, id);
    QCOMPARE(stored.time, full.time);
    QCOMPARE(stored.workspace, full.workspace);
    QCOMPARE(stored.operatorName, full.operatorName);
    QCOMPARE(stored.source, full.source);
    QCOMPARE(stored.operation, full.operation);
    QCOMPARE(stored.method, full.method);
    QCOMPARE(stored.url, full.url);
    QCOMPARE(stored.requestBody, full.requestBody);
    QCOMPARE(stored.userId, full.userId);
    QCOMPARE(stored.newUserId, full.newUserId);
    QCOMPARE(stored.email, full.email);
    QCOMPARE(stored.eventName, full.eventName);
    QCOMPARE(stored.dedupKey, full.dedupKey);
    QCOMPARE(stored.statusClass, full.statusClass);
    QCOMPARE(stored.httpStatus, full.httpStatus);
    QCOMPARE(stored.message, full.message);
    QCOMPARE(stored.responseBody, full.responseBody);
    QCOMPARE(stored.responseTruncated, full.responseTruncated);
    QCOMPARE(stored.responseSize, full.responseSize);
    QCOMPARE(stored.elapsedMs, full.elapsedMs);
    QCOMPARE(stored.networkError, full.networkError);
    QCOMPARE(stored.input, full.input);
    QVERIFY(!stored.input.isEmpty());
}

void tst_HistoryRow::summaryLeavesTheBodiesOut()
{
    const QString summary = HistoryRow::selectList(false);
    const QString all = HistoryRow::selectList(true);
    QVERIFY(all.startsWith(summary + QStringLiteral(", ")));
    for (const HistoryRow::Column& column : HistoryRow::columns()) {
        QCOMPARE(summary.split(QStringLiteral(", ")).contains(QLatin1String(column.name)), !column.body);
    }
    const HistoryEntry full = fullEntry();
    const HistoryEntry stored = read(write(full), false);
    QCOMPARE(stored.url, full.url);
    QCOMPARE(stored.networkError, full.networkError);
    QVERIFY(stored.requestBody.isEmpty());
    QVERIFY(stored.responseBody.isEmpty());
    QVERIFY(stored.input.isEmpty());
}

void tst_HistoryRow::insertLeavesTheIdToSqlite()
{
    const QString statement = HistoryRow::insertStatement();
    QVERIFY(statement.startsWith(QStringLiteral("INSERT INTO requests (time_ms, ")));
    QCOMPARE(statement.count(QLatin1Char('?')), HistoryRow::insertValues(HistoryEntry()).size());
    QCOMPARE(HistoryRow::insertValues(HistoryEntry()).size(), qsizetype(HistoryRow::columns().size()) - 1);
    const qint64 first = write(fullEntry());
    QCOMPARE(write(fullEntry()), first + 1);
}

void tst_HistoryRow::completeWritesTheReplyOnly()
{
    const HistoryEntry full = fullEntry();
    const qint64 id = write(full);
    HistoryEntry reply;
    ApiResult result;
    result.status = 200;
    result.message = QStringLiteral("Success.");
    result.body = R"({"status":200})";
    result.elapsedMs = 12;
    reply.setResult(result);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(HistoryRow::completeStatement()));
    const QVariantList values = HistoryRow::completeValues(reply, id);
    QCOMPARE(values.last().toLongLong(), id);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);

    const HistoryEntry stored = read(id, true);
    QCOMPARE(stored.statusClass, HistoryEntry::StatusClass::Success);
    QCOMPARE(stored.httpStatus, 200);
    QCOMPARE(stored.message, QStringLiteral("Success."));
    QCOMPARE(stored.responseBody, QStringLiteral(R"({"status":200})"));
    QVERIFY(!stored.responseTruncated);
    QCOMPARE(stored.elapsedMs, 12);
    QVERIFY(stored.networkError.isEmpty());
    // The request side is untouched.
    QCOMPARE(stored.url, full.url);
    QCOMPARE(stored.requestBody, full.requestBody);
    QCOMPARE(stored.workspace, full.workspace);
    QCOMPARE(stored.time, full.time);
    QCOMPARE(stored.input, full.input);
}

void tst_HistoryRow::nullTextBindsAsEmpty()
{
    const QVariant bound = HistoryRow::boundText(QString());
    QVERIFY(!bound.isNull());
    QCOMPARE(bound.toString(), QString());
    // An identify without an email (a null QString) is still recorded.
    HistoryEntry noEmail = entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc());
    noEmail.email = QString();
    QVERIFY(write(noEmail) > 0);
}

QTEST_GUILESS_MAIN(tst_HistoryRow)
#include "tst_HistoryRow.moc"
