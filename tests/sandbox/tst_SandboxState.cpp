// The sandbox's users and events, without HTTP: what each operation does, deduplication against the sandbox
// clock, alias merge, delete-then-recreate, tags, and the state file's JSON round trip.
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxState.h"
#include "sandbox/StateFile.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject
eventBody(const QString& id, const QString& name, const QJsonObject& data = {}, const QJsonObject& extras = {})
{
    QJsonObject body {{QStringLiteral("identity"), QJsonObject {{QStringLiteral("id"), id}}},
                      {QStringLiteral("event_name"), name}};
    if (!data.isEmpty()) {
        body.insert(QStringLiteral("data"), data);
    }
    if (!extras.isEmpty()) {
        body.insert(QStringLiteral("extras"), extras);
    }
    return body;
}

QJsonObject withId(const QString& id, const QJsonObject& rest = {})
{
    QJsonObject body = rest;
    body.insert(QStringLiteral("id"), id);
    return body;
}

} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private slots:
    void identifyCreatesThenMerges();
    void emailOnlyIdentifyUsesEmailAsIdOrFindsTheUser();
    void editNeedsAnExistingUser();
    void subscriptionFlags();
    void tagsAreIdempotent();
    void unsubscribedTagUnsubscribes();
    void eventCreatesUserAndNormalisesName();
    void numericIdsAreText();
    void dedupWindowFollowsTheClock_data();
    void dedupWindowFollowsTheClock();
    void dedupKeyParts();
    void aliasRenamesOrMerges();
    void deleteRemovesEventsAndAllowsRecreate();
    void changedSignalOnlyOnChange();
    void manyEventsStayCheap();
    void jsonRoundTrip();
    void stateFileSaveAndLoad();
    void stateFileRejectsForeignJson();
};

void TestSandboxState::identifyCreatesThenMerges()
{
    SandboxClock clock;
    SandboxState state(&clock);
    SandboxState::Outcome outcome = state.apply(
        Operation::Identify,
        withId(QStringLiteral("u1"),
               {{QStringLiteral("email"), QStringLiteral("a@example.com")},
                {QStringLiteral("data"), QJsonObject {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}}}));
    QVERIFY(outcome.changed);
    QVERIFY(outcome.note.contains(QLatin1String("Created")));
    outcome
        = state.apply(Operation::Identify,
                      withId(QStringLiteral("u1"), {{QStringLiteral("data"), QJsonObject {{QStringLiteral("b"), 2}}}}));
    QVERIFY(outcome.note.contains(QLatin1String("Updated")));
    const SandboxUser user = *state.user(QStringLiteral("u1"));
    QCOMPARE(user.email, QStringLiteral("a@example.com")); // not cleared by a call without email
    QCOMPARE(user.properties.value(QLatin1String("a")).toInt(), 1);
    QCOMPARE(user.properties.value(QLatin1String("b")).toInt(), 2);
    QVERIFY(user.subscribed);
    QVERIFY(user.updatedAt >= user.createdAt);
}

void TestSandboxState::emailOnlyIdentifyUsesEmailAsIdOrFindsTheUser()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify, {{QStringLiteral("email"), QStringLiteral("new@example.com")}});
    QVERIFY(state.user(QStringLiteral("new@example.com")));
    state.apply(Operation::Identify,
                withId(QStringLiteral("u7"), {{QStringLiteral("email"), QStringLiteral("seven@example.com")}}));
    state.apply(Operation::EditProperties,
                {{QStringLiteral("email"), QStringLiteral("SEVEN@example.com")},
                 {QStringLiteral("changes"), QJsonObject {{QStringLiteral("x"), true}}}});
    QCOMPARE(state.user(QStringLiteral("u7"))->properties.value(QLatin1String("x")).toBool(), true);
    QCOMPARE(state.userCount(), 2);
}

void TestSandboxState::editNeedsAnExistingUser()
{
    SandboxClock clock;
    SandboxState state(&clock);
    const SandboxState::Outcome outcome = state.apply(
        Operation::EditProperties,
        withId(QStringLiteral("ghost"), {{QStringLiteral("changes"), QJsonObject {{QStringLiteral("x"), 1}}}}));
    QVERIFY(!outcome.changed);
    QVERIFY(outcome.note.contains(QLatin1String("nothing changed")));
    QCOMPARE(state.userCount(), 0);
}

void TestSandboxState::subscriptionFlags()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify, withId(QStringLiteral("u1")));
    QVERIFY(state.apply(Operation::Unsubscribe, withId(QStringLiteral("u1"))).changed);
    QVERIFY(!state.user(QStringLiteral("u1"))->subscribed);
    QVERIFY(!state.apply(Operation::Unsubscribe, withId(QStringLiteral("u1"))).changed);
    QVERIFY(state.apply(Operation::Resubscribe, withId(QStringLiteral("u1"))).changed);
    QVERIFY(state.user(QStringLiteral("u1"))->subscribed);
    QVERIFY(!state.apply(Operation::Resubscribe, withId(QStringLiteral("nobody"))).changed);
}

