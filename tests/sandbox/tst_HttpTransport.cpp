// vero-sandbox's HTTP side, byte by byte over raw sockets against the real binary: the Bearer token on every
// /sandbox/ page, no web page (Origin, foreign Host) on any path, the body limit enforced while reading,
// unambiguous framing, Connection: close and HTTP/1.0, idle and slow connections closed, and the warning for an
// address other than loopback.
#include "SandboxTestClient.h"

#include "core/sandbox/SandboxProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

namespace {

// What came back on one connection.
struct RawAnswer
{
    QByteArray bytes;
    bool closed = false; // the server closed the connection

    int status() const { return bytes.startsWith("HTTP/1.") ? bytes.mid(9, 3).toInt() : 0; }
    QByteArray body() const { return bytes.mid(bytes.indexOf("\r\n\r\n") + 4); }
};

// One complete answer (head and Content-Length body) read from `socket`, or what came until it closed or
// `waitMs` passed.
RawAnswer readAnswer(QTcpSocket& socket, int waitMs = 5000)
{
    RawAnswer answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs) {
        answer.bytes += socket.readAll();
        const qsizetype headEnd = answer.bytes.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = answer.bytes.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length
                = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (answer.bytes.size() >= headEnd + 4 + length) {
                break;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState) {
            answer.closed = true;
            break;
        }
        socket.waitForReadyRead(50);
    }
    answer.bytes += socket.readAll();
    return answer;
}

// True once the server has closed `socket` (within `waitMs`); what it sent meanwhile is dropped.
bool closedWithin(QTcpSocket& socket, int waitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            return true;
        }
        socket.waitForReadyRead(50);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

RawAnswer exchange(const QUrl& root, const QByteArray& request, int waitMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(root.host(), quint16(root.port()));
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    socket.write(request);
    socket.waitForBytesWritten(5000);
    RawAnswer answer = readAnswer(socket, waitMs);
    answer.closed = answer.closed || closedWithin(socket, 1000);
    return answer;
}

QByteArray hostHeader(const QUrl& root)
{
    return "Host: 127.0.0.1:" + QByteArray::number(root.port()) + "\r\n";
}

QByteArray identifyBody(const QString& id)
{
    return R"({"id":")" + id.toUtf8() + R"(","auth_token":")" + SandboxTestClient::token().toUtf8() + "\"}";
}

#define START_SANDBOX(variable, extra)                                                       \
    const std::unique_ptr<SandboxProcess> variable = SandboxTestClient::start(extra, false); \
    QVERIFY2(variable->rootUrl().isValid(), qPrintable(variable->errorString()))

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void inspectionNeedsBearer_data();
    void inspectionNeedsBearer();
    void crossOriginRefused_data();
    void crossOriginRefused();
    void hostChecked_data();
    void hostChecked();
    void declaredOversizedBodyRefusedUnread();
    void chunkedBodyCutOffAtTheLimit();
    void ambiguousFramingRefused_data();
    void ambiguousFramingRefused();
    void connectionCloseAndHttp10_data();
    void connectionCloseAndHttp10();
    void idleAndSlowConnectionsClosed();
    void nonLoopbackAddressWarns();

private:
    std::unique_ptr<SandboxProcess> m_shared;
    std::unique_ptr<SandboxTestClient> m_client;
    QUrl m_root;
};

void TestHttpTransport::initTestCase()
{
    m_shared = SandboxTestClient::start();
    QVERIFY2(m_shared->rootUrl().isValid(), qPrintable(m_shared->errorString()));
    m_root = m_shared->rootUrl();
    m_client = std::make_unique<SandboxTestClient>(m_root);
}

void TestHttpTransport::init()
{
    if (m_client) {
        QVERIFY(m_client->reset());
        QCOMPARE(m_client->send("POST", QStringLiteral("/sandbox/clock"), R"({"offset_seconds":0})").status, 200);
    }
}

