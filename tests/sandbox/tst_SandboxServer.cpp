// vero-sandbox as the core client sees it: the real binary, over HTTP and HTTPS, every operation and its effect
// in the inspection API, every 400/401/404, deduplication, alias merge, delete-then-recreate, tags, the state
// file, fault injection and bad input.
#include "SandboxTestClient.h"

#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"
#include "core/api/RequestBuilder.h"
#include "core/api/VeroClient.h"
#include "core/api/Workspace.h"
#include "core/sandbox/SandboxProcess.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

Workspace workspaceFor(const SandboxProcess& sandbox)
{
    Workspace workspace;
    workspace.name = QStringLiteral("sandbox");
    workspace.baseUrl = sandbox.apiBaseUrl();
    if (workspace.baseUrl.scheme() == QLatin1String("https")) {
        workspace.caFile = SandboxTestClient::tlsFile(QStringLiteral("ca.pem"));
    }
    return workspace;
}

ApiResult sendRequest(const ApiRequest& request, const Workspace& workspace, const QString& credential)
{
    VeroClient client;
    ApiResult result;
    QEventLoop loop;
    QObject::connect(&client, &VeroClient::finished, &loop, [&](VeroClient::RequestId, const ApiResult& r) {
        result = r;
        loop.quit();
    });
    client.send(request, workspace, credential);
    loop.exec();
    return result;
}

// Builds `input` with the core's RequestBuilder (so the sandbox sees exactly what the app sends) and sends it.
ApiResult sendInput(const OperationInput& input,
                    const Workspace& workspace,
                    const QString& credential = SandboxTestClient::token())
{
    const RequestBuilder::Result built = RequestBuilder::build(input);
    if (!built.ok()) {
        ApiResult notBuilt;
        notBuilt.sent = false;
        notBuilt.error = QStringLiteral("test input invalid: ") + built.errors.first().message;
        return notBuilt;
    }
    return sendRequest(built.request, workspace, credential);
}

OperationInput input(Operation operation, const QString& id = QString())
{
    OperationInput in;
    in.operation = operation;
    in.id = id;
    return in;
}

OperationInput
eventInput(const QString& id, const QString& name, const QString& data = QString(), const QString& extras = QString())
{
    OperationInput in = input(Operation::TrackEvent, id);
    in.eventName = name;
    in.data = data;
    in.extras = extras;
    return in;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withToken(QJsonObject object)
{
    object.insert(QStringLiteral("auth_token"), SandboxTestClient::token());
    return json(object);
}

QStringList tags(const QJsonObject& user)
{
    QStringList result;
    const QJsonArray array = user.value(QLatin1String("tags")).toArray();
    for (const QJsonValue& value : array) {
        result.append(value.toString());
    }
    return result;
}

#define START_SANDBOX(variable, extra, tls)                                                \
    const std::unique_ptr<SandboxProcess> variable = SandboxTestClient::start(extra, tls); \
    QVERIFY2(variable->rootUrl().isValid(), qPrintable(variable->errorString()))

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void everyOperation_data();
    void everyOperation();
    void successBodyIsTheServicesOwn();
    void validationErrors_data();
    void validationErrors();
    void validationRunsBeforeCredential();
    void unauthorized_data();
    void unauthorized();
    void clientReportsUnauthorized();
    void credentialWithSpecialCharacters_data();
    void credentialWithSpecialCharacters();
    void notFound_data();
    void notFound();
    void formEncodedReferenceExamples();
    void badInputKeepsServing_data();
    void badInputKeepsServing();
    void dedupWindow();
    void dedupByCheckIdWithoutData();
    void aliasMerge();
    void deleteThenRecreate();
    void tagsAddRemoveIdempotent();
    void requestLogHidesCredential();
    void stderrLogHidesCredential();
    void resetClearsEverything();
    void stateFileRoundTrip();
    void brokenStateFileIsMovedAside_data();
    void brokenStateFileIsMovedAside();
    void clockOutOfRangeIsRefusedAndRestartWorks_data();
    void clockOutOfRangeIsRefusedAndRestartWorks();
    void inspectionInputsAreRangeChecked_data();
    void inspectionInputsAreRangeChecked();
    void requestLogKeepsEntriesSmall();
    void serverErrorsReported();
    void rateLimitReported();
    void droppedConnectionReported();
    void latencyBeyondTimeoutReported();
    void faultsChangeAtRuntime();
    void untrustedCertificateFails_data();
    void untrustedCertificateFails();

private:
    std::unique_ptr<SandboxProcess> m_shared; // plain HTTP, no faults, reset before each test
    std::unique_ptr<SandboxTestClient> m_client;
    Workspace m_workspace;
};

void TestSandboxServer::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(VERO_SANDBOX_PATH)), VERO_SANDBOX_PATH);
    QVERIFY2(QFile::exists(SandboxTestClient::tlsFile(QStringLiteral("server.pem"))), "test certificate missing");
    m_shared = SandboxTestClient::start();
    QVERIFY2(m_shared->rootUrl().isValid(), qPrintable(m_shared->errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_shared->rootUrl());
    m_workspace = workspaceFor(*m_shared);
}

void TestSandboxServer::init()
{
    if (m_client) {
        QVERIFY(m_client->reset());
    }
}

void TestSandboxServer::cleanupTestCase()
{
    m_client.reset();
    m_shared.reset();
}

void TestSandboxServer::everyOperation_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("credentialName");
    QTest::addColumn<bool>("inQuery");
    QTest::newRow("http, auth_token in body") << false << QStringLiteral("auth_token") << false;
    QTest::newRow("http, tracking_api_key in query") << false << QStringLiteral("tracking_api_key") << true;
    QTest::newRow("https, auth_token in query") << true << QStringLiteral("auth_token") << true;
    QTest::newRow("https, tracking_api_key in body") << true << QStringLiteral("tracking_api_key") << false;
}