void TestSandboxState::tagsAreIdempotent()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify, withId(QStringLiteral("u1")));
    const QJsonObject add = withId(QStringLiteral("u1"),
                                   {{QStringLiteral("add"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}}});
    QVERIFY(state.apply(Operation::TagsEdit, add).changed);
    QVERIFY(!state.apply(Operation::TagsEdit, add).changed);
    QCOMPARE(state.user(QStringLiteral("u1"))->tags, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    const QJsonObject remove
        = withId(QStringLiteral("u1"), {{QStringLiteral("remove"), QJsonArray {QStringLiteral("a")}}});
    QVERIFY(state.apply(Operation::TagsEdit, remove).changed);
    QVERIFY(!state.apply(Operation::TagsEdit, remove).changed);
    QCOMPARE(state.user(QStringLiteral("u1"))->tags, QStringList {QStringLiteral("b")});
}

// As Vero does: adding the tag "unsubscribed" unsubscribes the user.
void TestSandboxState::unsubscribedTagUnsubscribes()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify, withId(QStringLiteral("u1")));
    QVERIFY(state.user(QStringLiteral("u1"))->subscribed);
    const SandboxState::Outcome tagged = state.apply(
        Operation::TagsEdit,
        withId(QStringLiteral("u1"), {{QStringLiteral("add"), QJsonArray {QStringLiteral("unsubscribed")}}}));
    QVERIFY(tagged.changed);
    QVERIFY(!state.user(QStringLiteral("u1"))->subscribed);
    QVERIFY2(tagged.note.contains(QLatin1String("unsubscribed by the tag")), qPrintable(tagged.note));
    // Removing it does not resubscribe: only resubscribe does.
    state.apply(
        Operation::TagsEdit,
        withId(QStringLiteral("u1"), {{QStringLiteral("remove"), QJsonArray {QStringLiteral("unsubscribed")}}}));
    QVERIFY(!state.user(QStringLiteral("u1"))->subscribed);
}

void TestSandboxState::eventCreatesUserAndNormalisesName()
{
    SandboxClock clock;
    SandboxState state(&clock);
    QJsonObject body = eventBody(QStringLiteral("u1"), QStringLiteral("  Purchased Item "));
    body.insert(QStringLiteral("identity"),
                QJsonObject {{QStringLiteral("id"), QStringLiteral("u1")},
                             {QStringLiteral("email"), QStringLiteral("e@example.com")}});
    const SandboxState::Outcome outcome = state.apply(Operation::TrackEvent, body);
    QVERIFY(outcome.note.contains(QLatin1String("created user")));
    QCOMPARE(state.user(QStringLiteral("u1"))->email, QStringLiteral("e@example.com"));
    const QList<SandboxEvent> events = state.events(QStringLiteral("u1"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().normalisedName, QStringLiteral("purchased_item"));
    QCOMPARE(events.first().id, 1);
}

void TestSandboxState::numericIdsAreText()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::TrackEvent,
                {{QStringLiteral("identity"), QJsonObject {{QStringLiteral("id"), 1234}}},
                 {QStringLiteral("event_name"), QStringLiteral("x")}});
    QVERIFY(state.user(QStringLiteral("1234")));
    state.apply(Operation::Identify,
                {{QStringLiteral("id"), 1234}, {QStringLiteral("email"), QStringLiteral("n@example.com")}});
    QCOMPARE(state.userCount(), 1);
}

void TestSandboxState::dedupWindowFollowsTheClock_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("advance");
    QTest::addColumn<int>("stored");
    QTest::newRow("default window, 179 s later") << 180 << 179 << 1;
    QTest::newRow("default window, 181 s later") << 180 << 181 << 2;
    QTest::newRow("5-minute window, 250 s later") << 300 << 250 << 1;
    QTest::newRow("no window") << 0 << 1 << 2;
    QTest::newRow("no window, same instant") << 0 << 0 << 2;
}

void TestSandboxState::dedupWindowFollowsTheClock()
{
    QFETCH(int, window);
    QFETCH(int, advance);
    QFETCH(int, stored);
    SandboxClock clock;
    SandboxState state(&clock);
    state.setDedupWindowSeconds(window);
    const QJsonObject body = eventBody(QStringLiteral("u1"), QStringLiteral("Paid"), {{QStringLiteral("amount"), 5}});
    state.apply(Operation::TrackEvent, body);
    clock.advance(advance);
    const SandboxState::Outcome outcome = state.apply(Operation::TrackEvent, body);
    QCOMPARE(state.eventCount(), stored);
    QCOMPARE(outcome.note.contains(QLatin1String("Duplicate")), stored == 1);
}

