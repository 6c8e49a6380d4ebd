// How vero-sandbox reads a request: JSON and form bodies, JSON text inside form values, the credential in the
// body or the query under either name, and the bodies it refuses (size, UTF-8, JSON syntax, content type).
#include "sandbox/RequestDecoder.h"

#include <QJsonArray>
#include <QTest>

namespace {
QUrl target(const char* pathAndQuery)
{
    return QUrl(QStringLiteral("http://127.0.0.1:1") + QString::fromLatin1(pathAndQuery));
}
} // namespace

class TestRequestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void jsonBody();
    void formBodyWithJsonValues();
    void railsStyleFormNames();
    void credentialNamesAndPlaces_data();
    void credentialNamesAndPlaces();
    void queryFillsWhatTheBodyLacks();
    void refusedBodies_data();
    void refusedBodies();
    void sniffsWithoutContentType();
    void redactedTarget_data();
    void redactedTarget();
};

void TestRequestDecoder::jsonBody()
{
    const RequestDecoder::Result result = RequestDecoder::decode("application/json; charset=utf-8",
                                                                 R"({"id":"1","auth_token":"t","data":{"a":[1,2]}})",
                                                                 target("/api/v2/users/track"));
    QVERIFY(result.ok);
    QCOMPARE(result.params.value(QLatin1String("id")).toString(), QStringLiteral("1"));
    QCOMPARE(result.params.value(QLatin1String("data")).toObject().value(QLatin1String("a")).toArray().size(), 2);
    QVERIFY(!result.params.contains(QLatin1String("auth_token")));
    QCOMPARE(result.credentials, QStringList {QStringLiteral("t")});
    QCOMPARE(result.loggedParams().value(QLatin1String("auth_token")).toString(), QStringLiteral("***"));
}

void TestRequestDecoder::formBodyWithJsonValues()
{
    const RequestDecoder::Result result
        = RequestDecoder::decode("application/x-www-form-urlencoded",
                                 "auth_token=t&id=1234&add=%5B%22prospect%22%5D&remove=[]&event_name=Viewed+product&"
                                 "note=%5Bnot+json&email=a%40b.co",
                                 target("/x"));
    QVERIFY(result.ok);
    QCOMPARE(result.params.value(QLatin1String("id")).toString(), QStringLiteral("1234")); // form values stay text
    QCOMPARE(result.params.value(QLatin1String("add")).toArray(), QJsonArray {QStringLiteral("prospect")});
    QCOMPARE(result.params.value(QLatin1String("remove")).toArray(), QJsonArray());
    QCOMPARE(result.params.value(QLatin1String("event_name")).toString(), QStringLiteral("Viewed product"));
    QCOMPARE(result.params.value(QLatin1String("note")).toString(),
             QStringLiteral("[not json")); // invalid JSON stays text
    QCOMPARE(result.params.value(QLatin1String("email")).toString(), QStringLiteral("a@b.co"));
}

void TestRequestDecoder::railsStyleFormNames()
{
    const RequestDecoder::Result result = RequestDecoder::decode(
        "application/x-www-form-urlencoded", "add[]=a&add[]=b&identity[id]=7&identity[email]=x%40y.z", target("/x"));
    QVERIFY(result.ok);
    QCOMPARE(result.params.value(QLatin1String("add")).toArray(),
             (QJsonArray {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(result.params.value(QLatin1String("identity")).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("x@y.z"));
}

void TestRequestDecoder::credentialNamesAndPlaces_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("credentials");
    QTest::newRow("auth_token in body") << QByteArray(R"({"auth_token":"a"})") << QString()
                                        << QStringList {QStringLiteral("a")};
    QTest::newRow("tracking_api_key in body")
        << QByteArray(R"({"tracking_api_key":"k"})") << QString() << QStringList {QStringLiteral("k")};
    QTest::newRow("auth_token in query") << QByteArray("{}") << QStringLiteral("?auth_token=q")
                                         << QStringList {QStringLiteral("q")};
    QTest::newRow("tracking_api_key in query, percent-encoded")
        << QByteArray("{}") << QStringLiteral("?tracking_api_key=a%2Bb%2F%3D") << QStringList {QStringLiteral("a+b/=")};
    QTest::newRow("both places") << QByteArray(R"({"auth_token":"b"})") << QStringLiteral("?tracking_api_key=q")
                                 << QStringList {QStringLiteral("b"), QStringLiteral("q")};
    QTest::newRow("none") << QByteArray(R"({"token":"x"})") << QStringLiteral("?key=y") << QStringList();
}

void TestRequestDecoder::credentialNamesAndPlaces()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, query);
    QFETCH(QStringList, credentials);
    const RequestDecoder::Result result = RequestDecoder::decode(
        "application/json", body, QUrl(QStringLiteral("http://127.0.0.1:1/api/v2/users/track") + query));
    QVERIFY(result.ok);
    QCOMPARE(result.credentials, credentials);
    QVERIFY(!result.params.contains(QLatin1String("auth_token")));
    QVERIFY(!result.params.contains(QLatin1String("tracking_api_key")));
}