void TestSandboxServer::everyOperation()
{
    QFETCH(bool, tls);
    QFETCH(QString, credentialName);
    QFETCH(bool, inQuery);
    START_SANDBOX(sandbox, {}, tls);
    QCOMPARE(sandbox->rootUrl().scheme(), tls ? QStringLiteral("https") : QStringLiteral("http"));
    SandboxTestClient inspect(sandbox->rootUrl());
    Workspace workspace = workspaceFor(*sandbox);
    workspace.credentialName = credentialName;
    workspace.credentialPlacement
        = inQuery ? Workspace::CredentialPlacement::Query : Workspace::CredentialPlacement::Body;

    auto expectAccepted = [&](const OperationInput& in) {
        const ApiResult result = sendInput(in, workspace);
        if (result.status != 200) {
            qWarning() << Operations::key(in.operation) << result.summary();
        }
        return result.status == 200 && result.message == QLatin1String("Success.")
               && result.outcome() == ApiResult::Outcome::Accepted;
    };

    QVERIFY(expectAccepted(input(Operation::Heartbeat)));

    OperationInput identify = input(Operation::Identify, QStringLiteral("u1"));
    identify.email = QStringLiteral("ann@example.com");
    identify.phone = QStringLiteral("+441234567890");
    identify.data = QStringLiteral(R"({"first_name":"Ann","plan":"free"})");
    identify.channels = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                                 {QStringLiteral("address"), QStringLiteral("DEVICE1")},
                                                 {QStringLiteral("platform"), QStringLiteral("android")}}};
    QVERIFY(expectAccepted(identify));
    QJsonObject user = inspect.user(QStringLiteral("u1"));
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("ann@example.com"));
    QCOMPARE(user.value(QLatin1String("phone_number")).toString(), QStringLiteral("+441234567890"));
    QCOMPARE(user.value(QLatin1String("properties")).toObject().value(QLatin1String("plan")).toString(),
             QStringLiteral("free"));
    QCOMPARE(user.value(QLatin1String("channels")).toArray().size(), 1);
    QCOMPARE(user.value(QLatin1String("subscribed")).toBool(), true);

    OperationInput edit = input(Operation::EditProperties, QStringLiteral("u1"));
    edit.changes = QStringLiteral(R"({"plan":"pro"})");
    QVERIFY(expectAccepted(edit));
    user = inspect.user(QStringLiteral("u1"));
    QCOMPARE(user.value(QLatin1String("properties")).toObject().value(QLatin1String("plan")).toString(),
             QStringLiteral("pro"));
    QCOMPARE(user.value(QLatin1String("properties")).toObject().value(QLatin1String("first_name")).toString(),
             QStringLiteral("Ann"));

    OperationInput tagsEdit = input(Operation::TagsEdit, QStringLiteral("u1"));
    tagsEdit.tagsAdd = QStringList {QStringLiteral("prospect"), QStringLiteral("vip")};
    QVERIFY(expectAccepted(tagsEdit));
    QCOMPARE(tags(inspect.user(QStringLiteral("u1"))),
             (QStringList {QStringLiteral("prospect"), QStringLiteral("vip")}));
    tagsEdit.tagsAdd.clear();
    tagsEdit.tagsRemove = QStringList {QStringLiteral("prospect")};
    QVERIFY(expectAccepted(tagsEdit));
    QCOMPARE(tags(inspect.user(QStringLiteral("u1"))), QStringList {QStringLiteral("vip")});

    QVERIFY(expectAccepted(
        eventInput(QStringLiteral("u1"), QStringLiteral("Purchased Item"), QStringLiteral(R"({"price":10})"))));
    QJsonArray events = inspect.events(QStringLiteral("u1"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("event_name")).toString(), QStringLiteral("Purchased Item"));
    QCOMPARE(events.at(0).toObject().value(QLatin1String("normalised_name")).toString(),
             QStringLiteral("purchased_item"));
    QCOMPARE(events.at(0).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("price")).toInt(), 10);

    QVERIFY(expectAccepted(input(Operation::Unsubscribe, QStringLiteral("u1"))));
    QCOMPARE(inspect.user(QStringLiteral("u1")).value(QLatin1String("subscribed")).toBool(), false);
    QVERIFY(expectAccepted(input(Operation::Resubscribe, QStringLiteral("u1"))));
    QCOMPARE(inspect.user(QStringLiteral("u1")).value(QLatin1String("subscribed")).toBool(), true);

    OperationInput alias = input(Operation::Alias, QStringLiteral("u1"));
    alias.newId = QStringLiteral("u2");
    QVERIFY(expectAccepted(alias));
    QVERIFY(inspect.user(QStringLiteral("u1")).isEmpty());
    QCOMPARE(inspect.user(QStringLiteral("u2")).value(QLatin1String("email")).toString(),
             QStringLiteral("ann@example.com"));
    QCOMPARE(inspect.events(QStringLiteral("u2")).size(), 1);

    QVERIFY(expectAccepted(input(Operation::Delete, QStringLiteral("u2"))));
    QVERIFY(inspect.user(QStringLiteral("u2")).isEmpty());
    QCOMPARE(inspect.events().size(), 0);

    // Every call is in the request log, in order, with its operation.
    const QJsonArray log = inspect.requests();
    QStringList operations;
    for (const QJsonValue& entry : log) {
        operations.append(entry.toObject().value(QLatin1String("operation")).toString());
    }
    QCOMPARE(operations,
             (QStringList {QStringLiteral("heartbeat"),
                           QStringLiteral("identify"),
                           QStringLiteral("edit"),
                           QStringLiteral("tags"),
                           QStringLiteral("tags"),
                           QStringLiteral("event"),
                           QStringLiteral("unsubscribe"),
                           QStringLiteral("resubscribe"),
                           QStringLiteral("alias"),
                           QStringLiteral("delete")}));
}

