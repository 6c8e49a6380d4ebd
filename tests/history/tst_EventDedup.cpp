#include "HistoryTestData.h"
#include "core/api/EventDedup.h"
#include "core/api/RequestBuilder.h"
#include "core/history/HistoryStore.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxState.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace HistoryTestData;

namespace {

OperationInput byEmail(const QString& email, const QString& name, const QString& data = QString())
{
    OperationInput input = trackEvent(QString(), name, data);
    input.email = email;
    return input;
}

} // namespace

// Vero's deduplication rule, defined once in EventDedup, as both places that apply it see it: the history's
// "sent a moment ago" check (HistoryStore::recentDuplicate) and vero-sandbox (SandboxState). Every row of the
// table goes through both and both must give its verdict. See docs/vero-api.md, "## Deduplication".
class tst_EventDedup : public QObject
{
    Q_OBJECT

private slots:
    void windows();
    void keyParts();
    void onlyEventsWithAUserHaveAKey();
    void historyAndSandboxAgree_data();
    void historyAndSandboxAgree();
};

void tst_EventDedup::windows()
{
    QCOMPARE(EventDedup::ServiceWindowSeconds, 3 * 60);
    QCOMPARE(EventDedup::WarningWindowSeconds, EventDedup::ServiceWindowSeconds + EventDedup::WarningMarginSeconds);
    QVERIFY(EventDedup::WarningMarginSeconds > 0);
    // The sandbox drops duplicates in the service's window unless told otherwise.
    QCOMPARE(SandboxOptions().dedupWindowSeconds, EventDedup::ServiceWindowSeconds);
    const SandboxClock clock;
    QCOMPARE(SandboxState(&clock).dedupWindowSeconds(), EventDedup::ServiceWindowSeconds);
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(EventDedup::windowStart(now, 180), now.addSecs(-180));
}

void tst_EventDedup::keyParts()
{
    using Event = EventDedup::Event;
    const QJsonObject data {{QStringLiteral("a"), 1}};
    const QJsonObject check {{QStringLiteral("check_id"), QStringLiteral("c")}};
    const QString base = EventDedup::key(Event {{}, QStringLiteral("A b"), QStringLiteral("u"), {}, data, {}});
    QVERIFY(!base.isEmpty());
    // Data wins over check_id; the name is normalised.
    QCOMPARE(EventDedup::key(Event {{}, QStringLiteral("a_b"), QStringLiteral("u"), {}, data, check}), base);
    QVERIFY(EventDedup::key(Event {{}, QStringLiteral("a_b"), QStringLiteral("v"), {}, data, {}}) != base);
    QVERIFY(EventDedup::key(Event {{}, QStringLiteral("a_b"), QStringLiteral("u"), {}, {{QStringLiteral("a"), 2}}, {}})
            != base);
    QVERIFY(EventDedup::key(Event {QStringLiteral("prod"), QStringLiteral("a_b"), QStringLiteral("u"), {}, data, {}})
            != base);
    const QString withCheck = EventDedup::key(Event {{}, QStringLiteral("x"), QStringLiteral("u"), {}, {}, check});
    QVERIFY(withCheck != EventDedup::key(Event {{}, QStringLiteral("x"), QStringLiteral("u"), {}, {}, {}}));
    // A null check_id is no check_id.
    QCOMPARE(
        EventDedup::key(Event {
            {}, QStringLiteral("x"), QStringLiteral("u"), {}, {}, {{QStringLiteral("check_id"), QJsonValue::Null}}}),
        EventDedup::key(Event {{}, QStringLiteral("x"), QStringLiteral("u"), {}, {}, {}}));
    // No separator trick makes two different (scope, name, user) triples collide.
    QVERIFY(EventDedup::key(Event {{}, QStringLiteral("a\",\"b"), QStringLiteral("c"), {}, {}, {}})
            != EventDedup::key(Event {{}, QStringLiteral("a"), QStringLiteral("b\",\"c"), {}, {}, {}}));
    QVERIFY(EventDedup::key(Event {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), {}, {}, {}})
            != EventDedup::key(Event {QStringLiteral("a\u001fb"), {}, QStringLiteral("c"), {}, {}, {}}));
    // The id wins over the email; without an id, the email in any case.
    QCOMPARE(EventDedup::key(Event {{}, QStringLiteral("x"), QStringLiteral("u"), QStringLiteral("a@x.test"), {}, {}}),
             EventDedup::key(Event {{}, QStringLiteral("x"), QStringLiteral(" u "), {}, {}, {}}));
    QCOMPARE(EventDedup::key(Event {{}, QStringLiteral("x"), {}, QStringLiteral(" A@X.test"), {}, {}}),
             EventDedup::key(Event {{}, QStringLiteral("x"), {}, QStringLiteral("a@x.test"), {}, {}}));
    // A fixed-length digest, whatever the data: the history indexes it.
    QCOMPARE(base.size(), withCheck.size());
}