void TestSandboxState::dedupKeyParts()
{
    SandboxClock clock;
    SandboxState state(&clock);
    const QJsonObject data {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("u1"), QStringLiteral("Viewed Page"), data));
    // Key order inside data does not matter; case, spaces and underscores in the name do not either.
    state.apply(Operation::TrackEvent,
                eventBody(QStringLiteral("u1"),
                          QStringLiteral("viewed_page"),
                          QJsonObject {{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}}));
    QCOMPARE(state.eventCount(), 1);
    // With data, check_id is not part of the key.
    state.apply(
        Operation::TrackEvent,
        eventBody(QStringLiteral("u1"), QStringLiteral("Viewed Page"), data, {{QStringLiteral("check_id"), 9}}));
    QCOMPARE(state.eventCount(), 1);
    // Without data, check_id is: same check_id dropped, another stored.
    state.apply(Operation::TrackEvent,
                eventBody(QStringLiteral("u1"), QStringLiteral("Other"), {}, {{QStringLiteral("check_id"), 1}}));
    state.apply(Operation::TrackEvent,
                eventBody(QStringLiteral("u1"), QStringLiteral("Other"), {}, {{QStringLiteral("check_id"), 1}}));
    QCOMPARE(state.eventCount(), 2);
    state.apply(Operation::TrackEvent,
                eventBody(QStringLiteral("u1"), QStringLiteral("Other"), {}, {{QStringLiteral("check_id"), 2}}));
    QCOMPARE(state.eventCount(), 3);
    // With neither: name and user alone.
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("u1"), QStringLiteral("Bare")));
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("u1"), QStringLiteral("bare")));
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("u2"), QStringLiteral("bare")));
    QCOMPARE(state.eventCount(), 5);
    QCOMPARE(state.events(QStringLiteral("u1")).first().duplicatesDropped, 2);
}

void TestSandboxState::aliasRenamesOrMerges()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify,
                withId(QStringLiteral("a"), {{QStringLiteral("data"), QJsonObject {{QStringLiteral("x"), 1}}}}));
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("a"), QStringLiteral("e1")));
    QVERIFY(
        state.apply(Operation::Alias, withId(QStringLiteral("a"), {{QStringLiteral("new_id"), QStringLiteral("b")}}))
            .changed);
    QVERIFY(!state.user(QStringLiteral("a")));
    QCOMPARE(state.user(QStringLiteral("b"))->properties.value(QLatin1String("x")).toInt(), 1);
    QCOMPARE(state.events(QStringLiteral("b")).size(), 1);

    clock.advance(10);
    state.apply(Operation::Identify,
                withId(QStringLiteral("c"),
                       {{QStringLiteral("data"), QJsonObject {{QStringLiteral("x"), 2}, {QStringLiteral("y"), 3}}}}));
    state.apply(Operation::TagsEdit,
                withId(QStringLiteral("c"), {{QStringLiteral("add"), QJsonArray {QStringLiteral("t")}}}));
    const SandboxState::Outcome merged
        = state.apply(Operation::Alias, withId(QStringLiteral("c"), {{QStringLiteral("new_id"), QStringLiteral("b")}}));
    QVERIFY(merged.note.contains(QLatin1String("Merged")));
    const SandboxUser user = *state.user(QStringLiteral("b"));
    QCOMPARE(user.properties.value(QLatin1String("x")).toInt(), 1); // the survivor keeps its value
    QCOMPARE(user.properties.value(QLatin1String("y")).toInt(), 3);
    QCOMPARE(user.tags, QStringList {QStringLiteral("t")});
    QCOMPARE(state.userCount(), 1);
    // The moved event now deduplicates under its new user.
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("b"), QStringLiteral("e1")));
    QCOMPARE(state.eventCount(), 1);
}

void TestSandboxState::deleteRemovesEventsAndAllowsRecreate()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("u1"), QStringLiteral("e")));
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("u2"), QStringLiteral("e")));
    const SandboxState::Outcome outcome = state.apply(Operation::Delete, withId(QStringLiteral("u1")));
    QVERIFY(outcome.note.contains(QLatin1String("1 event")));
    QVERIFY(!state.user(QStringLiteral("u1")));
    QCOMPARE(state.eventCount(), 1);
    QVERIFY(!state.apply(Operation::Delete, withId(QStringLiteral("u1"))).changed);
    state.apply(Operation::TrackEvent, eventBody(QStringLiteral("u1"), QStringLiteral("e")));
    QVERIFY(state.user(QStringLiteral("u1")));
    QCOMPARE(state.events(QStringLiteral("u1")).size(), 1);
}