void TestSandboxServer::successBodyIsTheServicesOwn()
{
    const auto reply = m_client->send(
        "POST", QStringLiteral("/api/v2/users/track"), withToken({{QStringLiteral("id"), QStringLiteral("x")}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray(R"({"status":200,"message":"Success."})"));
}

void TestSandboxServer::validationErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("expected"); // part of the message

    const QString longText(255, QLatin1Char('x'));
    const QByteArray post("POST");
    const QByteArray put("PUT");
    auto s = [](const char* text) { return QString::fromLatin1(text); };
    const QJsonObject emptyObject;
    QTest::newRow("identify without id or email")
        << post << s("users/track") << emptyObject << s("id: Give the user id or the email");
    QTest::newRow("identify bad email") << post << s("users/track") << QJsonObject {{s("email"), s("not-an-email")}}
                                        << s("email: Email is not a valid address");
    QTest::newRow("identify id 255 characters")
        << post << s("users/track") << QJsonObject {{s("id"), longText}} << s("less than 255 characters");
    QTest::newRow("identify email 255 characters")
        << post << s("users/track") << QJsonObject {{s("email"), QString(longText.left(243) + s("@example.com"))}}
        << s("less than 255 characters");
    QTest::newRow("identify data not an object")
        << post << s("users/track") << QJsonObject {{s("id"), s("1")}, {s("data"), QJsonArray {1}}}
        << s("data: Properties must be a JSON object");
    QTest::newRow("identify channels not an array")
        << post << s("users/track") << QJsonObject {{s("id"), s("1")}, {s("channels"), s("push")}}
        << s("channels: Channels must be a JSON array");
    QTest::newRow("identify channel without platform")
        << post << s("users/track")
        << QJsonObject {{s("id"), s("1")},
                        {s("channels"), QJsonArray {QJsonObject {{s("type"), s("push")}, {s("address"), s("a")}}}}}
        << s("channels[0].platform: Channel 1: choose a platform");
    QTest::newRow("identify id of wrong type") << post << s("users/track") << QJsonObject {{s("id"), QJsonArray {1}}}
                                               << s("id: User id must be text or a number");
    QTest::newRow("edit without changes")
        << put << s("users/edit") << QJsonObject {{s("id"), s("1")}} << s("changes: Changes is required");
    QTest::newRow("edit with empty changes")
        << put << s("users/edit") << QJsonObject {{s("id"), s("1")}, {s("changes"), emptyObject}}
        << s("at least one property");
    QTest::newRow("edit changes not an object")
        << put << s("users/edit") << QJsonObject {{s("id"), s("1")}, {s("changes"), s("plan=pro")}}
        << s("changes: Changes must be a JSON object");
    QTest::newRow("alias without new_id")
        << put << s("users/reidentify") << QJsonObject {{s("id"), s("1")}} << s("new_id: New id is required");
    QTest::newRow("alias to itself") << put << s("users/reidentify")
                                     << QJsonObject {{s("id"), s("1")}, {s("new_id"), s("1")}}
                                     << s("new_id: The new id must differ from the current id");
    QTest::newRow("unsubscribe without id")
        << post << s("users/unsubscribe") << emptyObject << s("id: User id is required");
    QTest::newRow("resubscribe without id")
        << post << s("users/resubscribe") << emptyObject << s("id: User id is required");
    QTest::newRow("delete without id") << post << s("users/delete") << emptyObject << s("id: User id is required");
    QTest::newRow("delete blank id") << post << s("users/delete") << QJsonObject {{s("id"), s("   ")}}
                                     << s("id: User id must not be blank");
    QTest::newRow("tags with nothing to add or remove")
        << put << s("users/tags/edit")
        << QJsonObject {{s("id"), s("1")}, {s("add"), QJsonArray()}, {s("remove"), QJsonArray()}}
        << s("at least one tag");
    QTest::newRow("tags add not an array")
        << put << s("users/tags/edit") << QJsonObject {{s("id"), s("1")}, {s("add"), s("vip")}}
        << s("add: Tags to add must be a JSON array");
    QTest::newRow("tags add numbers") << put << s("users/tags/edit")
                                      << QJsonObject {{s("id"), s("1")}, {s("add"), QJsonArray {1, 2}}}
                                      << s("only tag names");
    QTest::newRow("tags both added and removed")
        << put << s("users/tags/edit")
        << QJsonObject {{s("id"), s("1")}, {s("add"), QJsonArray {s("a")}}, {s("remove"), QJsonArray {s("a")}}}
        << s("both added and removed");
    QTest::newRow("event without identity") << post << s("events/track") << QJsonObject {{s("event_name"), s("x")}}
                                            << s("identity.id: Give the user id or the email");
    QTest::newRow("event identity not an object")
        << post << s("events/track") << QJsonObject {{s("identity"), s("1")}, {s("event_name"), s("x")}}
        << s("identity: The identity must be a JSON object");
    QTest::newRow("event without name") << post << s("events/track")
                                        << QJsonObject {{s("identity"), QJsonObject {{s("id"), s("1")}}}}
                                        << s("event_name: Event name is required");
    QTest::newRow("event name 255 characters")
        << post << s("events/track")
        << QJsonObject {{s("identity"), QJsonObject {{s("id"), s("1")}}}, {s("event_name"), longText}}
        << s("less than 255 characters");
    QTest::newRow("event bad identity email")
        << post << s("events/track")
        << QJsonObject {{s("identity"), QJsonObject {{s("email"), s("a@b")}}}, {s("event_name"), s("x")}}
        << s("identity.email: Email is not a valid address");
    QTest::newRow("event data not an object")
        << post << s("events/track")
        << QJsonObject {{s("identity"), QJsonObject {{s("id"), s("1")}}}, {s("event_name"), s("x")}, {s("data"), 5}}
        << s("data: Data must be a JSON object");
    QTest::newRow("event extras not an object") << post << s("events/track")
                                                << QJsonObject {{s("identity"), QJsonObject {{s("id"), s("1")}}},
                                                                {s("event_name"), s("x")},
                                                                {s("extras"), QJsonArray()}}
                                                << s("extras: Extras must be a JSON object");
}

void TestSandboxServer::validationErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, expected);
    const auto reply = m_client->send(method, QStringLiteral("/api/v2/") + path, withToken(body));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(QLatin1String("status")).toInt(), 400);
    const QString message = reply.json.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(m_client->users().size(), 0); // nothing was applied
}

void TestSandboxServer::validationRunsBeforeCredential()
{
    // As observed on the real service: bad parameters with a bad credential give 400, not 401.
    const QByteArray body = json(
        {{QStringLiteral("email"), QStringLiteral("nope")}, {QStringLiteral("auth_token"), QStringLiteral("wrong")}});
    QCOMPARE(m_client->send("POST", QStringLiteral("/api/v2/users/track"), body).status, 400);
    QCOMPARE(m_client->send("POST", QStringLiteral("/api/v2/users/track"), "{}").status, 400);
}

void TestSandboxServer::unauthorized_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no credential") << QStringLiteral("/api/v2/users/track") << QByteArray(R"({"id":"1"})")
                                   << QStringLiteral("no credential");
    QTest::newRow("wrong auth_token in body")
        << QStringLiteral("/api/v2/users/track") << QByteArray(R"({"id":"1","auth_token":"wrong"})")
        << QStringLiteral("not valid");
    QTest::newRow("wrong tracking_api_key in body")
        << QStringLiteral("/api/v2/users/track") << QByteArray(R"({"id":"1","tracking_api_key":"wrong"})")
        << QStringLiteral("not valid");
    QTest::newRow("wrong auth_token in query") << QStringLiteral("/api/v2/users/track?auth_token=wrong")
                                               << QByteArray(R"({"id":"1"})") << QStringLiteral("not valid");
    QTest::newRow("credential under another name")
        << QStringLiteral("/api/v2/users/track") << QByteArray(R"({"id":"1","api_key":"sandbox-test-token-1"})")
        << QStringLiteral("no credential");
    QTest::newRow("empty credential") << QStringLiteral("/api/v2/events/track")
                                      << QByteArray(R"({"identity":{"id":"1"},"event_name":"x","auth_token":""})")
                                      << QStringLiteral("not valid");
}

void TestSandboxServer::unauthorized()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto reply = m_client->send("POST", target, body);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json.value(QLatin1String("status")).toInt(), 401);
    QVERIFY2(reply.json.value(QLatin1String("message")).toString().contains(expected), reply.body.constData());
    QCOMPARE(m_client->users().size(), 0);
}

void TestSandboxServer::clientReportsUnauthorized()
{
    const ApiResult result
        = sendInput(input(Operation::Identify, QStringLiteral("u1")), m_workspace, QStringLiteral("wrong-token"));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.outcome(), ApiResult::Outcome::Rejected);
    QVERIFY2(result.error.contains(QLatin1String("credential")), qPrintable(result.error));
    QVERIFY(!result.summary().contains(QLatin1String("wrong-token")));
}

void TestSandboxServer::credentialWithSpecialCharacters_data()
{
    QTest::addColumn<QString>("credentialName");
    QTest::addColumn<bool>("inQuery");
    QTest::newRow("auth_token in body") << QStringLiteral("auth_token") << false;
    QTest::newRow("auth_token in query") << QStringLiteral("auth_token") << true;
    QTest::newRow("tracking_api_key in query") << QStringLiteral("tracking_api_key") << true;
}

