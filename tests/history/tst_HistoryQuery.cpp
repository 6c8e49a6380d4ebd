#include "core/history/HistoryQuery.h"
#include "core/history/HistoryRow.h"

#include <QRegularExpression>
#include <QTest>

using StatusClass = HistoryEntry::StatusClass;
using Statement = HistoryQuery::Statement;

Q_DECLARE_METATYPE(HistoryQuery::Statement)

namespace {

QString select(bool withBodies)
{
    return QStringLiteral("SELECT ") + HistoryRow::selectList(withBodies) + QStringLiteral(" FROM requests");
}

} // namespace

// The store's reads as SQL and binds, without a database: each filter's condition, paging by key, and every
// value (status classes included) bound rather than written into the text.
class tst_HistoryQuery : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data();
    void conditions();
    void statusClassesAreBoundFromTheEnum_data();
    void statusClassesAreBoundFromTheEnum();
    void pages_data();
    void pages();
    void countUsesTheSameCondition();
    void oneEntryWithBodies();
    void aliasChainAndAcceptedRows();
    void recentEventLooksInTheWindow();
    void explainedPrefixesThePlan();
    void workspaceReads();
    void aliasChainAndAcceptedRowsOnOneWorkspace();
    void deletionNotFollowedByAnIdentify();
};

void tst_HistoryQuery::conditions_data()
{
    QTest::addColumn<HistoryQuery::Filter>("filter");
    QTest::addColumn<Statement>("expected");

    const QDateTime from(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const QDateTime to = from.addDays(1);
    HistoryQuery::Filter filter;
    QTest::newRow("none") << filter << Statement {};

    filter.user = QStringLiteral("  u1 ");
    QTest::newRow("user: id, alias' new id or email, trimmed")
        << filter
        << Statement {QStringLiteral("(user_id = ? OR new_user_id = ? OR email = ? COLLATE NOCASE)"),
                      {QStringLiteral("u1"), QStringLiteral("u1"), QStringLiteral("u1")}};
    filter = {};
    filter.operation = Operation::TrackEvent;
    QTest::newRow("operation by its key")
        << filter << Statement {QStringLiteral("operation = ?"), {QStringLiteral("event")}};
    filter = {};
    filter.status = HistoryQuery::StatusFilter::Success;
    QTest::newRow("success") << filter << Statement {QStringLiteral("status_class = ?"), {int(StatusClass::Success)}};
    filter.status = HistoryQuery::StatusFilter::Rejected;
    QTest::newRow("rejected") << filter << Statement {QStringLiteral("status_class = ?"), {int(StatusClass::Rejected)}};
    filter.status = HistoryQuery::StatusFilter::Failed;
    QTest::newRow("failed includes not sent")
        << filter
        << Statement {QStringLiteral("status_class IN (?, ?)"), {int(StatusClass::Failed), int(StatusClass::NotSent)}};
    filter.status = HistoryQuery::StatusFilter::Pending;
    QTest::newRow("pending") << filter << Statement {QStringLiteral("status_class = ?"), {int(StatusClass::Pending)}};
    filter = {};
    filter.from = from;
    filter.to = to;
    QTest::newRow("time range, end exclusive") << filter
                                               << Statement {QStringLiteral("time_ms >= ? AND time_ms < ?"),
                                                             {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()}};

    filter = {};
    filter.text = QStringLiteral(" 0%_o\\ ");
    const QStringList columns {QStringLiteral("user_id"),
                               QStringLiteral("new_user_id"),
                               QStringLiteral("email"),
                               QStringLiteral("event_name"),
                               QStringLiteral("message"),
                               QStringLiteral("network_error"),
                               QStringLiteral("url"),
                               QStringLiteral("request_body"),
                               QStringLiteral("response_body"),
                               QStringLiteral("workspace"),
                               QStringLiteral("operator"),
                               QStringLiteral("bulk_job")};
    QStringList likes;
    QVariantList patterns;
    for (const QString& column : columns) {
        likes << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        patterns << QStringLiteral("%0\\%\\_o\\\\%"); // wildcards and the escape itself taken literally
    }
    QTest::newRow("free text in every text column")
        << filter << Statement {QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')'), patterns};

    filter = {};
    filter.workspace = QStringLiteral("Production");
    QTest::newRow("workspace by name") << filter
                                       << Statement {QStringLiteral("workspace = ?"), {QStringLiteral("Production")}};
    filter.workspace = QString();
    QTest::newRow("rows that recorded no workspace")
        << filter << Statement {QStringLiteral("workspace = ?"), {QString()}};
    filter = {};
    filter.bulkJob = QStringLiteral("20261201-151732-384c");
    QTest::newRow("one bulk job") << filter
                                  << Statement {QStringLiteral("bulk_job = ?"),
                                                {QStringLiteral("20261201-151732-384c")}};
    filter = {};
    filter.throughId = 480;
    QTest::newRow("a retention plan's bound") << filter << Statement {QStringLiteral("id <= ?"), {qint64(480)}};

    filter = {};
    filter.user = QStringLiteral("u1");
    filter.status = HistoryQuery::StatusFilter::Success;
    filter.from = from;
    QTest::newRow("combined, in a fixed order")
        << filter
        << Statement {
               QStringLiteral("(user_id = ? OR new_user_id = ? OR email = ? COLLATE NOCASE) AND status_class = ? "
                              "AND time_ms >= ?"),
               {QStringLiteral("u1"),
                QStringLiteral("u1"),
                QStringLiteral("u1"),
                int(StatusClass::Success),
                from.toMSecsSinceEpoch()}};
}

