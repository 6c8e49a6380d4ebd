#include "HistoryTestData.h"
#include "core/history/HistoryRequestRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// A history row as curl and JSON: the credential never appears, the curl command reads it from
// $VERO_AUTH_TOKEN, and run through a real shell it reproduces the recorded request.
class tst_HistoryRequestRenderer : public QObject
{
    Q_OBJECT

private slots:
    void curlReproducesTheRequest_data();
    void curlReproducesTheRequest();
    void heartbeatHasNoBodyAndNoCredential();
    void jsonBodyLeavesOutTheCredential();
    void prettyJsonKeepsOtherText();

private:
    // The row as the recorder writes it: built with the real secret, then redacted by the store's rules.
    static HistoryEntry recorded(const OperationInput& input, const Workspace& workspace, const QString& secret);
    // What a POSIX shell passes to curl when it runs `command` (curl replaced by a function printing its
    // arguments one per line).
    static QStringList curlArguments(const QString& command, const QString& token);
};

namespace {
const QString Secret = QStringLiteral("s3cr3t-T0ken/with+chars=");
}

HistoryEntry
tst_HistoryRequestRenderer::recorded(const OperationInput& input, const Workspace& workspace, const QString& secret)
{
    const ApiRequest request = RequestBuilder::build(input).request;
    const WireRequest wire = WireRequest::build(request, workspace, secret);
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.setRequest(input, wire.method, wire.url, wire.body);
    entry.redact(secret);
    return entry;
}

QStringList tst_HistoryRequestRenderer::curlArguments(const QString& command, const QString& token)
{
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), token);
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("curl() { printf '%s\\n' \"$@\"; }; ") + command});
    if (!shell.waitForFinished(60000) || shell.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void tst_HistoryRequestRenderer::curlReproducesTheRequest_data()
{
    QTest::addColumn<QString>("credentialName");
    QTest::addColumn<bool>("inQuery");
    QTest::newRow("auth_token in the body") << QStringLiteral("auth_token") << false;
    QTest::newRow("tracking_api_key in the body") << QStringLiteral("tracking_api_key") << false;
    QTest::newRow("auth_token in the query") << QStringLiteral("auth_token") << true;
    QTest::newRow("tracking_api_key in the query") << QStringLiteral("tracking_api_key") << true;
}

void tst_HistoryRequestRenderer::curlReproducesTheRequest()
{
    QFETCH(QString, credentialName);
    QFETCH(bool, inQuery);

    Workspace workspace = HistoryTestData::workspace();
    workspace.credentialName = credentialName;
    workspace.credentialPlacement
        = inQuery ? Workspace::CredentialPlacement::Query : Workspace::CredentialPlacement::Body;
    // A quote in the data checks the shell quoting too.
    const HistoryEntry entry
        = recorded(HistoryTestData::identify(
                       QStringLiteral("u1"), QStringLiteral("a@example.com"), QStringLiteral("{\"name\":\"O'Brien\"}")),
                   workspace,
                   Secret);
    QVERIFY(!entry.requestBody.contains(Secret));

    const QString curl = HistoryRequestRenderer::toCurl(entry);
    QVERIFY2(!curl.contains(Secret), qPrintable(curl));
    QVERIFY2(curl.contains(QLatin1String("$VERO_AUTH_TOKEN")), qPrintable(curl));
    QVERIFY2(!curl.contains(QLatin1String("***")), qPrintable(curl));
    if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty()) {
        QSKIP("no POSIX shell");
    }

    const QStringList arguments = curlArguments(curl, QStringLiteral("run-time-token"));
    QVERIFY2(!arguments.isEmpty(), qPrintable(curl));
    QCOMPARE(arguments.at(0), QStringLiteral("--request"));
    QCOMPARE(arguments.at(1), QStringLiteral("POST"));
    QVERIFY(arguments.contains(QStringLiteral("Content-Type: application/json")));
    const QString url = arguments.last();
    const int dataAt = int(arguments.indexOf(QStringLiteral("--data")));
    QVERIFY(dataAt > 0);
    const QJsonObject body = QJsonDocument::fromJson(arguments.at(dataAt + 1).toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("u1"));
    QCOMPARE(body.value(QLatin1String("data")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("O'Brien"));
    if (inQuery) {
        QVERIFY2(url.contains(credentialName + QStringLiteral("=run-time-token")), qPrintable(url));
        QVERIFY(!body.contains(credentialName));
    } else {
        QCOMPARE(body.value(credentialName).toString(), QStringLiteral("run-time-token"));
        QVERIFY(!url.contains(credentialName));
    }
    QVERIFY(url.startsWith(QLatin1String("https://api.example.test/api/v2/users/track")));
}

void tst_HistoryRequestRenderer::heartbeatHasNoBodyAndNoCredential()
{
    const HistoryEntry entry
        = recorded(HistoryTestData::simple(Operation::Heartbeat, QString()), HistoryTestData::workspace(), Secret);
    const QString curl = HistoryRequestRenderer::toCurl(entry);
    QVERIFY2(curl.startsWith(QLatin1String("curl --request GET")), qPrintable(curl));
    QVERIFY(!curl.contains(QLatin1String("--data")));
    QVERIFY(!curl.contains(QLatin1String("VERO_AUTH_TOKEN")));
    QVERIFY(HistoryRequestRenderer::jsonBody(entry).isEmpty());
}

void tst_HistoryRequestRenderer::jsonBodyLeavesOutTheCredential()
{
    const HistoryEntry entry = recorded(
        HistoryTestData::tags(QStringLiteral("u7"), {QStringLiteral("vip")}), HistoryTestData::workspace(), Secret);
    QVERIFY(entry.requestBody.contains(QLatin1String("auth_token")));
    const QString json = HistoryRequestRenderer::jsonBody(entry);
    QVERIFY(!json.contains(QLatin1String("auth_token")));
    QVERIFY(!json.contains(Secret));
    QVERIFY2(json.contains(QLatin1Char('\n')), "indented");
    const QJsonObject body = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("u7"));
    QCOMPARE(body.value(QLatin1String("add")).toArray().first().toString(), QStringLiteral("vip"));
}

void tst_HistoryRequestRenderer::prettyJsonKeepsOtherText()
{
    QCOMPARE(HistoryRequestRenderer::prettyJson(QStringLiteral("<html>Bad gateway</html>")),
             QStringLiteral("<html>Bad gateway</html>"));
    QCOMPARE(HistoryRequestRenderer::prettyJson(QStringLiteral(R"({"status":200,"message":"Success."})")),
             QStringLiteral("{\n    \"message\": \"Success.\",\n    \"status\": 200\n}"));
    QCOMPARE(HistoryRequestRenderer::prettyJson(QString()), QString());
}

QTEST_GUILESS_MAIN(tst_HistoryRequestRenderer)
#include "tst_HistoryRequestRenderer.moc"