void TestSandboxServer::credentialWithSpecialCharacters()
{
    // Base64 tokens (the old Ruby gem's api_key:secret) hold '+', '/' and '='; none may be misread on the way.
    QFETCH(QString, credentialName);
    QFETCH(bool, inQuery);
    const QString token = QStringLiteral("YWJj+ZGVm/Z2hp=&x%41"); // no space: clients refuse those (CredentialText)
    START_SANDBOX(sandbox, (QStringList {QStringLiteral("--token"), token}), false);
    Workspace workspace = workspaceFor(*sandbox);
    workspace.credentialName = credentialName;
    workspace.credentialPlacement
        = inQuery ? Workspace::CredentialPlacement::Query : Workspace::CredentialPlacement::Body;
    const ApiResult result = sendInput(input(Operation::Identify, QStringLiteral("u1")), workspace, token);
    QVERIFY2(result.status == 200, qPrintable(result.summary()));
    QVERIFY(!SandboxTestClient(sandbox->rootUrl()).get(QStringLiteral("/sandbox/requests")).body.contains("ZGVm"));
}

void TestSandboxServer::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::newRow("unknown endpoint") << QByteArray("POST") << QStringLiteral("/api/v2/users/find");
    QTest::newRow("wrong method for identify") << QByteArray("GET") << QStringLiteral("/api/v2/users/track");
    QTest::newRow("wrong method for tags") << QByteArray("POST") << QStringLiteral("/api/v2/users/tags/edit");
    QTest::newRow("wrong method for alias") << QByteArray("POST") << QStringLiteral("/api/v2/users/reidentify");
    QTest::newRow("wrong method for heartbeat") << QByteArray("POST") << QStringLiteral("/api/v2/heartbeat");
    QTest::newRow("DELETE method") << QByteArray("DELETE") << QStringLiteral("/api/v2/users/delete");
    QTest::newRow("outside the API") << QByteArray("POST") << QStringLiteral("/users/track");
    QTest::newRow("API root") << QByteArray("GET") << QStringLiteral("/api/v2");
    QTest::newRow("unknown sandbox page") << QByteArray("GET") << QStringLiteral("/sandbox/nothing");
    QTest::newRow("missing user") << QByteArray("GET") << QStringLiteral("/sandbox/users/nobody");
}

void TestSandboxServer::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    const auto reply = m_client->send(
        method, target, method == "GET" ? QByteArray() : withToken({{QStringLiteral("id"), QStringLiteral("1")}}));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json.value(QLatin1String("status")).toInt(), 404);
    QVERIFY(!reply.json.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(m_client->users().size(), 0);
}

void TestSandboxServer::formEncodedReferenceExamples()
{
    // The reference's own curl examples: form fields, JSON text as values, numbers as ids, .json paths.
    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray token = "auth_token=" + SandboxTestClient::token().toUtf8();
    QCOMPARE(
        m_client
            ->send("POST", QStringLiteral("/api/v2/users/track.json"), token + "&id=1234&email=john%40smith.com", form)
            .status,
        200);
    QCOMPARE(m_client
                 ->send("PUT",
                        QStringLiteral("/api/v2/users/tags/edit"),
                        token + "&id=1234&add=%5B%22prospect%22%5D&remove=%5B%5D",
                        form)
                 .status,
             200);
    QCOMPARE(tags(m_client->user(QStringLiteral("1234"))), QStringList {QStringLiteral("prospect")});
    QCOMPARE(
        m_client
            ->send(
                "PUT", QStringLiteral("/api/v2/users/tags/edit"), token + "&id=1234&add=[]&remove=[\"prospect\"]", form)
            .status,
        200);
    QCOMPARE(tags(m_client->user(QStringLiteral("1234"))), QStringList());
    const QByteArray event
        = token + "&identity=" + QUrl::toPercentEncoding(QStringLiteral(R"({"id": 1234, "email": "john@smith.com"})"))
          + "&event_name=Viewed+product&data="
          + QUrl::toPercentEncoding(QStringLiteral(R"({"product_name": "Red T-shirt"})"))
          + "&extras=" + QUrl::toPercentEncoding(QStringLiteral(R"({"check_id": 146273733})"));
    QCOMPARE(m_client->send("POST", QStringLiteral("/api/v2/events/track"), event, form).status, 200);
    const QJsonArray events = m_client->events(QStringLiteral("1234"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("event_name")).toString(), QStringLiteral("Viewed product"));
    QCOMPARE(events.at(0).toObject().value(QLatin1String("extras")).toObject().value(QLatin1String("check_id")).toInt(),
             146273733);
    QCOMPARE(m_client
                 ->send("PUT",
                        QStringLiteral("/api/v2/users/reidentify?") + QString::fromUtf8(token),
                        "id=1234&new_id=456",
                        form)
                 .status,
             200);
    QVERIFY(!m_client->user(QStringLiteral("456")).isEmpty());
    QCOMPARE(m_client->send("POST", QStringLiteral("/api/v2/users/unsubscribe"), token + "&id=456", form).status, 200);
    QCOMPARE(m_client->user(QStringLiteral("456")).value(QLatin1String("subscribed")).toBool(), false);
    // A form value that is not the JSON object the API wants is a 400, not silently a string.
    const auto bad
        = m_client->send("POST", QStringLiteral("/api/v2/users/track"), token + "&id=1&data=plan%3Dpro", form);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json.value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("data: Properties must be a JSON object")));
}

void TestSandboxServer::badInputKeepsServing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    const QByteArray token = SandboxTestClient::token().toUtf8();
    QTest::newRow("malformed JSON") << QByteArray(R"({"id": "1", "auth_token": ")" + token + "\"")
                                    << QByteArray("application/json") << QStringLiteral("not valid JSON");
    QTest::newRow("JSON array body") << QByteArray("[1,2,3]") << QByteArray("application/json")
                                     << QStringLiteral("must be a JSON object");
    QTest::newRow("JSON string body") << QByteArray("\"id\"") << QByteArray("application/json")
                                      << QStringLiteral("must be a JSON object");
    QTest::newRow("non-UTF-8 JSON") << QByteArray("{\"id\":\"\xff\xfe\",\"auth_token\":\"" + token + "\"}")
                                    << QByteArray("application/json") << QStringLiteral("not valid UTF-8");
    QTest::newRow("non-UTF-8 form") << QByteArray("id=%FF%FE&auth_token=" + token)
                                    << QByteArray("application/x-www-form-urlencoded")
                                    << QStringLiteral("not valid UTF-8");
    QTest::newRow("wrong type for id") << QByteArray(R"({"id":{"nested":true},"auth_token":")" + token + "\"}")
                                       << QByteArray("application/json")
                                       << QStringLiteral("id: User id must be text or a number");
    QTest::newRow("wrong type for email")
        << QByteArray(R"({"email":42,"auth_token":")" + token + "\"}") << QByteArray("application/json")
        << QStringLiteral("email: Email must be text");
    QTest::newRow("unsupported content type")
        << QByteArray("id=1") << QByteArray("multipart/form-data; boundary=x") << QStringLiteral("not supported");
}