void TestHttpTransport::cleanupTestCase()
{
    m_client.reset();
    m_shared.reset();
}

void TestHttpTransport::inspectionNeedsBearer_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("allowedStatus"); // with the right token
    const QByteArray get("GET");
    const QByteArray post("POST");
    QTest::newRow("summary") << get << QStringLiteral("/sandbox/") << QByteArray() << 200;
    QTest::newRow("summary without slash") << get << QStringLiteral("/sandbox") << QByteArray() << 200;
    QTest::newRow("users") << get << QStringLiteral("/sandbox/users") << QByteArray() << 200;
    QTest::newRow("one user") << get << QStringLiteral("/sandbox/users/u1") << QByteArray() << 200;
    QTest::newRow("events") << get << QStringLiteral("/sandbox/events?user=u1") << QByteArray() << 200;
    QTest::newRow("requests") << get << QStringLiteral("/sandbox/requests") << QByteArray() << 200;
    QTest::newRow("reset") << post << QStringLiteral("/sandbox/reset") << QByteArray() << 200;
    QTest::newRow("clock") << get << QStringLiteral("/sandbox/clock") << QByteArray() << 200;
    QTest::newRow("clock change") << post << QStringLiteral("/sandbox/clock") << QByteArray(R"({"advance_seconds":60})")
                                  << 200;
    QTest::newRow("faults") << get << QStringLiteral("/sandbox/faults") << QByteArray() << 200;
    QTest::newRow("faults change") << QByteArray("PUT") << QStringLiteral("/sandbox/faults")
                                   << QByteArray(R"({"fail_rate":0})") << 200;
    QTest::newRow("unknown page") << get << QStringLiteral("/sandbox/nothing") << QByteArray() << 404;
}

void TestHttpTransport::inspectionNeedsBearer()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, allowedStatus);
    QCOMPARE(m_client->send("POST", QStringLiteral("/api/v2/users/track"), identifyBody(QStringLiteral("u1"))).status,
             200);
    // text/plain is what a web page can POST cross-origin without a preflight: the token must still be needed.
    const QStringList wrongBearers {QString(), QStringLiteral("wrong"), SandboxTestClient::token() + QLatin1Char('x')};
    for (const QString& bearer : wrongBearers) {
        SandboxTestClient stranger(m_root, true, bearer);
        const SandboxTestClient::Reply refused = stranger.send(method, target, body, "text/plain");
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(QLatin1String("status")).toInt(), 401);
        QVERIFY2(refused.json.value(QLatin1String("message")).toString().contains(QLatin1String("Bearer")),
                 refused.body.constData());
    }
    // Another scheme with the right token is not enough either.
    const RawAnswer basic
        = exchange(m_root,
                   method + ' ' + target.toUtf8() + " HTTP/1.1\r\n" + hostHeader(m_root) + "Authorization: Basic "
                       + SandboxTestClient::token().toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size())
                       + "\r\nConnection: close\r\n\r\n" + body);
    QCOMPARE(basic.status(), 401);
    QVERIFY(basic.bytes.contains("WWW-Authenticate: Bearer"));
    // Nothing the strangers asked for happened.
    QCOMPARE(m_client->users().size(), 1);
    const QJsonObject summary = m_client->get(QStringLiteral("/sandbox/")).json;
    QCOMPARE(summary.value(QLatin1String("clock_offset_seconds")).toInteger(), 0);
    // The token opens every page.
    QCOMPARE(m_client->send(method, target, body).status, allowedStatus);
}

void TestHttpTransport::crossOriginRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("origin");
    const QByteArray bearer = "Authorization: Bearer " + SandboxTestClient::token().toUtf8() + "\r\n";
    const QByteArray reset
        = "POST /sandbox/reset HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n" + bearer;
    QTest::newRow("reset from a page") << reset << QByteArray("http://evil.example");
    QTest::newRow("reset from a local page") << reset << QByteArray("http://127.0.0.1:8080");
    QTest::newRow("reset from a sandboxed frame") << reset << QByteArray("null");
    const QByteArray body = identifyBody(QStringLiteral("injected"));
    QTest::newRow("Track API from a page")
        << QByteArray("POST /api/v2/users/track HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n")
        << QByteArray("http://evil.example");
}

