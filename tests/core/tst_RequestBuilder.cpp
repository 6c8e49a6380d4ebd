#include "core/api/RequestBuilder.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(OperationInput)

namespace {
QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

OperationInput make(Operation operation)
{
    OperationInput input;
    input.operation = operation;
    return input;
}
} // namespace

// Every operation's request (method, path, body) and every validation rule (field, message), including the
// examples from the Track API v2 reference.
class tst_RequestBuilder : public QObject
{
    Q_OBJECT
private slots:
    void buildsRequest_data();
    void buildsRequest();
    void rejectsInput_data();
    void rejectsInput();
    void reportsEveryProblemAtOnce();
    void inputRoundTripsThroughJson();
};

void tst_RequestBuilder::buildsRequest_data()
{
    QTest::addColumn<OperationInput>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");

    // Reference: identify example.
    OperationInput identify = make(Operation::Identify);
    identify.id = QStringLiteral("1234");
    identify.email = QStringLiteral("test@getvero.com");
    identify.channels.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                          {QStringLiteral("address"), QStringLiteral("UNIQUE_DEVICE_TOKEN")},
                                          {QStringLiteral("platform"), QStringLiteral("android")}});
    identify.data = QStringLiteral(R"({"first_name": "John", "last_name": "Doe"})");
    QTest::newRow("identify, reference example") << identify << QByteArray("POST") << QStringLiteral("users/track")
                                                 << json(R"({"id":"1234","email":"test@getvero.com",
                    "channels":[{"type":"push","address":"UNIQUE_DEVICE_TOKEN","platform":"android"}],
                    "data":{"first_name":"John","last_name":"Doe"}})");

    OperationInput emailOnly = make(Operation::Identify);
    emailOnly.email = QStringLiteral("  damienb@getvero.com ");
    emailOnly.phone = QStringLiteral("+61 400 000 000");
    QTest::newRow("identify, email only, trimmed, phone")
        << emailOnly << QByteArray("POST") << QStringLiteral("users/track")
        << json(R"({"email":"damienb@getvero.com","phone_number":"+61 400 000 000"})");

    OperationInput edit = make(Operation::EditProperties);
    edit.id = QStringLiteral("123");
    edit.changes = QStringLiteral(R"({"plan":"pro","seats":3})");
    QTest::newRow("edit") << edit << QByteArray("PUT") << QStringLiteral("users/edit")
                          << json(R"({"id":"123","changes":{"plan":"pro","seats":3}})");

    OperationInput alias = make(Operation::Alias);
    alias.id = QStringLiteral("123");
    alias.newId = QStringLiteral("456");
    QTest::newRow("alias, reference example")
        << alias << QByteArray("PUT") << QStringLiteral("users/reidentify") << json(R"({"id":"123","new_id":"456"})");

    OperationInput unsubscribe = make(Operation::Unsubscribe);
    unsubscribe.id = QStringLiteral("123");
    unsubscribe.email = QStringLiteral("ignored@example.com"); // not a field of this endpoint
    QTest::newRow("unsubscribe") << unsubscribe << QByteArray("POST") << QStringLiteral("users/unsubscribe")
                                 << json(R"({"id":"123"})");

    OperationInput resubscribe = make(Operation::Resubscribe);
    resubscribe.id = QStringLiteral("123");
    QTest::newRow("resubscribe") << resubscribe << QByteArray("POST") << QStringLiteral("users/resubscribe")
                                 << json(R"({"id":"123"})");

    OperationInput remove = make(Operation::Delete);
    remove.id = QStringLiteral("123");
    QTest::newRow("delete") << remove << QByteArray("POST") << QStringLiteral("users/delete")
                            << json(R"({"id":"123"})");

    OperationInput tagsAdd = make(Operation::TagsEdit);
    tagsAdd.id = QStringLiteral("1234");
    tagsAdd.tagsAdd = QStringList {QStringLiteral("prospect")};
    QTest::newRow("tags add, reference example") << tagsAdd << QByteArray("PUT") << QStringLiteral("users/tags/edit")
                                                 << json(R"({"id":"1234","add":["prospect"],"remove":[]})");

    OperationInput tagsRemove = make(Operation::TagsEdit);
    tagsRemove.id = QStringLiteral("123");
    tagsRemove.tagsRemove = QStringList {QStringLiteral("prospect"), QStringLiteral(" vip ")};
    QTest::newRow("tags remove") << tagsRemove << QByteArray("PUT") << QStringLiteral("users/tags/edit")
                                 << json(R"({"id":"123","add":[],"remove":["prospect","vip"]})");

    // Reference: event example (its extras and data).
    OperationInput event = make(Operation::TrackEvent);
    event.id = QStringLiteral("1234");
    event.email = QStringLiteral("john@smith.com");
    event.eventName = QStringLiteral("Viewed product");
    event.data = QStringLiteral(
        R"({"product_name": "Red T-shirt", "product_url": "http://www.yourdomain.com/products/red-t-shirt"})");
    event.extras = QStringLiteral(R"({"check_id": 146273733})");
    QTest::newRow("event, reference example")
        << event << QByteArray("POST") << QStringLiteral("events/track")
        << json(R"({"identity":{"id":"1234","email":"john@smith.com"},"event_name":"Viewed product",
                    "data":{"product_name":"Red T-shirt","product_url":"http://www.yourdomain.com/products/red-t-shirt"},
                    "extras":{"check_id":146273733}})");

    OperationInput eventById = make(Operation::TrackEvent);
    eventById.id = QStringLiteral("42");
    eventById.eventName = QStringLiteral("Signed up");
    QTest::newRow("event, id only, no data") << eventById << QByteArray("POST") << QStringLiteral("events/track")
                                             << json(R"({"identity":{"id":"42"},"event_name":"Signed up"})");

    QTest::newRow("heartbeat") << make(Operation::Heartbeat) << QByteArray("GET") << QStringLiteral("heartbeat")
                               << QJsonObject();
}