void tst_EventDedup::onlyEventsWithAUserHaveAKey()
{
    QVERIFY(EventDedup::key(EventDedup::Event {{}, QStringLiteral("x"), QStringLiteral("  "), QString(), {}, {}})
                .isEmpty());
    QVERIFY(EventDedup::key(QStringLiteral("prod"), identify(QStringLiteral("u1"))).isEmpty());
    QVERIFY(!EventDedup::key(QStringLiteral("prod"), trackEvent(QStringLiteral("u1"), QStringLiteral("x"))).isEmpty());
    // Text that is not a JSON object counts as no data.
    QCOMPARE(EventDedup::key(QStringLiteral("prod"),
                             trackEvent(QStringLiteral("u1"), QStringLiteral("x"), QStringLiteral("[1]"))),
             EventDedup::key(QStringLiteral("prod"), trackEvent(QStringLiteral("u1"), QStringLiteral("x"))));
}

void tst_EventDedup::historyAndSandboxAgree_data()
{
    QTest::addColumn<OperationInput>("earlier");
    QTest::addColumn<QString>("earlierScope");
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<OperationInput>("later");
    QTest::addColumn<bool>("duplicate");

    const QString data = QStringLiteral(R"({"sku":"A1","qty":2})");
    const OperationInput purchase = trackEvent(QStringLiteral("u1"), QStringLiteral("Purchased Item"), data);
    const QString ws = QStringLiteral("test"); // the later event always goes through this scope
    const OperationInput checked
        = trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), QString(), QStringLiteral(R"({"check_id":"c-1"})"));

    QTest::newRow("same event a minute ago") << purchase << ws << 60 << purchase << true;
    QTest::newRow("name in lower case with spaces")
        << purchase << ws << 60 << trackEvent(QStringLiteral("u1"), QStringLiteral("purchased item"), data) << true;
    QTest::newRow("name with underscores and capitals")
        << purchase << ws << 60 << trackEvent(QStringLiteral("u1"), QStringLiteral("PURCHASED__item"), data) << true;
    QTest::newRow("data keys in another order")
        << purchase << ws << 60
        << trackEvent(
               QStringLiteral("u1"), QStringLiteral("Purchased Item"), QStringLiteral(R"({"qty":2, "sku":"A1"})"))
        << true;
    QTest::newRow("other data") << purchase << ws << 60
                                << trackEvent(QStringLiteral("u1"),
                                              QStringLiteral("Purchased Item"),
                                              QStringLiteral(R"({"sku":"B2","qty":2})"))
                                << false;
    QTest::newRow("a unique timestamp in the data")
        << purchase << ws << 10
        << trackEvent(QStringLiteral("u1"),
                      QStringLiteral("Purchased Item"),
                      QStringLiteral(R"({"sku":"A1","qty":2,"unique_timestamp":"2026-11-01T12:00:00.001Z"})"))
        << false;
    QTest::newRow("other user") << purchase << ws << 60
                                << trackEvent(QStringLiteral("u2"), QStringLiteral("Purchased Item"), data) << false;
    QTest::newRow("other event") << purchase << ws << 60
                                 << trackEvent(QStringLiteral("u1"), QStringLiteral("Refunded"), data) << false;
    QTest::newRow("other credential's workspace") << purchase << QStringLiteral("prod") << 60 << purchase << false;
    QTest::newRow("user by email, in another case")
        << byEmail(QStringLiteral("Ann@Example.com"), QStringLiteral("Ping")) << ws << 60
        << byEmail(QStringLiteral("ann@example.COM"), QStringLiteral("Ping")) << true;
    QTest::newRow("user by another email")
        << byEmail(QStringLiteral("ann@example.com"), QStringLiteral("Ping")) << ws << 60
        << byEmail(QStringLiteral("bob@example.com"), QStringLiteral("Ping")) << false;
    QTest::newRow("no data, same check_id") << checked << ws << 60 << checked << true;
    QTest::newRow("no data, other check_id")
        << checked << ws << 60
        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), QString(), QStringLiteral(R"({"check_id":"c-2"})"))
        << false;
    QTest::newRow("no data, a number check_id")
        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), QString(), QStringLiteral(R"({"check_id":7})"))
        << ws << 60
        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), QString(), QStringLiteral(R"({"check_id":7})"))
        << true;
    QTest::newRow("data wins over check_id")
        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), data, QStringLiteral(R"({"check_id":"c-1"})")) << ws
        << 60 << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), data, QStringLiteral(R"({"check_id":"c-2"})"))
        << true;
    const OperationInput bare = trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"));
    QTest::newRow("neither data nor check_id: name and user") << bare << ws << 60 << bare << true;
    QTest::newRow("no data, then a check_id") << bare << ws << 60 << checked << false;
    QTest::newRow("no data, then data") << bare << ws << 60
                                        << trackEvent(QStringLiteral("u1"), QStringLiteral("Ping"), data) << false;
    // Inside the service's window, and past the app's wider warning window. Between the two the app warns and
    // the sandbox keeps the event: that margin is the app's choice, tested in tst_HistoryStore.
    QTest::newRow("inside the window") << purchase << ws << EventDedup::ServiceWindowSeconds - 10 << purchase << true;
    QTest::newRow("outside the window") << purchase << ws << EventDedup::WarningWindowSeconds + 60 << purchase << false;
}