void tst_HistoryQuery::conditions()
{
    QFETCH(HistoryQuery::Filter, filter);
    QFETCH(Statement, expected);
    const Statement condition = HistoryQuery::condition(filter);
    QCOMPARE(condition.sql, expected.sql);
    QCOMPARE(condition.values, expected.values);
}

void tst_HistoryQuery::statusClassesAreBoundFromTheEnum_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<int>>("classes");
    QTest::newRow("any") << int(HistoryQuery::StatusFilter::Any) << QList<int> {};
    QTest::newRow("success") << int(HistoryQuery::StatusFilter::Success) << QList<int> {int(StatusClass::Success)};
    QTest::newRow("rejected") << int(HistoryQuery::StatusFilter::Rejected) << QList<int> {int(StatusClass::Rejected)};
    QTest::newRow("failed") << int(HistoryQuery::StatusFilter::Failed)
                            << QList<int> {int(StatusClass::Failed), int(StatusClass::NotSent)};
    QTest::newRow("pending") << int(HistoryQuery::StatusFilter::Pending) << QList<int> {int(StatusClass::Pending)};
}

void tst_HistoryQuery::statusClassesAreBoundFromTheEnum()
{
    QFETCH(int, status);
    QFETCH(QList<int>, classes);
    HistoryQuery::Filter filter;
    filter.status = HistoryQuery::StatusFilter(status);
    QList<int> listed;
    for (StatusClass statusClass : HistoryQuery::statusClasses(filter.status)) {
        listed << int(statusClass);
    }
    QCOMPARE(listed, classes);
    // No number in the text: the classes travel as values, in the enum's numbering.
    for (const Statement& statement : {HistoryQuery::condition(filter), HistoryQuery::count(filter)}) {
        QVERIFY2(!statement.sql.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(statement.sql));
        QList<int> bound;
        for (const QVariant& value : statement.values) {
            bound << value.toInt();
        }
        QCOMPARE(bound, classes);
    }
}