void TestRequestDecoder::queryFillsWhatTheBodyLacks()
{
    const RequestDecoder::Result result
        = RequestDecoder::decode("application/json", R"({"id":"body"})", target("/x?id=query&new_id=n2"));
    QCOMPARE(result.params.value(QLatin1String("id")).toString(), QStringLiteral("body"));
    QCOMPARE(result.params.value(QLatin1String("new_id")).toString(), QStringLiteral("n2"));
}

void TestRequestDecoder::refusedBodies_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed JSON") << QByteArray("application/json") << QByteArray(R"({"id": )")
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("trailing garbage") << QByteArray("application/json") << QByteArray(R"({"id":"1"} x)")
                                      << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("application/json") << QByteArray("[]")
                           << QStringLiteral("must be a JSON object");
    QTest::newRow("number") << QByteArray("application/json") << QByteArray("12")
                            << QStringLiteral("must be a JSON object");
    QTest::newRow("invalid UTF-8 in JSON")
        << QByteArray("application/json") << QByteArray("{\"id\":\"\xc3\x28\"}") << QStringLiteral("UTF-8");
    QTest::newRow("overlong UTF-8") << QByteArray("application/json") << QByteArray("{\"id\":\"\xc0\xaf\"}")
                                    << QStringLiteral("UTF-8");
    QTest::newRow("invalid UTF-8 in form")
        << QByteArray("application/x-www-form-urlencoded") << QByteArray("id=%C3%28") << QStringLiteral("UTF-8");
    QTest::newRow("over 1 MiB") << QByteArray("application/json") << QByteArray(RequestDecoder::MaxBodyBytes + 1, ' ')
                                << QStringLiteral("1 MiB");
    QTest::newRow("XML") << QByteArray("application/xml") << QByteArray("<id>1</id>")
                         << QStringLiteral("not supported");
}

void TestRequestDecoder::refusedBodies()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const RequestDecoder::Result result = RequestDecoder::decode(contentType, body, target("/x"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

void TestRequestDecoder::sniffsWithoutContentType()
{
    QCOMPARE(RequestDecoder::decode(QByteArray(), R"( {"id":"j"})", target("/x"))
                 .params.value(QLatin1String("id"))
                 .toString(),
             QStringLiteral("j"));
    QCOMPARE(RequestDecoder::decode(QByteArray(), "id=f", target("/x")).params.value(QLatin1String("id")).toString(),
             QStringLiteral("f"));
    QVERIFY(RequestDecoder::decode("application/json", QByteArray(), target("/x")).ok); // empty body: no fields
    // Exactly 1 MiB is still allowed.
    QByteArray limit(RequestDecoder::MaxBodyBytes, ' ');
    limit[0] = '{';
    limit[limit.size() - 1] = '}';
    QVERIFY(RequestDecoder::decode("application/json", limit, target("/x")).ok);
}

void TestRequestDecoder::redactedTarget_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no query") << QStringLiteral("/api/v2/users/track") << QStringLiteral("/api/v2/users/track");
    QTest::newRow("auth_token") << QStringLiteral("/a?auth_token=s3cret&x=1")
                                << QStringLiteral("/a?auth_token=***&x=1");
    QTest::newRow("tracking_api_key") << QStringLiteral("/a?x=1&tracking_api_key=s%2B3")
                                      << QStringLiteral("/a?x=1&tracking_api_key=***");
    QTest::newRow("encoded name") << QStringLiteral("/a?auth%5Ftoken=s3cret") << QStringLiteral("/a?auth_token=***");
}

void TestRequestDecoder::redactedTarget()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(RequestDecoder::redactedTarget(QUrl(QStringLiteral("http://h") + url)), expected);
}

QTEST_GUILESS_MAIN(TestRequestDecoder)
#include "tst_RequestDecoder.moc"