void TestSandboxServer::badInputKeepsServing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    const auto reply = m_client->send("POST", QStringLiteral("/api/v2/users/track"), body, contentType);
    QCOMPARE(reply.status, 400);
    const QString message = reply.json.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!message.contains(SandboxTestClient::token()));
    QVERIFY(m_client->alive());
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("after")), m_workspace).status, 200);
    QCOMPARE(m_client->users().size(), 1);
}

void TestSandboxServer::dedupWindow()
{
    const QString data = QStringLiteral(R"({"sku":"A1"})");
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Purchased Item"), data), m_workspace).status,
             200);
    // Same normalised name, user and data within the window: accepted (200) but dropped.
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("purchased_item"), data), m_workspace).status,
             200);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("PURCHASED ITEM"), data), m_workspace).status,
             200);
    QJsonArray events = m_client->events(QStringLiteral("u1"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("duplicates_dropped")).toInt(), 2);
    const QJsonArray log = m_client->requests();
    QVERIFY(log.last().toObject().value(QLatin1String("note")).toString().contains(QLatin1String("Duplicate")));

    // Different data, or another user: not duplicates.
    QCOMPARE(
        sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Purchased Item"), QStringLiteral(R"({"sku":"B2"})")),
                  m_workspace)
            .status,
        200);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u2"), QStringLiteral("Purchased Item"), data), m_workspace).status,
             200);
    QCOMPARE(m_client->events().size(), 3);

    // Just inside the 180-second window: still a duplicate. Past it: stored again.
    QVERIFY(m_client->advanceClock(170));
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Purchased Item"), data), m_workspace).status,
             200);
    QCOMPARE(m_client->events(QStringLiteral("u1")).size(), 2);
    QVERIFY(m_client->advanceClock(15));
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Purchased Item"), data), m_workspace).status,
             200);
    QCOMPARE(m_client->events(QStringLiteral("u1")).size(), 3);
}

void TestSandboxServer::dedupByCheckIdWithoutData()
{
    const QString extras = QStringLiteral(R"({"check_id":"c-1"})");
    QCOMPARE(
        sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Signed up"), QString(), extras), m_workspace).status,
        200);
    QCOMPARE(
        sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("signed_up"), QString(), extras), m_workspace).status,
        200);
    QCOMPARE(m_client->events().size(), 1);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"),
                                  QStringLiteral("Signed up"),
                                  QString(),
                                  QStringLiteral(R"({"check_id":"c-2"})")),
                       m_workspace)
                 .status,
             200);
    QCOMPARE(m_client->events().size(), 2);

    // A custom window from the command line.
    START_SANDBOX(sandbox, (QStringList {QStringLiteral("--dedup-window"), QStringLiteral("10")}), false);
    SandboxTestClient inspect(sandbox->rootUrl());
    const Workspace workspace = workspaceFor(*sandbox);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("x")), workspace).status, 200);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("x")), workspace).status, 200);
    QCOMPARE(inspect.events().size(), 1);
    QVERIFY(inspect.advanceClock(11));
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("x")), workspace).status, 200);
    QCOMPARE(inspect.events().size(), 2);
}

void TestSandboxServer::aliasMerge()
{
    OperationInput first = input(Operation::Identify, QStringLiteral("anon-1"));
    first.email = QStringLiteral("old@example.com");
    first.data = QStringLiteral(R"({"a":1,"shared":"old"})");
    QCOMPARE(sendInput(first, m_workspace).status, 200);
    OperationInput second = input(Operation::Identify, QStringLiteral("known-1"));
    second.data = QStringLiteral(R"({"b":2,"shared":"new"})");
    QCOMPARE(sendInput(second, m_workspace).status, 200);
    OperationInput tagOld = input(Operation::TagsEdit, QStringLiteral("anon-1"));
    tagOld.tagsAdd = QStringList {QStringLiteral("x")};
    QCOMPARE(sendInput(tagOld, m_workspace).status, 200);
    OperationInput tagNew = input(Operation::TagsEdit, QStringLiteral("known-1"));
    tagNew.tagsAdd = QStringList {QStringLiteral("y")};
    QCOMPARE(sendInput(tagNew, m_workspace).status, 200);
    QCOMPARE(sendInput(input(Operation::Unsubscribe, QStringLiteral("anon-1")), m_workspace).status, 200);
    QCOMPARE(sendInput(eventInput(QStringLiteral("anon-1"), QStringLiteral("Viewed")), m_workspace).status, 200);

    OperationInput alias = input(Operation::Alias, QStringLiteral("anon-1"));
    alias.newId = QStringLiteral("known-1");
    QCOMPARE(sendInput(alias, m_workspace).status, 200);

    QVERIFY(m_client->user(QStringLiteral("anon-1")).isEmpty());
    const QJsonObject merged = m_client->user(QStringLiteral("known-1"));
    const QJsonObject properties = merged.value(QLatin1String("properties")).toObject();
    QCOMPARE(properties.value(QLatin1String("a")).toInt(), 1);
    QCOMPARE(properties.value(QLatin1String("b")).toInt(), 2);
    QCOMPARE(properties.value(QLatin1String("shared")).toString(), QStringLiteral("new")); // the survivor's value wins
    QCOMPARE(merged.value(QLatin1String("email")).toString(), QStringLiteral("old@example.com"));
    QCOMPARE(tags(merged), (QStringList {QStringLiteral("y"), QStringLiteral("x")}));
    QCOMPARE(merged.value(QLatin1String("subscribed")).toBool(), false); // an opt-out survives the merge
    QCOMPARE(m_client->events(QStringLiteral("known-1")).size(), 1);
    QCOMPARE(m_client->users().size(), 1);

    // Aliasing a user that does not exist changes nothing (and still answers 200, as the service does).
    OperationInput ghost = input(Operation::Alias, QStringLiteral("ghost"));
    ghost.newId = QStringLiteral("known-1");
    QCOMPARE(sendInput(ghost, m_workspace).status, 200);
    QCOMPARE(m_client->users().size(), 1);
    QVERIFY(m_client->requests()
                .last()
                .toObject()
                .value(QLatin1String("note"))
                .toString()
                .contains(QLatin1String("nothing changed")));
}

void TestSandboxServer::deleteThenRecreate()
{
    OperationInput identify = input(Operation::Identify, QStringLiteral("u1"));
    identify.data = QStringLiteral(R"({"plan":"pro"})");
    QCOMPARE(sendInput(identify, m_workspace).status, 200);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Login")), m_workspace).status, 200);
    QCOMPARE(sendInput(input(Operation::Delete, QStringLiteral("u1")), m_workspace).status, 200);
    QVERIFY(m_client->user(QStringLiteral("u1")).isEmpty());
    QCOMPARE(m_client->events().size(), 0);

    // A later event recreates the user, with nothing of the old record, and is not a "duplicate" of a deleted event.
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Login")), m_workspace).status, 200);
    const QJsonObject recreated = m_client->user(QStringLiteral("u1"));
    QVERIFY(!recreated.isEmpty());
    QVERIFY(recreated.value(QLatin1String("properties")).toObject().isEmpty());
    QCOMPARE(m_client->events(QStringLiteral("u1")).size(), 1);

    QCOMPARE(sendInput(input(Operation::Delete, QStringLiteral("u1")), m_workspace).status, 200);
    QCOMPARE(sendInput(identify, m_workspace).status, 200);
    QCOMPARE(m_client->user(QStringLiteral("u1"))
                 .value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("plan"))
                 .toString(),
             QStringLiteral("pro"));
}

