#include "HistoryTestData.h"
#include "core/history/UserSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

// A user's last known state rebuilt from plain history rows, no database: what a restore sends again.
class tst_UserSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void rebuildsADeletedUser();
    void onlyAcceptedRowsCount_data();
    void onlyAcceptedRowsCount();
    void laterValuesWin();
    void identifyAfterDeleteBringsTheUserBack();
    void rowsWithoutFormInputUseTheirBody();
    void nothingKnown();
    void inputsRecreateTheUser();

private:
    HistoryEntry next(const OperationInput& input, StatusClass statusClass = StatusClass::Success);
    QDateTime m_time = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
};

HistoryEntry tst_UserSnapshot::next(const OperationInput& input, StatusClass statusClass)
{
    m_time = m_time.addSecs(60);
    return entry(input, m_time, statusClass);
}

void tst_UserSnapshot::rebuildsADeletedUser()
{
    OperationInput first = identify(
        QStringLiteral("old-7"), QStringLiteral("first@example.com"), QStringLiteral(R"({"plan":"free","age":30})"));
    first.channels = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                              {QStringLiteral("address"), QStringLiteral("tok-1")},
                                              {QStringLiteral("platform"), QStringLiteral("ios")}}};
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old-7");
    alias.newId = QStringLiteral("u7");
    OperationInput edit;
    edit.operation = Operation::EditProperties;
    edit.id = QStringLiteral("u7");
    edit.changes = QStringLiteral(R"({"city":"Leeds"})");
    QList<HistoryEntry> rows {
        next(first),
        next(tags(QStringLiteral("old-7"), {QStringLiteral("trial"), QStringLiteral("beta")})),
        next(alias),
        next(identify(QStringLiteral("u7"), QStringLiteral("ann@example.com"), QStringLiteral(R"({"plan":"pro"})"))),
        next(edit),
        next(tags(QStringLiteral("u7"), {QStringLiteral("vip")}, {QStringLiteral("trial")})),
        next(identify(QStringLiteral("u7"), QStringLiteral("typo@example"), QString()), StatusClass::Rejected),
        next(tags(QStringLiteral("u7"), {QStringLiteral("lost")}), StatusClass::Failed),
        next(simple(Operation::Unsubscribe, QStringLiteral("u7"))),
        next(trackEvent(QStringLiteral("u7"), QStringLiteral("Bought"))),
        next(trackEvent(QStringLiteral("u7"), QStringLiteral("Bought"), QStringLiteral(R"({"n":2})"))),
    };
    const HistoryEntry deleted = next(simple(Operation::Delete, QStringLiteral("u7")));
    rows << deleted;

    const UserSnapshot snapshot = UserSnapshot::rebuild(QStringLiteral(" u7 "), rows);
    QVERIFY(!snapshot.isEmpty());
    QCOMPARE(snapshot.userId, QStringLiteral("u7"));
    QCOMPARE(snapshot.previousIds, QStringList {QStringLiteral("old-7")});
    QCOMPARE(snapshot.email, QStringLiteral("ann@example.com"));
    QCOMPARE(snapshot.properties,
             (QJsonObject {{QStringLiteral("plan"), QStringLiteral("pro")},
                           {QStringLiteral("age"), 30},
                           {QStringLiteral("city"), QStringLiteral("Leeds")}}));
    QCOMPARE(snapshot.channels, first.channels);
    QCOMPARE(snapshot.tags, (QStringList {QStringLiteral("beta"), QStringLiteral("vip")}));
    QVERIFY(snapshot.unsubscribed);
    QVERIFY(snapshot.deleted);
    QCOMPARE(snapshot.deletedAt, deleted.time);
    QCOMPARE(snapshot.lastChange, deleted.time);
    QCOMPARE(snapshot.eventCount, 2);
    QCOMPARE(snapshot.requestCount, rows.size() - 2);
}

void tst_UserSnapshot::onlyAcceptedRowsCount_data()
{
    QTest::addColumn<int>("statusClass");
    QTest::newRow("pending") << int(StatusClass::Pending);
    QTest::newRow("rejected") << int(StatusClass::Rejected);
    QTest::newRow("failed") << int(StatusClass::Failed);
    QTest::newRow("not sent") << int(StatusClass::NotSent);
}

void tst_UserSnapshot::onlyAcceptedRowsCount()
{
    QFETCH(int, statusClass);
    const QList<HistoryEntry> rows {
        next(identify(QStringLiteral("u1"), QStringLiteral("a@example.com"), QStringLiteral(R"({"x":1})")),
             StatusClass(statusClass)),
        next(tags(QStringLiteral("u1"), {QStringLiteral("t")}), StatusClass(statusClass)),
        next(simple(Operation::Delete, QStringLiteral("u1")), StatusClass(statusClass)),
    };
    const UserSnapshot snapshot = UserSnapshot::rebuild(QStringLiteral("u1"), rows);
    QVERIFY(snapshot.isEmpty());
    QVERIFY(snapshot.email.isEmpty());
    QVERIFY(snapshot.tags.isEmpty());
    QVERIFY(!snapshot.deleted);
    QVERIFY(!snapshot.lastChange.isValid());
}