void TestHttpTransport::crossOriginRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, origin);
    QCOMPARE(m_client->send("POST", QStringLiteral("/api/v2/users/track"), identifyBody(QStringLiteral("kept"))).status,
             200);
    const QByteArray body = request.contains("users/track") ? identifyBody(QStringLiteral("injected")) : QByteArray();
    const RawAnswer answer = exchange(m_root, request + hostHeader(m_root) + "Origin: " + origin + "\r\n\r\n" + body);
    QCOMPARE(answer.status(), 403);
    QVERIFY2(answer.body().contains("\"status\":403"), answer.bytes.constData());
    QVERIFY(answer.body().contains("Origin"));
    const QJsonArray users = m_client->users();
    QCOMPARE(users.size(), 1); // not reset, nothing injected
    QCOMPARE(users.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("kept"));
}

void TestHttpTransport::hostChecked_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    const QByteArray port = QByteArray::number(m_shared->rootUrl().port());
    QTest::newRow("127.0.0.1 with port") << QByteArray("127.0.0.1:" + port) << 200;
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << 200;
    QTest::newRow("localhost with port") << QByteArray("localhost:" + port) << 200;
    QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST") << 200;
    QTest::newRow("[::1] with port") << QByteArray("[::1]:" + port) << 200;
    QTest::newRow("[::1]") << QByteArray("[::1]") << 200;
    QTest::newRow("a rebinding domain") << QByteArray("attacker.example:" + port) << 403;
    QTest::newRow("a domain that ends like one") << QByteArray("localhost.attacker.example") << 403;
    QTest::newRow("an address the sandbox is not on") << QByteArray("10.0.0.1:" + port) << 403;
    QTest::newRow("another port") << QByteArray("127.0.0.1:1") << 403;
    QTest::newRow("empty") << QByteArray("") << 403;
}