void tst_HistoryQuery::pages_data()
{
    QTest::addColumn<HistoryQuery::Filter>("filter");
    QTest::addColumn<HistoryQuery::Page>("page");
    QTest::addColumn<Statement>("expected");

    const QString newestFirst = QStringLiteral(" ORDER BY id DESC LIMIT ?");
    const int rows = HistoryQuery::Page::DefaultRows;
    HistoryQuery::Page page;
    QTest::newRow("first page, newest first")
        << HistoryQuery::Filter() << page << Statement {select(false) + newestFirst, {rows}};
    page.after = 5000;
    QTest::newRow("next page: below the last id shown")
        << HistoryQuery::Filter() << page
        << Statement {select(false) + QStringLiteral(" WHERE id < ?") + newestFirst, {5000, rows}};
    page.order = Qt::AscendingOrder;
    QTest::newRow("oldest first: above the last id shown")
        << HistoryQuery::Filter() << page
        << Statement {select(false) + QStringLiteral(" WHERE id > ? ORDER BY id ASC LIMIT ?"), {5000, rows}};
    HistoryQuery::Filter filter;
    filter.operation = Operation::Delete;
    page = {};
    page.after = 7;
    page.limit = 0;
    page.withBodies = true;
    QTest::newRow("filtered, no limit, with bodies")
        << filter << page
        << Statement {select(true) + QStringLiteral(" WHERE operation = ? AND id < ? ORDER BY id DESC"),
                      {QStringLiteral("delete"), 7}};
}

void tst_HistoryQuery::pages()
{
    QFETCH(HistoryQuery::Filter, filter);
    QFETCH(HistoryQuery::Page, page);
    QFETCH(Statement, expected);
    const Statement statement = HistoryQuery::rows(filter, page);
    QCOMPARE(statement.sql, expected.sql);
    QCOMPARE(statement.values.size(), expected.values.size());
    for (qsizetype i = 0; i < expected.values.size(); ++i) {
        QCOMPARE(statement.values.at(i).toString(), expected.values.at(i).toString());
    }
}

void tst_HistoryQuery::countUsesTheSameCondition()
{
    QCOMPARE(HistoryQuery::count({}).sql, QStringLiteral("SELECT count(*) FROM requests"));
    QVERIFY(HistoryQuery::count({}).values.isEmpty());
    HistoryQuery::Filter filter;
    filter.user = QStringLiteral("u1");
    filter.status = HistoryQuery::StatusFilter::Failed;
    const Statement condition = HistoryQuery::condition(filter);
    QCOMPARE(HistoryQuery::count(filter).sql, QStringLiteral("SELECT count(*) FROM requests WHERE ") + condition.sql);
    QCOMPARE(HistoryQuery::count(filter).values, condition.values);
}

void tst_HistoryQuery::oneEntryWithBodies()
{
    const Statement statement = HistoryQuery::entry(42);
    QCOMPARE(statement.sql, select(true) + QStringLiteral(" WHERE id = ?"));
    QCOMPARE(statement.values, QVariantList {qint64(42)});
}

void tst_HistoryQuery::aliasChainAndAcceptedRows()
{
    const Statement sources = HistoryQuery::aliasSources(QStringLiteral("u9"));
    QCOMPARE(
        sources.sql,
        QStringLiteral("SELECT user_id FROM requests WHERE new_user_id = ? AND +operation = ? AND +status_class = ? "
                       "ORDER BY id"));
    QCOMPARE(sources.values, (QVariantList {QStringLiteral("u9"), QStringLiteral("alias"), int(StatusClass::Success)}));

    const Statement rows = HistoryQuery::acceptedRowsOf({QStringLiteral("u9"), QStringLiteral("u1")});
    QCOMPARE(
        rows.sql,
        select(true)
            + QStringLiteral(" WHERE (user_id IN (?, ?) OR new_user_id IN (?, ?)) AND +status_class = ? ORDER BY id"));
    QCOMPARE(rows.values,
             (QVariantList {QStringLiteral("u9"),
                            QStringLiteral("u1"),
                            QStringLiteral("u9"),
                            QStringLiteral("u1"),
                            int(StatusClass::Success)}));
}