void TestSandboxServer::tagsAddRemoveIdempotent()
{
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("u1")), m_workspace).status, 200);
    OperationInput add = input(Operation::TagsEdit, QStringLiteral("u1"));
    add.tagsAdd = QStringList {QStringLiteral("vip"), QStringLiteral("beta")};
    QCOMPARE(sendInput(add, m_workspace).status, 200);
    QCOMPARE(sendInput(add, m_workspace).status, 200);
    QCOMPARE(tags(m_client->user(QStringLiteral("u1"))), (QStringList {QStringLiteral("vip"), QStringLiteral("beta")}));
    OperationInput remove = input(Operation::TagsEdit, QStringLiteral("u1"));
    remove.tagsRemove = QStringList {QStringLiteral("vip"), QStringLiteral("never-there")};
    QCOMPARE(sendInput(remove, m_workspace).status, 200);
    QCOMPARE(sendInput(remove, m_workspace).status, 200);
    QCOMPARE(tags(m_client->user(QStringLiteral("u1"))), QStringList {QStringLiteral("beta")});
    QVERIFY(m_client->requests()
                .last()
                .toObject()
                .value(QLatin1String("note"))
                .toString()
                .contains(QLatin1String("unchanged")));
}

void TestSandboxServer::requestLogHidesCredential()
{
    Workspace query = m_workspace;
    query.credentialPlacement = Workspace::CredentialPlacement::Query;
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("u1")), m_workspace).status, 200);
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("u2")), query).status, 200);
    m_client->send("POST",
                   QStringLiteral("/api/v2/users/track"),
                   "{\"auth_token\":\"" + SandboxTestClient::token().toUtf8() + "\",");
    const auto raw = m_client->get(QStringLiteral("/sandbox/requests"));
    QCOMPARE(raw.status, 200);
    QVERIFY(!raw.body.contains(SandboxTestClient::token().toUtf8()));
    const QJsonArray log = raw.json.value(QLatin1String("requests")).toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("body")).toObject().value(QLatin1String("auth_token")).toString(),
             QStringLiteral("***"));
    QCOMPARE(log.at(0).toObject().value(QLatin1String("body")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("u1"));
    QCOMPARE(log.at(1).toObject().value(QLatin1String("target")).toString(),
             QStringLiteral("/api/v2/users/track?auth_token=***"));
    QCOMPARE(log.at(2).toObject().value(QLatin1String("status")).toInt(), 400);
}

void TestSandboxServer::stderrLogHidesCredential()
{
    QProcess process;
    process.start(
        QStringLiteral(VERO_SANDBOX_PATH),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), SandboxTestClient::token()});
    process.setReadChannel(QProcess::StandardOutput);
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    const QByteArray line = process.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    const QUrl root(QString::fromUtf8(line.mid(13)));
    QVERIFY(root.port() > 0);
    SandboxTestClient client(root);
    QCOMPARE(client
                 .send("POST",
                       QStringLiteral("/api/v2/users/track?tracking_api_key=") + SandboxTestClient::token(),
                       R"({"id":"1"})")
                 .status,
             200);
    QCOMPARE(client
                 .send("POST",
                       QStringLiteral("/api/v2/users/track"),
                       withToken({{QStringLiteral("id"), QStringLiteral("2")}}))
                 .status,
             200);
    QCOMPARE(client
                 .send("POST",
                       QStringLiteral("/api/v2/users/track"),
                       "{\"auth_token\":\"" + SandboxTestClient::token().toUtf8())
                 .status,
             400);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray log = process.readAllStandardError();
    QCOMPARE(log.count('\n'), 3); // one line per request
    QVERIFY(log.contains("POST /api/v2/users/track?tracking_api_key=*** 200"));
    QVERIFY2(!log.contains(SandboxTestClient::token().toUtf8()), log.constData());
}

void TestSandboxServer::resetClearsEverything()
{
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("x")), m_workspace).status, 200);
    QCOMPARE(m_client->users().size(), 1);
    const QJsonObject summary = m_client->get(QStringLiteral("/sandbox/")).json;
    QCOMPARE(summary.value(QLatin1String("users")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("events")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("dedup_window_seconds")).toInt(), 180);
    QVERIFY(summary.value(QLatin1String("faults")).isObject());
    QVERIFY(m_client->reset());
    QCOMPARE(m_client->users().size(), 0);
    QCOMPARE(m_client->events().size(), 0);
    QCOMPARE(m_client->requests().size(), 0);
    // The inspection API is never mistaken for the Track API.
    QCOMPARE(m_client->get(QStringLiteral("/sandbox/reset")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/sandbox/users")).status, 404);
}

void TestSandboxServer::stateFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/state.json"));
    const QStringList arguments {QStringLiteral("--state"), path};
    {
        START_SANDBOX(sandbox, arguments, false);
        const Workspace workspace = workspaceFor(*sandbox);
        OperationInput identify = input(Operation::Identify, QStringLiteral("u1"));
        identify.email = QStringLiteral("u1@example.com");
        identify.data = QStringLiteral(R"({"plan":"pro"})");
        QCOMPARE(sendInput(identify, workspace).status, 200);
        OperationInput tagsEdit = input(Operation::TagsEdit, QStringLiteral("u1"));
        tagsEdit.tagsAdd = QStringList {QStringLiteral("vip")};
        QCOMPARE(sendInput(tagsEdit, workspace).status, 200);
        QCOMPARE(sendInput(input(Operation::Unsubscribe, QStringLiteral("u1")), workspace).status, 200);
        QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Paid"), QStringLiteral(R"({"amount":5})")),
                           workspace)
                     .status,
                 200);
        QTRY_VERIFY(QFile::exists(path)); // written on change, not only at exit
        sandbox->stop();
        QVERIFY(!sandbox->isRunning());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(saved.value(QLatin1String("users")).toArray().size(), 1);
    QCOMPARE(saved.value(QLatin1String("events")).toArray().size(), 1);

    START_SANDBOX(again, arguments, false);
    SandboxTestClient inspect(again->rootUrl());
    const QJsonObject user = inspect.user(QStringLiteral("u1"));
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("u1@example.com"));
    QCOMPARE(user.value(QLatin1String("properties")).toObject().value(QLatin1String("plan")).toString(),
             QStringLiteral("pro"));
    QCOMPARE(tags(user), QStringList {QStringLiteral("vip")});
    QCOMPARE(user.value(QLatin1String("subscribed")).toBool(), false);
    const QJsonArray events = inspect.events(QStringLiteral("u1"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("amount")).toInt(), 5);
    // Deduplication survives the restart too, and new events continue the numbering.
    const Workspace workspace = workspaceFor(*again);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Paid"), QStringLiteral(R"({"amount":5})")),
                       workspace)
                 .status,
             200);
    QCOMPARE(inspect.events().size(), 1);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Paid"), QStringLiteral(R"({"amount":6})")),
                       workspace)
                 .status,
             200);
    QCOMPARE(inspect.events().last().toObject().value(QLatin1String("id")).toInt(), 2);
}