void tst_RequestBuilder::buildsRequest()
{
    QFETCH(OperationInput, input);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);

    const RequestBuilder::Result result = RequestBuilder::build(input);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.request.operation, input.operation);
    QCOMPARE(result.request.method, method);
    QCOMPARE(result.request.path, path);
    QCOMPARE(result.request.body, body);
}

void tst_RequestBuilder::rejectsInput_data()
{
    QTest::addColumn<OperationInput>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QString tooLong(255, QLatin1Char('x'));

    QTest::newRow("identify needs id or email") << make(Operation::Identify) << QStringLiteral("id")
                                                << QStringLiteral("Give the user id or the email (or both).");
    OperationInput badEmail = make(Operation::Identify);
    badEmail.email = QStringLiteral("john@");
    QTest::newRow("identify email syntax")
        << badEmail << QStringLiteral("email") << QStringLiteral("Email is not a valid address.");
    OperationInput spacedEmail = make(Operation::Identify);
    spacedEmail.email = QStringLiteral("john smith@example.com");
    QTest::newRow("email with a space") << spacedEmail << QStringLiteral("email")
                                        << QStringLiteral("Email is not a valid address.");
    OperationInput longId = make(Operation::Identify);
    longId.id = tooLong;
    QTest::newRow("identify id length") << longId << QStringLiteral("id")
                                        << QStringLiteral("User id must be less than 255 characters (it has 255).");
    OperationInput longEmail = make(Operation::Identify);
    longEmail.email = tooLong + QStringLiteral("@example.com");
    QTest::newRow("identify email length") << longEmail << QStringLiteral("email")
                                           << QStringLiteral("Email must be less than 255 characters (it has 267).");
    OperationInput dataArray = make(Operation::Identify);
    dataArray.id = QStringLiteral("1");
    dataArray.data = QStringLiteral("[1, 2]");
    QTest::newRow("identify data must be an object")
        << dataArray << QStringLiteral("data")
        << QStringLiteral("data must be a JSON object, like {\"plan\": \"pro\"}.");
    OperationInput dataBroken = make(Operation::Identify);
    dataBroken.id = QStringLiteral("1");
    dataBroken.data = QStringLiteral("{\"plan\": }");
    QTest::newRow("identify data not JSON")
        << dataBroken << QStringLiteral("data") << QStringLiteral("data is not valid JSON:");
    OperationInput channelMissing = make(Operation::Identify);
    channelMissing.id = QStringLiteral("1");
    channelMissing.channels.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                                {QStringLiteral("address"), QStringLiteral("tok")}});
    QTest::newRow("channel without platform")
        << channelMissing << QStringLiteral("channels[0].platform") << QStringLiteral("Channel 1: choose a platform");
    OperationInput channelNotObject = make(Operation::Identify);
    channelNotObject.id = QStringLiteral("1");
    channelNotObject.channels.append(QStringLiteral("push"));
    QTest::newRow("channel not an object")
        << channelNotObject << QStringLiteral("channels[0]")
        << QStringLiteral("Channel 1 must be an object with type, address and platform.");

    OperationInput editNoChanges = make(Operation::EditProperties);
    editNoChanges.id = QStringLiteral("1");
    QTest::newRow("edit needs changes") << editNoChanges << QStringLiteral("changes")
                                        << QStringLiteral("Changes is required.");
    OperationInput editEmptyChanges = make(Operation::EditProperties);
    editEmptyChanges.email = QStringLiteral("a@b.co");
    editEmptyChanges.changes = QStringLiteral("{}");
    QTest::newRow("edit changes not empty")
        << editEmptyChanges << QStringLiteral("changes") << QStringLiteral("Changes: give at least one property.");
    OperationInput editNoUser = make(Operation::EditProperties);
    editNoUser.changes = QStringLiteral(R"({"a":1})");
    QTest::newRow("edit needs id or email")
        << editNoUser << QStringLiteral("id") << QStringLiteral("Give the user id or the email (or both).");

    OperationInput aliasNoNew = make(Operation::Alias);
    aliasNoNew.id = QStringLiteral("1");
    QTest::newRow("alias needs new_id") << aliasNoNew << QStringLiteral("new_id")
                                        << QStringLiteral("New id is required.");
    OperationInput aliasNoOld = make(Operation::Alias);
    aliasNoOld.newId = QStringLiteral("2");
    QTest::newRow("alias needs id") << aliasNoOld << QStringLiteral("id") << QStringLiteral("Current id is required.");
    OperationInput aliasSame = make(Operation::Alias);
    aliasSame.id = QStringLiteral("7");
    aliasSame.newId = QStringLiteral(" 7 ");
    QTest::newRow("alias ids differ") << aliasSame << QStringLiteral("new_id")
                                      << QStringLiteral("The new id must differ from the current id.");

    QTest::newRow("unsubscribe needs id")
        << make(Operation::Unsubscribe) << QStringLiteral("id") << QStringLiteral("User id is required.");
    QTest::newRow("resubscribe needs id")
        << make(Operation::Resubscribe) << QStringLiteral("id") << QStringLiteral("User id is required.");
    OperationInput deleteBlank = make(Operation::Delete);
    deleteBlank.id = QStringLiteral("   ");
    QTest::newRow("delete needs id, blanks do not count")
        << deleteBlank << QStringLiteral("id") << QStringLiteral("User id is required.");

    OperationInput tagsNone = make(Operation::TagsEdit);
    tagsNone.id = QStringLiteral("1");
    QTest::newRow("tags need add or remove")
        << tagsNone << QStringLiteral("add")
        << QStringLiteral("Tags to add: give at least one tag (or one to remove).");
    OperationInput tagsEmptyName = make(Operation::TagsEdit);
    tagsEmptyName.id = QStringLiteral("1");
    tagsEmptyName.tagsAdd = QStringList {QStringLiteral("vip"), QStringLiteral(" ")};
    QTest::newRow("no empty tag names") << tagsEmptyName << QStringLiteral("add")
                                        << QStringLiteral("Tags to add: a tag must not be empty.");
    OperationInput tagsBoth = make(Operation::TagsEdit);
    tagsBoth.id = QStringLiteral("1");
    tagsBoth.tagsAdd = QStringList {QStringLiteral("vip")};
    tagsBoth.tagsRemove = QStringList {QStringLiteral("vip")};
    QTest::newRow("no tag in both") << tagsBoth << QStringLiteral("remove")
                                    << QStringLiteral("The tag \"vip\" is both added and removed.");
    OperationInput tagsNoId = make(Operation::TagsEdit);
    tagsNoId.tagsAdd = QStringList {QStringLiteral("vip")};
    QTest::newRow("tags need id") << tagsNoId << QStringLiteral("id") << QStringLiteral("User id is required.");

    OperationInput eventNoName = make(Operation::TrackEvent);
    eventNoName.id = QStringLiteral("1");
    QTest::newRow("event needs a name") << eventNoName << QStringLiteral("event_name")
                                        << QStringLiteral("Event name is required.");
    OperationInput eventNoUser = make(Operation::TrackEvent);
    eventNoUser.eventName = QStringLiteral("x");
    QTest::newRow("event needs identity")
        << eventNoUser << QStringLiteral("identity.id") << QStringLiteral("Give the user id or the email (or both).");
    OperationInput eventLongName = make(Operation::TrackEvent);
    eventLongName.id = QStringLiteral("1");
    eventLongName.eventName = tooLong;
    QTest::newRow("event name length") << eventLongName << QStringLiteral("event_name")
                                       << QStringLiteral("Event name must be less than 255 characters (it has 255).");
    OperationInput eventBadEmail = make(Operation::TrackEvent);
    eventBadEmail.email = QStringLiteral("john.smith.com");
    eventBadEmail.eventName = QStringLiteral("x");
    QTest::newRow("event identity email syntax")
        << eventBadEmail << QStringLiteral("identity.email") << QStringLiteral("Email is not a valid address.");
    OperationInput eventExtras = make(Operation::TrackEvent);
    eventExtras.id = QStringLiteral("1");
    eventExtras.eventName = QStringLiteral("x");
    eventExtras.extras = QStringLiteral("\"source\"");
    QTest::newRow("event extras must be an object")
        << eventExtras << QStringLiteral("extras")
        << QStringLiteral("extras must be a JSON object, like {\"plan\": \"pro\"}.");
}