void tst_EventDedup::historyAndSandboxAgree()
{
    QFETCH(OperationInput, earlier);
    QFETCH(QString, earlierScope);
    QFETCH(int, secondsAgo);
    QFETCH(OperationInput, later);
    QFETCH(bool, duplicate);
    const QString laterScope = QStringLiteral("test");
    QVERIFY(RequestBuilder::build(earlier).ok());
    QVERIFY(RequestBuilder::build(later).ok());

    // The history: the earlier event as the recorder writes it, then the check before sending the later one.
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.insert(entry(earlier, now.addSecs(-secondsAgo), HistoryEntry::StatusClass::Success, earlierScope))
            > 0);
    QCOMPARE(store.recentDuplicate(laterScope, later, now).has_value(), duplicate);

    // The sandbox: one sandbox is one account, so each scope (credential) is a sandbox of its own.
    SandboxClock clock;
    std::map<QString, std::unique_ptr<SandboxState>> sandboxes;
    const auto sandbox = [&](const QString& scope) -> SandboxState& {
        auto& state = sandboxes[scope];
        if (!state) {
            state = std::make_unique<SandboxState>(&clock);
        }
        return *state;
    };
    sandbox(earlierScope).apply(Operation::TrackEvent, RequestBuilder::build(earlier).request.body);
    clock.advance(secondsAgo);
    SandboxState& target = sandbox(laterScope);
    const int before = target.eventCount();
    const SandboxState::Outcome outcome
        = target.apply(Operation::TrackEvent, RequestBuilder::build(later).request.body);
    QCOMPARE(target.eventCount() == before, duplicate);
    QCOMPARE(outcome.note.contains(QLatin1String("Duplicate")), duplicate);
}

QTEST_GUILESS_MAIN(tst_EventDedup)
#include "tst_EventDedup.moc"
