// RequestGate alone: which Host values name the sandbox, and what the headers alone refuse (origin, host,
// framing, declared size) before any body is read.
#include "sandbox/RequestGate.h"

#include <QNetworkInterface>
#include <QTest>

namespace {

constexpr quint16 Port = 8787;
constexpr qint64 Limit = 1024 * 1024;

SandboxRequest request(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& version = "HTTP/1.1")
{
    SandboxRequest r;
    r.method = "POST";
    r.target = "/api/v2/users/track";
    r.httpVersion = version;
    r.headers = headers;
    return r;
}

QPair<QByteArray, QByteArray> host(const QByteArray& value = "127.0.0.1:8787")
{
    return {QByteArrayLiteral("Host"), value};
}

} // namespace

class TestRequestGate : public QObject
{
    Q_OBJECT

private slots:
    void hosts_data();
    void hosts();
    void anyAddressAcceptsThisMachinesAddresses();
    void screen_data();
    void screen();
};

void TestRequestGate::hosts_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << true;
    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:8787") << true;
    QTest::newRow("localhost") << QByteArray("localhost") << true;
    QTest::newRow("Localhost:port") << QByteArray("Localhost:8787") << true;
    QTest::newRow("[::1]") << QByteArray("[::1]") << true;
    QTest::newRow("[::1]:port") << QByteArray("[::1]:8787") << true;
    QTest::newRow("spaces around") << QByteArray(" localhost:8787 ") << true;
    QTest::newRow("another port") << QByteArray("localhost:8788") << false;
    QTest::newRow("port 0") << QByteArray("localhost:0") << false;
    QTest::newRow("empty port") << QByteArray("localhost:") << false;
    QTest::newRow("port with a sign") << QByteArray("localhost:+8787") << false;
    QTest::newRow("a domain") << QByteArray("attacker.example") << false;
    QTest::newRow("a subdomain of localhost") << QByteArray("evil.localhost") << false;
    QTest::newRow("localhost as a prefix") << QByteArray("localhost.attacker.example:8787") << false;
    QTest::newRow("::1 without brackets") << QByteArray("::1") << false;
    QTest::newRow("unclosed bracket") << QByteArray("[::1:8787") << false;
    QTest::newRow("another loopback address") << QByteArray("127.0.0.2") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestRequestGate::hosts()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, allowed);
    const RequestGate gate(QHostAddress(QHostAddress::LocalHost), Port, Limit);
    QCOMPARE(gate.allowsHost(value), allowed);
}

void TestRequestGate::anyAddressAcceptsThisMachinesAddresses()
{
    const RequestGate gate(QHostAddress(QHostAddress::AnyIPv4), Port, Limit);
    QVERIFY(gate.allowsHost("0.0.0.0:8787")); // the address it listens on, as printed
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            QVERIFY2(gate.allowsHost(address.toString().toLatin1()), qPrintable(address.toString()));
        }
    }
    QVERIFY(!gate.allowsHost("attacker.example"));
    // A specific address: that one and the loopback names, not the machine's others.
    const RequestGate specific(QHostAddress(QStringLiteral("192.0.2.7")), Port, Limit);
    QVERIFY(specific.allowsHost("192.0.2.7:8787"));
    QVERIFY(specific.allowsHost("localhost"));
    QVERIFY(!specific.allowsHost("192.0.2.8"));
}

void TestRequestGate::screen_data()
{
    QTest::addColumn<SandboxRequest>("request");
    QTest::addColumn<int>("status"); // 0: let through
    QTest::addColumn<QString>("expected");
    const QByteArray cl("Content-Length");
    const QByteArray te("Transfer-Encoding");
    QTest::newRow("plain") << request({host(), {cl, "10"}}) << 0 << QString();
    QTest::newRow("no body") << request({host()}) << 0 << QString();
    QTest::newRow("chunked") << request({host(), {te, "chunked"}}) << 0 << QString();
    QTest::newRow("Chunked") << request({host(), {te, " Chunked "}}) << 0 << QString();
    QTest::newRow("the same length twice") << request({host(), {cl, "10"}, {cl, "10"}}) << 0 << QString();
    QTest::newRow("exactly the limit") << request({host(), {cl, QByteArray::number(Limit)}}) << 0 << QString();
    QTest::newRow("HTTP/1.0 without Host") << request({}, "HTTP/1.0") << 0 << QString();
    QTest::newRow("Origin") << request({host(), {"Origin", "http://evil.example"}}) << 403
                            << QStringLiteral("Origin header");
    QTest::newRow("Origin null") << request({host(), {"origin", "null"}}) << 403 << QStringLiteral("Origin header");
    QTest::newRow("foreign Host") << request({host("evil.example")}) << 403
                                  << QStringLiteral("\"evil.example\" is not this sandbox's address");
    QTest::newRow("HTTP/1.1 without Host") << request({}) << 400 << QStringLiteral("requires a Host header");
    QTest::newRow("two Hosts") << request({host(), host("evil.example")}) << 400
                               << QStringLiteral("more than one Host");
    QTest::newRow("two lengths") << request({host(), {cl, "10"}, {cl, "11"}}) << 400
                                 << QStringLiteral("conflicting Content-Length");
    QTest::newRow("a list of lengths") << request({host(), {cl, "10, 11"}}) << 400
                                       << QStringLiteral("conflicting Content-Length");
    QTest::newRow("length not a number") << request({host(), {cl, "ten"}}) << 400 << QStringLiteral("not a number");
    QTest::newRow("negative length") << request({host(), {cl, "-1"}}) << 400 << QStringLiteral("not a number");
    QTest::newRow("length and chunked") << request({host(), {cl, "10"}, {te, "chunked"}}) << 400
                                        << QStringLiteral("Content-Length and Transfer-Encoding together");
    QTest::newRow("gzip") << request({host(), {te, "gzip, chunked"}}) << 400 << QStringLiteral("not supported");
    QTest::newRow("chunked twice") << request({host(), {te, "chunked"}, {te, "chunked"}}) << 400
                                   << QStringLiteral("not supported");
    QTest::newRow("over the limit") << request({host(), {cl, QByteArray::number(Limit + 1)}}) << 413
                                    << QStringLiteral("The request body is 1048577 bytes; the limit is 1 MiB");
    QTest::newRow("512 MB") << request({host(), {cl, "536870912"}}) << 413 << QStringLiteral("It was not read");
}

void TestRequestGate::screen()
{
    QFETCH(SandboxRequest, request);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const RequestGate gate(QHostAddress(QHostAddress::LocalHost), Port, Limit);
    const std::optional<SandboxReply> refusal = gate.screen(request);
    if (status == 0) {
        QVERIFY2(!refusal, refusal ? qPrintable(refusal->message) : "");
        return;
    }
    QVERIFY(refusal);
    QCOMPARE(refusal->status, status);
    QVERIFY2(refusal->message.contains(expected), qPrintable(refusal->message));
    QVERIFY(refusal->body.startsWith(QByteArray("{\"status\":" + QByteArray::number(status) + ",\"message\":")));
    // The connection is not reused: the rest of the request is never read.
    QVERIFY(refusal->headers.contains(qMakePair(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"))));
}

QTEST_GUILESS_MAIN(TestRequestGate)
#include "tst_RequestGate.moc"