void TestHttpTransport::hostChecked()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    const RawAnswer answer
        = exchange(m_root, "GET /api/v2/heartbeat HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(answer.status(), status);
    if (status == 403) {
        QVERIFY2(answer.body().contains("is not this sandbox's address"), answer.bytes.constData());
        // The Track API is shielded too: an identify through a foreign Host changes nothing.
        const QByteArray body = identifyBody(QStringLiteral("rebound"));
        const RawAnswer identify = exchange(m_root,
                                            "POST /api/v2/users/track HTTP/1.1\r\nHost: " + host
                                                + "\r\nContent-Type: application/json\r\nContent-Length: "
                                                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(identify.status(), 403);
        QCOMPARE(m_client->users().size(), 0);
    }
}

void TestHttpTransport::declaredOversizedBodyRefusedUnread()
{
    // 512 MB announced; only 64 KiB are ever sent. The 413 must come anyway, and the connection close: the
    // sandbox did not wait for (or buffer) the rest.
    QTcpSocket socket;
    socket.connectToHost(m_root.host(), quint16(m_root.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v2/users/track HTTP/1.1\r\n" + hostHeader(m_root)
                 + "Content-Type: application/json\r\nContent-Length: 536870912\r\n\r\n");
    socket.write(QByteArray(64 * 1024, 'a'));
    socket.waitForBytesWritten(5000);
    const RawAnswer answer = readAnswer(socket);
    QCOMPARE(answer.status(), 413);
    QVERIFY2(answer.body().contains("limit is 1 MiB"), answer.bytes.constData());
    QVERIFY(answer.body().contains("536870912"));
    QVERIFY(closedWithin(socket, 5000));
    QVERIFY(m_client->alive());
    const QJsonObject logged = m_client->requests().last().toObject();
    QCOMPARE(logged.value(QLatin1String("status")).toInt(), 413);
    QVERIFY(logged.value(QLatin1String("note")).toString().contains(QLatin1String("before its body was read")));
}

void TestHttpTransport::chunkedBodyCutOffAtTheLimit()
{
    QTcpSocket socket;
    socket.connectToHost(m_root.host(), quint16(m_root.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v2/users/track HTTP/1.1\r\n" + hostHeader(m_root)
                 + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n"; // 64 KiB
    int sent = 0;
    // Up to 8 MiB: the sandbox must close long before.
    for (; sent < 128 && socket.state() == QAbstractSocket::ConnectedState; ++sent) {
        socket.write(chunk);
        socket.waitForBytesWritten(1000);
        socket.waitForReadyRead(10);
    }
    QVERIFY(closedWithin(socket, 5000));
    QVERIFY2(sent < 128, "the sandbox kept reading a chunked body far beyond its limit");
    QVERIFY(!socket.readAll().contains("HTTP/1.1 200"));
    QVERIFY(m_client->alive());
    const QJsonObject logged = m_client->requests().last().toObject();
    QCOMPARE(logged.value(QLatin1String("status")).toInt(), 0); // closed without an answer
    QVERIFY(logged.value(QLatin1String("note")).toString().contains(QLatin1String("passed the limit")));
    QCOMPARE(m_client->users().size(), 0);
}

void TestHttpTransport::ambiguousFramingRefused_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<QString>("expected");
    const QByteArray length = QByteArray::number(identifyBody(QStringLiteral("smuggled")).size());
    QTest::newRow("two Content-Length values")
        << QByteArray("Content-Length: " + length + "\r\nContent-Length: 5\r\n") << QStringLiteral("conflicting");
    // libmicrohttpd refuses this one itself (in HTML) before the sandbox sees the head: any 400 will do.
    QTest::newRow("a list of two lengths") << QByteArray("Content-Length: " + length + ", 5\r\n") << QString();
    QTest::newRow("Content-Length and chunked")
        << QByteArray("Content-Length: " + length + "\r\nTransfer-Encoding: chunked\r\n")
        << QStringLiteral("Content-Length and Transfer-Encoding");
    QTest::newRow("chunked and Content-Length")
        << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: " + length + "\r\n")
        << QStringLiteral("Content-Length and Transfer-Encoding");
    QTest::newRow("an unknown encoding") << QByteArray("Transfer-Encoding: gzip\r\n")
                                         << QStringLiteral("is not supported");
}

void TestHttpTransport::ambiguousFramingRefused()
{
    QFETCH(QByteArray, framing);
    QFETCH(QString, expected);
    const RawAnswer answer
        = exchange(m_root,
                   "POST /api/v2/users/track HTTP/1.1\r\n" + hostHeader(m_root) + "Content-Type: application/json\r\n"
                       + framing + "\r\n" + identifyBody(QStringLiteral("smuggled")));
    QCOMPARE(answer.status(), 400);
    QVERIFY2(answer.body().contains(expected.toUtf8()), answer.bytes.constData());
    QVERIFY(answer.closed); // what follows the head is never read as another request
    QCOMPARE(m_client->users().size(), 0);
}

void TestHttpTransport::connectionCloseAndHttp10_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<bool>("closes");
    QTest::newRow("HTTP/1.1, Connection: close") << QByteArray("HTTP/1.1") << QByteArray("close") << true;
    QTest::newRow("HTTP/1.1, Connection: Close") << QByteArray("HTTP/1.1") << QByteArray("Close") << true;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0") << QByteArray() << true;
    QTest::newRow("HTTP/1.1 keeps the connection") << QByteArray("HTTP/1.1") << QByteArray() << false;
    QTest::newRow("HTTP/1.0 asking for keep-alive") << QByteArray("HTTP/1.0") << QByteArray("keep-alive") << false;
}

void TestHttpTransport::connectionCloseAndHttp10()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, connection);
    QFETCH(bool, closes);
    const QByteArray request = "GET /api/v2/heartbeat " + version + "\r\n" + hostHeader(m_root)
                               + (connection.isEmpty() ? QByteArray() : "Connection: " + connection + "\r\n") + "\r\n";
    QTcpSocket socket;
    socket.connectToHost(m_root.host(), quint16(m_root.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request);
    const RawAnswer first = readAnswer(socket);
    QCOMPARE(first.status(), 200);
    QCOMPARE(first.body(), QByteArray(R"({"status":200,"message":"Success."})"));
    if (closes) {
        QVERIFY2(closedWithin(socket, 3000), "the connection stayed open");
        return;
    }
    QVERIFY(!closedWithin(socket, 500));
    socket.write(request);
    QCOMPARE(readAnswer(socket).status(), 200); // the same connection serves the next request
}

void TestHttpTransport::idleAndSlowConnectionsClosed()
{
    START_SANDBOX(sandbox, (QStringList {QStringLiteral("--idle-timeout"), QStringLiteral("1")}));
    const QUrl root = sandbox->rootUrl();
    auto open = [&root](QTcpSocket& socket) {
        socket.connectToHost(root.host(), quint16(root.port()));
        return socket.waitForConnected(5000);
    };

    QTcpSocket silent;
    QVERIFY(open(silent));
    QVERIFY2(closedWithin(silent, 4000), "a connection that sent nothing stayed open");

    // A head trickling in a byte at a time never completes: closed although it is never silent for long.
    QTcpSocket slow;
    QVERIFY(open(slow));
    slow.write("GET /api/v2/heartbeat HTTP/1.1\r\n");
    const QByteArray header = "X-Slow: " + QByteArray(100, 'a') + "\r\n";
    bool closed = false;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < header.size() && !closed && timer.elapsed() < 6000; ++i) {
        slow.write(header.mid(i, 1));
        slow.waitForBytesWritten(100);
        closed = closedWithin(slow, 150);
    }
    QVERIFY2(closed, "a slowly sent head kept its connection open");
    QVERIFY(timer.elapsed() < 4000);

    // Kept alive after an answer, then idle: closed too.
    QTcpSocket idle;
    QVERIFY(open(idle));
    idle.write("GET /api/v2/heartbeat HTTP/1.1\r\n" + hostHeader(root) + "\r\n");
    QCOMPARE(readAnswer(idle).status(), 200);
    QVERIFY2(closedWithin(idle, 4000), "an idle keep-alive connection stayed open");

    // Meanwhile the sandbox serves everyone else.
    QVERIFY(SandboxTestClient(root).alive());
}

void TestHttpTransport::nonLoopbackAddressWarns()
{
    QProcess process;
    process.start(QStringLiteral(VERO_SANDBOX_PATH),
                  {QStringLiteral("--host"),
                   QStringLiteral("0.0.0.0"),
                   QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("--token"),
                   SandboxTestClient::token()});
    process.setReadChannel(QProcess::StandardOutput);
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    const QByteArray line = process.readLine().trimmed();
    // The address really listened on, not a reassuring 127.0.0.1.
    QVERIFY2(line.startsWith("listening on http://0.0.0.0:"), line.constData());
    const QUrl listened(QString::fromUtf8(line.mid(13)));
    QVERIFY(listened.port() > 0);
    const QByteArray warning = "warning: listening on 0.0.0.0 port " + QByteArray::number(listened.port());
    QByteArray log;
    QTRY_VERIFY((log += process.readAllStandardError()).contains(warning));
    QUrl loopback = listened;
    loopback.setHost(QStringLiteral("127.0.0.1"));
    QVERIFY(SandboxTestClient(loopback).alive());
    const RawAnswer rebound
        = exchange(loopback, "GET /api/v2/heartbeat HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
    QCOMPARE(rebound.status(), 403);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_HttpTransport.moc"