void tst_UserSnapshot::laterValuesWin()
{
    OperationInput first
        = identify(QStringLiteral("u1"), QStringLiteral("a@example.com"), QStringLiteral(R"({"a":1})"));
    first.phone = QStringLiteral("+441111");
    first.channels = QJsonArray {QJsonObject {{QStringLiteral("address"), QStringLiteral("tok-1")},
                                              {QStringLiteral("platform"), QStringLiteral("ios")}},
                                 QJsonObject {{QStringLiteral("address"), QStringLiteral("tok-2")}}};
    OperationInput second = identify(QStringLiteral("u1"), QString(), QStringLiteral(R"({"a":2,"b":3})"));
    second.channels = QJsonArray {QJsonObject {{QStringLiteral("address"), QStringLiteral("tok-1")},
                                               {QStringLiteral("platform"), QStringLiteral("android")}}};
    const UserSnapshot snapshot = UserSnapshot::rebuild(QStringLiteral("u1"),
                                                        {next(first),
                                                         next(second),
                                                         next(simple(Operation::Unsubscribe, QStringLiteral("u1"))),
                                                         next(simple(Operation::Resubscribe, QStringLiteral("u1")))});
    // An identify without an email or phone keeps the earlier ones.
    QCOMPARE(snapshot.email, QStringLiteral("a@example.com"));
    QCOMPARE(snapshot.phone, QStringLiteral("+441111"));
    QCOMPARE(snapshot.properties, (QJsonObject {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}));
    // One channel per address, replaced in place.
    QCOMPARE(snapshot.channels.size(), 2);
    QCOMPARE(snapshot.channels.at(0).toObject().value(QStringLiteral("platform")).toString(),
             QStringLiteral("android"));
    QCOMPARE(snapshot.channels.at(1).toObject().value(QStringLiteral("address")).toString(), QStringLiteral("tok-2"));
    QVERIFY(!snapshot.unsubscribed);
}

void tst_UserSnapshot::identifyAfterDeleteBringsTheUserBack()
{
    const UserSnapshot snapshot
        = UserSnapshot::rebuild(QStringLiteral("u1"),
                                {next(identify(QStringLiteral("u1"))),
                                 next(simple(Operation::Delete, QStringLiteral("u1"))),
                                 next(identify(QStringLiteral("u1"), QStringLiteral("back@example.com")))});
    QVERIFY(!snapshot.deleted);
    QCOMPARE(snapshot.email, QStringLiteral("back@example.com"));
    QCOMPARE(snapshot.requestCount, 3);
}

void tst_UserSnapshot::rowsWithoutFormInputUseTheirBody()
{
    // Rows written by older schemas carry only the request body.
    HistoryEntry row
        = next(identify(QStringLiteral("u1"), QStringLiteral("a@example.com"), QStringLiteral(R"({"x":1})")));
    row.input = {};
    HistoryEntry event = next(trackEvent(QStringLiteral("u1"), QStringLiteral("Signed Up")));
    event.requestBody = QStringLiteral(R"({"identity":{"id":"u1","email":"e@example.com"},"event_name":"Signed Up"})");
    event.input = {};
    const UserSnapshot snapshot = UserSnapshot::rebuild(QStringLiteral("u1"), {row, event});
    QCOMPARE(snapshot.email, QStringLiteral("a@example.com"));
    QCOMPARE(snapshot.properties, (QJsonObject {{QStringLiteral("x"), 1}}));
    QCOMPARE(snapshot.eventCount, 1);

    // An event's email fills in only when no identify gave one.
    const UserSnapshot fromEvent = UserSnapshot::rebuild(QStringLiteral("u1"), {event});
    QCOMPARE(fromEvent.email, QStringLiteral("e@example.com"));
}

void tst_UserSnapshot::nothingKnown()
{
    const UserSnapshot snapshot = UserSnapshot::rebuild(QStringLiteral("stranger"), {});
    QVERIFY(snapshot.isEmpty());
    QCOMPARE(snapshot.userId, QStringLiteral("stranger"));
    QVERIFY(snapshot.tagsInput().tagsAdd.isEmpty());
}

void tst_UserSnapshot::inputsRecreateTheUser()
{
    UserSnapshot snapshot;
    snapshot.userId = QStringLiteral("u7");
    snapshot.email = QStringLiteral("ann@example.com");
    snapshot.phone = QStringLiteral("+441234");
    snapshot.properties = QJsonObject {{QStringLiteral("plan"), QStringLiteral("pro")}};
    snapshot.channels = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                                 {QStringLiteral("address"), QStringLiteral("tok-1")},
                                                 {QStringLiteral("platform"), QStringLiteral("ios")}}};
    snapshot.tags = QStringList {QStringLiteral("vip")};
    const OperationInput identifyInput = snapshot.identifyInput();
    QCOMPARE(identifyInput.operation, Operation::Identify);
    QCOMPARE(identifyInput.id, QStringLiteral("u7"));
    QCOMPARE(identifyInput.email, QStringLiteral("ann@example.com"));
    QCOMPARE(identifyInput.phone, QStringLiteral("+441234"));
    QCOMPARE(QJsonDocument::fromJson(identifyInput.data.toUtf8()).object(), snapshot.properties);
    QCOMPARE(identifyInput.channels, snapshot.channels);
    QVERIFY(RequestBuilder::build(identifyInput).ok());
    const OperationInput tagsInput = snapshot.tagsInput();
    QCOMPARE(tagsInput.operation, Operation::TagsEdit);
    QCOMPARE(tagsInput.id, QStringLiteral("u7"));
    QCOMPARE(tagsInput.tagsAdd, snapshot.tags);
    QVERIFY(RequestBuilder::build(tagsInput).ok());
    // No properties: no data at all, rather than an empty object.
    snapshot.properties = {};
    QVERIFY(snapshot.identifyInput().data.isEmpty());
}

QTEST_GUILESS_MAIN(tst_UserSnapshot)
#include "tst_UserSnapshot.moc"