void TestSandboxServer::brokenStateFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the message on stderr
    QTest::newRow("cut short") << QByteArray("{\"format\": \"vero-sandbox-state\", \"users\": [")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("another program's file")
        << QByteArray(R"({"format": "something-else"})") << QStringLiteral("not a vero-sandbox state file");
    // What an out-of-range clock used to save: dates QDateTime cannot hold, written as empty strings.
    QTest::newRow("unreadable dates") << QByteArray(
        R"({"format":"vero-sandbox-state","version":1,"next_event_id":1,"events":[],)"
        R"("users":[{"id":"u1","created_at":"","updated_at":"","subscribed":true}]})")
                                      << QStringLiteral("cannot be used");
}

void TestSandboxServer::brokenStateFileIsMovedAside()
{
    // The app starts its sandbox with a state file; one that cannot be loaded must never stop it from starting.
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QProcess process;
    process.start(QStringLiteral(VERO_SANDBOX_PATH),
                  {QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("--token"),
                   SandboxTestClient::token(),
                   QStringLiteral("--state"),
                   path});
    process.setReadChannel(QProcess::StandardOutput);
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    const QByteArray line = process.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    SandboxTestClient client(QUrl(QString::fromUtf8(line.mid(13))));
    QVERIFY(client.alive());
    QCOMPARE(client.users().size(), 0); // started empty

    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("state.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile moved(dir.filePath(aside.constFirst()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), content); // kept byte for byte for a look
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains(expected.toUtf8()), log.constData());
    QVERIFY2(log.contains(dir.filePath(aside.constFirst()).toUtf8()), log.constData());
    QVERIFY2(log.contains("starts empty"), log.constData());

    // And it saves to the usual place again.
    const Workspace workspace = [&] {
        Workspace w;
        w.name = QStringLiteral("sandbox");
        w.baseUrl = QUrl(QString::fromUtf8(line.mid(13)) + QStringLiteral("/api/v2"));
        return w;
    }();
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("u2")), workspace).status, 200);
    QTRY_VERIFY(QFile::exists(path));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxServer::clockOutOfRangeIsRefusedAndRestartWorks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("advance 1e300") << QByteArray(R"({"advance_seconds": 1e300})");
    QTest::newRow("advance -1e300") << QByteArray(R"({"advance_seconds": -1e300})");
    QTest::newRow("offset 1e19") << QByteArray(R"({"offset_seconds": 1e19})");
    QTest::newRow("advance past 100 years") << QByteArray(R"({"advance_seconds": 3155760001})");
    QTest::newRow("advance not whole") << QByteArray(R"({"advance_seconds": 0.5})");
}

void TestSandboxServer::clockOutOfRangeIsRefusedAndRestartWorks()
{
    QFETCH(QByteArray, body);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    const QStringList arguments {QStringLiteral("--state"), path};
    {
        START_SANDBOX(sandbox, arguments, false);
        SandboxTestClient client(sandbox->rootUrl());
        const auto refused = client.send("POST", QStringLiteral("/sandbox/clock"), body);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.json.value(QLatin1String("message")).toString().contains(QLatin1String("100 years")),
                 refused.body.constData());
        const QJsonObject clock = client.get(QStringLiteral("/sandbox/clock")).json;
        QCOMPARE(clock.value(QLatin1String("offset_seconds")).toInteger(), 0); // unchanged
        QVERIFY(QDateTime::fromString(clock.value(QLatin1String("now")).toString(), Qt::ISODateWithMs).isValid());
        // A change is saved with that clock, as before the fix the broken one was.
        QCOMPARE(sendInput(eventInput(QStringLiteral("u1"), QStringLiteral("Paid")), workspaceFor(*sandbox)).status,
                 200);
        QTRY_VERIFY(QFile::exists(path));
        sandbox->stop();
    }
    START_SANDBOX(again, arguments, false);
    SandboxTestClient client(again->rootUrl());
    QCOMPARE(client.events(QStringLiteral("u1")).size(), 1);
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.broken-*")}).isEmpty());
    // The largest offset allowed still makes a state file that loads.
    QCOMPARE(client.send("POST", QStringLiteral("/sandbox/clock"), R"({"offset_seconds": 3155760000})").status, 200);
    QCOMPARE(sendInput(eventInput(QStringLiteral("u2"), QStringLiteral("Paid")), workspaceFor(*again)).status, 200);
    again->stop();
    START_SANDBOX(third, arguments, false);
    QCOMPARE(SandboxTestClient(third->rootUrl()).events().size(), 2);
}

void TestSandboxServer::inspectionInputsAreRangeChecked_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray put("PUT");
    const QByteArray get("GET");
    QTest::newRow("latency 1e300") << put << QStringLiteral("/sandbox/faults") << QByteArray(R"({"latency_ms":1e300})")
                                   << QStringLiteral("latency_ms must be a whole number from 0 to");
    QTest::newRow("latency negative") << put << QStringLiteral("/sandbox/faults") << QByteArray(R"({"latency_ms":-1})")
                                      << QStringLiteral("latency_ms");
    QTest::newRow("rate limit beyond the maximum")
        << put << QStringLiteral("/sandbox/faults") << QByteArray(R"({"rate_limit":600001})")
        << QStringLiteral("rate_limit must be a whole number from 0 to 600000");
    QTest::newRow("fail rate 1e300") << put << QStringLiteral("/sandbox/faults") << QByteArray(R"({"fail_rate":1e300})")
                                     << QStringLiteral("between 0 and 1");
    QTest::newRow("drop rate negative") << put << QStringLiteral("/sandbox/faults")
                                        << QByteArray(R"({"drop_rate":-0.1})") << QStringLiteral("between 0 and 1");
    QTest::newRow("request limit not a number")
        << get << QStringLiteral("/sandbox/requests?limit=ten") << QByteArray() << QStringLiteral("limit must be");
    QTest::newRow("request limit negative")
        << get << QStringLiteral("/sandbox/requests?limit=-1") << QByteArray() << QStringLiteral("limit must be");
    QTest::newRow("request limit beyond int") << get << QStringLiteral("/sandbox/requests?limit=99999999999")
                                              << QByteArray() << QStringLiteral("limit must be");
}

void TestSandboxServer::inspectionInputsAreRangeChecked()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QJsonObject faultsBefore = m_client->get(QStringLiteral("/sandbox/faults")).json;
    const auto reply = m_client->send(method, target, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(QLatin1String("status")).toInt(), 400);
    QVERIFY2(reply.json.value(QLatin1String("message")).toString().contains(expected), reply.body.constData());
    QCOMPARE(m_client->get(QStringLiteral("/sandbox/faults")).json, faultsBefore);
}

