#include "HttpTestServer.h"
#include "UnusedPort.h"
#include "core/sandbox/SandboxInspector.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

constexpr int AnswerWaitMs = 20000;

// http://127.0.0.1:PORT, the root the sandbox's pages hang from.
QUrl rootOf(const QUrl& apiBaseUrl)
{
    QUrl root = apiBaseUrl;
    root.setPath(QString());
    return root;
}

} // namespace

// The client of vero-sandbox's inspection API, against a recording server: what it sends, what it makes of the
// answers (and of no answer), and that answers nobody waits for any more are dropped.
class tst_SandboxInspector : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsJsonAndSendsTheToken();
    void anIdIsOnePathSegment();
    void postsJsonBodies();
    void failuresSayWhy_data();
    void failuresSayWhy();
    void noAnswerIsAnError();
    void abortedAnswersAreDropped();
    void answersForAGoneContextAreDropped();

private:
    // Runs `call` and waits for its answer.
    SandboxInspector::Reply wait(const std::function<void(SandboxInspector::Callback)>& call);

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<SandboxInspector> m_inspector;
};

void tst_SandboxInspector::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
    m_inspector = std::make_unique<SandboxInspector>();
    m_inspector->setRootUrl(rootOf(m_server->baseUrl()));
}

void tst_SandboxInspector::cleanup()
{
    m_inspector.reset();
    m_server.reset();
}

SandboxInspector::Reply tst_SandboxInspector::wait(const std::function<void(SandboxInspector::Callback)>& call)
{
    std::optional<SandboxInspector::Reply> reply;
    call([&](const SandboxInspector::Reply& answer) { reply = answer; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, AnswerWaitMs)) {
        SandboxInspector::Reply none;
        none.error = QStringLiteral("(test) no callback within %1 ms").arg(AnswerWaitMs);
        return none;
    }
    return *reply;
}

void tst_SandboxInspector::readsJsonAndSendsTheToken()
{
    m_server->setResponse({200, "application/json", R"({"users":[{"id":"u1"},{"id":"u2"}]})", false, {}});
    m_inspector->setToken(QStringLiteral("inspect-token"));
    const SandboxInspector::Reply reply
        = wait([this](SandboxInspector::Callback done) { m_inspector->users(this, std::move(done)); });
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    QCOMPARE(SandboxInspector::listOf(reply, QStringLiteral("users")).size(), 2);

    QCOMPARE(m_server->requests().size(), 1);
    const HttpTestServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/sandbox/users"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer inspect-token"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
}

void tst_SandboxInspector::anIdIsOnePathSegment()
{
    m_server->setResponse({200, "application/json", R"({"user":{"id":"a/b c"}})", false, {}});
    QVERIFY(wait([this](SandboxInspector::Callback done) {
                m_inspector->user(QStringLiteral("a/b c"), this, std::move(done));
            }).ok());
    QVERIFY(wait([this](SandboxInspector::Callback done) {
                m_inspector->events(QStringLiteral("a&b"), this, std::move(done));
            }).ok());
    QCOMPARE(m_server->requests().size(), 2);
    // The slash stays encoded, so the sandbox sees one id and not a longer path.
    QCOMPARE(m_server->requests().at(0).target, QByteArray("/sandbox/users/a%2Fb%20c"));
    QCOMPARE(m_server->requests().at(1).path, QStringLiteral("/sandbox/events"));
    QCOMPARE(m_server->requests().at(1).query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded),
             QStringLiteral("a&b"));
}