void tst_HistoryQuery::recentEventLooksInTheWindow()
{
    const QDateTime to = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const QDateTime from = to.addSecs(-300);
    const Statement statement = HistoryQuery::recentEvent(QStringLiteral("k"), from, to);
    QCOMPARE(
        statement.sql,
        select(true)
            + QStringLiteral(" WHERE dedup_key = ? AND time_ms >= ? AND time_ms <= ? AND +status_class IN (?, ?, ?, ?) "
                             "ORDER BY time_ms DESC LIMIT 1"));
    // Rejected events never reached the service's dedup stage, failed ones (refused, unknown host) never got
    // there; pending, cancelled and unanswered ones may have.
    QCOMPARE(statement.values,
             (QVariantList {QStringLiteral("k"),
                            from.toMSecsSinceEpoch(),
                            to.toMSecsSinceEpoch(),
                            int(StatusClass::Pending),
                            int(StatusClass::Success),
                            int(StatusClass::Cancelled),
                            int(StatusClass::Unknown)}));
}

void tst_HistoryQuery::explainedPrefixesThePlan()
{
    const Statement statement = HistoryQuery::count({});
    const Statement explained = HistoryQuery::explained(statement);
    QCOMPARE(explained.sql, QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql);
    QCOMPARE(explained.values, statement.values);
}

void tst_HistoryQuery::workspaceReads()
{
    // Seeks name after name in the workspace index instead of reading all of it.
    QVERIFY(HistoryQuery::workspaces().sql.contains(QStringLiteral("WHERE workspace > names.name")));
    QVERIFY(!HistoryQuery::workspaces().sql.contains(QStringLiteral("DISTINCT")));
    HistoryQuery::Filter filter;
    filter.workspace = QStringLiteral("Sandbox");
    QCOMPARE(HistoryQuery::newest(filter).sql,
             QStringLiteral("SELECT id, time_ms FROM requests WHERE workspace = ? ORDER BY id DESC LIMIT 1"));
    const Statement summary = HistoryQuery::summary(filter);
    QCOMPARE(summary.sql,
             QStringLiteral("SELECT count(*), min(time_ms), max(time_ms), max(id), coalesce(sum(operation = ? AND "
                            "status_class = ?), 0) FROM requests WHERE workspace = ?"));
    QCOMPARE(summary.values,
             (QVariantList {QStringLiteral("delete"), int(StatusClass::Success), QStringLiteral("Sandbox")}));
}

void tst_HistoryQuery::aliasChainAndAcceptedRowsOnOneWorkspace()
{
    const Statement sources = HistoryQuery::aliasSources(QStringLiteral("u9"), QStringLiteral("Production"));
    QCOMPARE(sources.sql,
             QStringLiteral("SELECT user_id FROM requests WHERE new_user_id = ? AND +operation = ? AND +workspace = ? "
                            "AND +status_class = ? ORDER BY id"));
    QCOMPARE(
        sources.values,
        (QVariantList {
            QStringLiteral("u9"), QStringLiteral("alias"), QStringLiteral("Production"), int(StatusClass::Success)}));
    const Statement rows = HistoryQuery::acceptedRowsOf({QStringLiteral("u9")}, QStringLiteral("Production"));
    QCOMPARE(rows.sql,
             select(true)
                 + QStringLiteral(" WHERE (user_id IN (?) OR new_user_id IN (?)) AND +workspace = ? AND "
                                  "+status_class = ? ORDER BY id"));
}

void tst_HistoryQuery::deletionNotFollowedByAnIdentify()
{
    const Statement statement = HistoryQuery::unrecreatedDeletion(QStringLiteral("Production"), QStringLiteral("c-42"));
    QVERIFY(statement.sql.startsWith(select(true) + QStringLiteral(" AS deletion WHERE user_id = ?")));
    QVERIFY(statement.sql.contains(QStringLiteral("NOT EXISTS")));
    QVERIFY(statement.sql.endsWith(QStringLiteral("ORDER BY id DESC LIMIT 1")));
    QCOMPARE(statement.values,
             (QVariantList {QStringLiteral("c-42"),
                            QStringLiteral("Production"),
                            QStringLiteral("delete"),
                            int(StatusClass::Success),
                            QStringLiteral("identify"),
                            int(StatusClass::Success)}));
}

QTEST_GUILESS_MAIN(tst_HistoryQuery)
#include "tst_HistoryQuery.moc"