void tst_RequestBuilder::rejectsInput()
{
    QFETCH(OperationInput, input);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const RequestBuilder::Result result = RequestBuilder::build(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().field, field);
    // Qt words JSON syntax errors itself: for those rows only the prefix is ours.
    if (message.endsWith(QLatin1Char(':'))) {
        QVERIFY2(result.errors.first().message.startsWith(message), qPrintable(result.errors.first().message));
    } else {
        QCOMPARE(result.errors.first().message, message);
    }
}

void tst_RequestBuilder::reportsEveryProblemAtOnce()
{
    OperationInput input = make(Operation::TrackEvent);
    input.email = QStringLiteral("nope");
    input.data = QStringLiteral("{");
    input.extras = QStringLiteral("[]");
    const RequestBuilder::Result result = RequestBuilder::build(input);
    QStringList fields;
    for (const ValidationError& error : result.errors) {
        fields.append(error.field);
    }
    QCOMPARE(fields,
             QStringList({QStringLiteral("data"),
                          QStringLiteral("extras"),
                          QStringLiteral("identity.email"),
                          QStringLiteral("event_name")}));
}

void tst_RequestBuilder::inputRoundTripsThroughJson()
{
    OperationInput input = make(Operation::TagsEdit);
    input.id = QStringLiteral("u1");
    input.tagsAdd = QStringList {QStringLiteral("a"), QStringLiteral("b")};
    input.tagsRemove = QStringList {QStringLiteral("c")};
    QCOMPARE(OperationInput::fromJson(input.toJson()), input);

    OperationInput identify = make(Operation::Identify);
    identify.email = QStringLiteral("x@y.io");
    identify.data = QStringLiteral(R"({"a":1})");
    identify.channels.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("push")}});
    QCOMPARE(OperationInput::fromJson(identify.toJson()), identify);
}

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_RequestBuilder.moc"