void tst_SandboxInspector::postsJsonBodies()
{
    m_server->setResponse({200, "application/json", R"({"now":"2030-01-01T00:00:00Z"})", false, {}});
    QVERIFY(
        wait([this](SandboxInspector::Callback done) { m_inspector->advanceClock(181, this, std::move(done)); }).ok());
    QVERIFY(wait([this](SandboxInspector::Callback done) {
                m_inspector->setFaults(QJsonObject {{QStringLiteral("fail_rate"), 0.5}}, this, std::move(done));
            }).ok());
    QVERIFY(wait([this](SandboxInspector::Callback done) { m_inspector->reset(this, std::move(done)); }).ok());

    QCOMPARE(m_server->requests().size(), 3);
    const HttpTestServer::Request clock = m_server->requests().at(0);
    QCOMPARE(clock.method, QByteArray("POST"));
    QCOMPARE(clock.path, QStringLiteral("/sandbox/clock"));
    QCOMPARE(clock.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(clock.json(), QJsonObject({{QStringLiteral("advance_seconds"), 181}}));
    QCOMPARE(m_server->requests().at(1).path, QStringLiteral("/sandbox/faults"));
    QCOMPARE(m_server->requests().at(1).json(), QJsonObject({{QStringLiteral("fail_rate"), 0.5}}));
    QCOMPARE(m_server->requests().at(2).method, QByteArray("POST"));
    QCOMPARE(m_server->requests().at(2).path, QStringLiteral("/sandbox/reset"));
}

void tst_SandboxInspector::failuresSayWhy_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("404 with the sandbox's message")
        << 404 << QByteArray(R"({"status":404,"message":"There is no user \"u9\"."})")
        << QStringLiteral("The sandbox answered HTTP 404: There is no user \"u9\".");
    QTest::newRow("500 without a body") << 500 << QByteArray() << QStringLiteral("The sandbox answered HTTP 500");
    QTest::newRow("200 that is not JSON")
        << 200 << QByteArray("<html>hello</html>") << QStringLiteral("The sandbox sent something that is not JSON.");
    QTest::newRow("200 with a JSON array")
        << 200 << QByteArray("[1,2]") << QStringLiteral("The sandbox sent something that is not JSON.");
}

void tst_SandboxInspector::failuresSayWhy()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    m_server->setResponse({status, "application/json", body, false, {}});
    const SandboxInspector::Reply reply = wait(
        [this](SandboxInspector::Callback done) { m_inspector->user(QStringLiteral("u9"), this, std::move(done)); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.error, error);
    QCOMPARE(reply.body, body);
}

void tst_SandboxInspector::noAnswerIsAnError()
{
    m_inspector->setRootUrl(rootOf(UnusedPort::baseUrl()));
    const SandboxInspector::Reply refused
        = wait([this](SandboxInspector::Callback done) { m_inspector->users(this, std::move(done)); });
    QCOMPARE(refused.status, 0);
    QVERIFY2(refused.error.startsWith(QLatin1String("The sandbox did not answer: ")), qPrintable(refused.error));

    // An answer that never comes ends at the timeout.
    m_inspector->setRootUrl(rootOf(m_server->baseUrl()));
    m_server->setResponse({200, {}, {}, true, {}});
    m_inspector->setTimeoutMs(300);
    const SandboxInspector::Reply silent
        = wait([this](SandboxInspector::Callback done) { m_inspector->users(this, std::move(done)); });
    QCOMPARE(silent.status, 0);
    QCOMPARE(silent.error, QStringLiteral("The sandbox did not answer within 300 ms."));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_SandboxInspector::abortedAnswersAreDropped()
{
    m_server->setResponse({200, {}, {}, true, {}});
    QSignalSpy received(m_server.get(), &HttpTestServer::requestReceived);
    QSignalSpy closed(m_server.get(), &HttpTestServer::connectionClosed);
    bool called = false;
    m_inspector->users(this, [&](const SandboxInspector::Reply&) { called = true; });
    QVERIFY(received.wait(AnswerWaitMs));
    m_inspector->abortAll(); // a refresh that supersedes the request
    QVERIFY(closed.wait(AnswerWaitMs));
    QVERIFY(!called);
}

void tst_SandboxInspector::answersForAGoneContextAreDropped()
{
    QSignalSpy closed(m_server.get(), &HttpTestServer::connectionClosed);
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_inspector->users(context.get(), [&](const SandboxInspector::Reply&) { called = true; });
    context.reset();                    // the panel that asked is gone
    QVERIFY(closed.wait(AnswerWaitMs)); // the server has answered
    // A later request's answer comes after the first one's, which must have gone nowhere.
    QVERIFY(wait([this](SandboxInspector::Callback done) { m_inspector->users(this, std::move(done)); }).ok());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_SandboxInspector)
#include "tst_SandboxInspector.moc"