void TestSandboxState::changedSignalOnlyOnChange()
{
    SandboxClock clock;
    SandboxState state(&clock);
    QSignalSpy changed(&state, &SandboxState::changed);
    state.apply(Operation::Unsubscribe, withId(QStringLiteral("nobody")));
    QCOMPARE(changed.count(), 0);
    state.apply(Operation::Identify, withId(QStringLiteral("u1")));
    QCOMPARE(changed.count(), 1);
    state.reset();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(state.userCount(), 0);
}

void TestSandboxState::manyEventsStayCheap()
{
    // 20,000 distinct events inside one window, then each of them again: every repeat is found as a duplicate
    // (a scan of the window per event would make this quadratic; the key index keeps it linear).
    SandboxClock clock;
    SandboxState state(&clock);
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        state.apply(Operation::TrackEvent,
                    eventBody(QStringLiteral("u%1").arg(i % 50), QStringLiteral("Bulk"), {{QStringLiteral("n"), i}}));
    }
    for (int i = 0; i < count; i += 97) {
        state.apply(Operation::TrackEvent,
                    eventBody(QStringLiteral("u%1").arg(i % 50), QStringLiteral("bulk"), {{QStringLiteral("n"), i}}));
    }
    QCOMPARE(state.eventCount(), count);
    state.apply(Operation::Delete, withId(QStringLiteral("u0")));
    QCOMPARE(state.eventCount(), count - count / 50);
    // The deleted user's events no longer count as earlier copies.
    state.apply(Operation::TrackEvent,
                eventBody(QStringLiteral("u0"), QStringLiteral("Bulk"), {{QStringLiteral("n"), 0}}));
    QCOMPARE(state.eventCount(), count - count / 50 + 1);
}

void TestSandboxState::jsonRoundTrip()
{
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify,
                withId(QStringLiteral("u1"),
                       {{QStringLiteral("email"), QStringLiteral("a@example.com")},
                        {QStringLiteral("phone_number"), QStringLiteral("+1")},
                        {QStringLiteral("channels"),
                         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                                  {QStringLiteral("address"), QStringLiteral("d")},
                                                  {QStringLiteral("platform"), QStringLiteral("ios")}}}},
                        {QStringLiteral("data"), QJsonObject {{QStringLiteral("n"), 1.5}}}}));
    state.apply(Operation::TagsEdit,
                withId(QStringLiteral("u1"), {{QStringLiteral("add"), QJsonArray {QStringLiteral("t")}}}));
    state.apply(Operation::Unsubscribe, withId(QStringLiteral("u1")));
    state.apply(Operation::TrackEvent,
                eventBody(QStringLiteral("u1"), QStringLiteral("E"), {{QStringLiteral("k"), QStringLiteral("v")}}));
    state.apply(Operation::TrackEvent,
                eventBody(QStringLiteral("u1"), QStringLiteral("E"), {{QStringLiteral("k"), QStringLiteral("v")}}));

    SandboxState copy(&clock);
    QString error;
    QVERIFY2(copy.loadJson(state.toJson(), &error), qPrintable(error));
    QCOMPARE(copy.toJson(), state.toJson());
    const SandboxUser user = *copy.user(QStringLiteral("u1"));
    QCOMPARE(user.phoneNumber, QStringLiteral("+1"));
    QCOMPARE(user.channels.size(), 1);
    QVERIFY(!user.subscribed);
    QCOMPARE(copy.events().first().duplicatesDropped, 1);
    // Deduplication knows the loaded events, and numbering continues after them.
    copy.apply(Operation::TrackEvent,
               eventBody(QStringLiteral("u1"), QStringLiteral("e"), {{QStringLiteral("k"), QStringLiteral("v")}}));
    QCOMPARE(copy.eventCount(), 1);
    copy.apply(Operation::TrackEvent, eventBody(QStringLiteral("u1"), QStringLiteral("Next")));
    QCOMPARE(copy.events().last().id, 2);
}

void TestSandboxState::stateFileSaveAndLoad()
{
    QTemporaryDir dir;
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify, withId(QStringLiteral("u1")));
    const StateFile file(dir.filePath(QStringLiteral("deep/er/state.json")));
    SandboxState empty(&clock);
    QVERIFY(file.load(empty).ok()); // a missing file is an empty sandbox
    QCOMPARE(empty.userCount(), 0);
    const Fallible<void> saved = file.save(state);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    SandboxState loaded(&clock);
    const Fallible<void> read = file.load(loaded);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(loaded.user(QStringLiteral("u1")));
}

void TestSandboxState::stateFileRejectsForeignJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(R"({"users": []})");
    raw.close();
    SandboxClock clock;
    SandboxState state(&clock);
    state.apply(Operation::Identify, withId(QStringLiteral("keep")));
    const Fallible<void> refused = StateFile(path).load(state);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("not a vero-sandbox state file")), qPrintable(refused.error()));
    QVERIFY(state.user(QStringLiteral("keep"))); // unchanged on error
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_SandboxState.moc"