void TestSandboxServer::requestLogKeepsEntriesSmall()
{
    // A body just under the limit that fails validation is answered 400; the log keeps a few KiB of it.
    QByteArray body = R"({"id":"1","auth_token":")" + SandboxTestClient::token().toUtf8() + R"(","data":")";
    body += QByteArray(1024 * 1024 - 200, 'a');
    body += "\"}";
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_client->send("POST", QStringLiteral("/api/v2/users/track"), body).status, 400);
    }
    const auto raw = m_client->get(QStringLiteral("/sandbox/requests"));
    QCOMPARE(raw.status, 200);
    QVERIFY2(raw.body.size() < 3 * 8 * 1024, QByteArray::number(raw.body.size()).constData());
    const QJsonArray log = raw.json.value(QLatin1String("requests")).toArray();
    QCOMPARE(log.size(), 3);
    const QJsonObject entry = log.last().toObject();
    QCOMPARE(entry.value(QLatin1String("cut")).toBool(), true); // it says it was cut
    QVERIFY(entry.value(QLatin1String("body_bytes")).toInteger() > 1000000);
    QVERIFY(entry.value(QLatin1String("body")).toString().endsWith(QLatin1String("(cut)")));
    QVERIFY(!raw.body.contains(SandboxTestClient::token().toUtf8()));
    // A small entry is whole and says so.
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("u1")), m_workspace).status, 200);
    const QJsonObject small = m_client->requests().last().toObject();
    QCOMPARE(small.value(QLatin1String("cut")).toBool(), false);
    QCOMPARE(small.value(QLatin1String("body")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("u1"));
}

void TestSandboxServer::serverErrorsReported()
{
    START_SANDBOX(sandbox, (QStringList {QStringLiteral("--fail-rate"), QStringLiteral("1")}), false);
    SandboxTestClient inspect(sandbox->rootUrl());
    const Workspace workspace = workspaceFor(*sandbox);
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const ApiResult result = sendInput(input(Operation::Identify, QStringLiteral("u1")), workspace);
        QVERIFY2(result.status == 500 || result.status == 502 || result.status == 503, qPrintable(result.summary()));
        QCOMPARE(result.outcome(), ApiResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QLatin1String("internal error")), qPrintable(result.error));
        statuses.insert(result.status);
    }
    QVERIFY(statuses.size() >= 2);       // 500, 502 and 503 all occur (12 throws of a three-sided die)
    QCOMPARE(inspect.users().size(), 0); // a failed request changed nothing
    QVERIFY(inspect.alive());
}

void TestSandboxServer::rateLimitReported()
{
    START_SANDBOX(sandbox, (QStringList {QStringLiteral("--rate-limit"), QStringLiteral("1")}), false);
    SandboxTestClient raw(sandbox->rootUrl());
    // Several requests back to back: with one allowed per second, at least one must be refused.
    SandboxTestClient::Reply limited;
    for (int i = 0; i < 6 && limited.status != 429; ++i) {
        limited = raw.send(
            "POST", QStringLiteral("/api/v2/users/track"), withToken({{QStringLiteral("id"), QStringLiteral("u1")}}));
    }
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() >= 1);
    QVERIFY(limited.json.value(QLatin1String("message")).toString().contains(QLatin1String("Too many requests")));

    const Workspace workspace = workspaceFor(*sandbox);
    ApiResult result;
    for (int i = 0; i < 6 && result.status != 429; ++i) {
        result = sendInput(input(Operation::Identify, QStringLiteral("u2")), workspace);
    }
    QCOMPARE(result.status, 429);
    // The sandbox sends Retry-After, so the client says how long to wait.
    QVERIFY(result.retryAfterSeconds >= 1);
    QVERIFY2(result.error.contains(QStringLiteral("asked to wait %1 second").arg(result.retryAfterSeconds)),
             qPrintable(result.error));
}

void TestSandboxServer::droppedConnectionReported()
{
    START_SANDBOX(sandbox, (QStringList {QStringLiteral("--drop-rate"), QStringLiteral("1")}), false);
    SandboxTestClient inspect(sandbox->rootUrl());
    const ApiResult result = sendInput(input(Operation::Identify, QStringLiteral("u1")), workspaceFor(*sandbox));
    QCOMPARE(result.status, 0);
    QCOMPARE(result.outcome(), ApiResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QLatin1String("closed the connection")), qPrintable(result.error));
    QVERIFY(inspect.alive());
    QCOMPARE(inspect.users().size(), 0);
    const QJsonArray log = inspect.requests();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().toObject().value(QLatin1String("status")).toInt(), 0);
}

void TestSandboxServer::latencyBeyondTimeoutReported()
{
    START_SANDBOX(sandbox, (QStringList {QStringLiteral("--latency"), QStringLiteral("4000")}), false);
    SandboxTestClient inspect(sandbox->rootUrl());
    Workspace workspace = workspaceFor(*sandbox);
    workspace.timeoutSeconds = 1;
    const ApiResult result = sendInput(input(Operation::Identify, QStringLiteral("u1")), workspace);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.error.contains(QLatin1String("No answer")), qPrintable(result.error));
    QVERIFY(inspect.alive()); // the inspection API is never slowed down
    // A patient client gets the answer.
    workspace.timeoutSeconds = 60;
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("u2")), workspace).status, 200);
}

void TestSandboxServer::faultsChangeAtRuntime()
{
    QCOMPARE(m_client->send("PUT", QStringLiteral("/sandbox/faults"), R"({"fail_rate":1})").status, 200);
    QVERIFY(sendInput(input(Operation::Identify, QStringLiteral("u1")), m_workspace).status >= 500);
    QCOMPARE(m_client->send("PUT", QStringLiteral("/sandbox/faults"), R"({"fail_rate":2})").status, 400);
    QCOMPARE(m_client->send("PUT", QStringLiteral("/sandbox/faults"), R"({"fail_rate":0})").status, 200);
    QCOMPARE(sendInput(input(Operation::Identify, QStringLiteral("u1")), m_workspace).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/sandbox/faults")).json.value(QLatin1String("fail_rate")).toDouble(), 0.0);
}

void TestSandboxServer::untrustedCertificateFails_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::newRow("no extra CA") << QString();
    QTest::newRow("another CA") << SandboxTestClient::tlsFile(QStringLiteral("other-ca.pem"));
}

void TestSandboxServer::untrustedCertificateFails()
{
    QFETCH(QString, caFile);
    START_SANDBOX(sandbox, {}, true);
    SandboxTestClient inspect(sandbox->rootUrl());
    Workspace workspace = workspaceFor(*sandbox);
    workspace.caFile = caFile;
    const ApiResult result = sendInput(input(Operation::Identify, QStringLiteral("u1")), workspace);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.outcome(), ApiResult::Outcome::Failed);
    QVERIFY2(result.error.contains(QLatin1String("could not be trusted")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("CA certificate")), qPrintable(result.error));
    QCOMPARE(inspect.users().size(), 0); // nothing reached the server
    QVERIFY(inspect.alive());            // and a failed handshake does not stop it
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_SandboxServer.moc"
