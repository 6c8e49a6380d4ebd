#include "HttpTestServer.h"
#include "VeroRequire.h"
#include "core/api/RequestBuilder.h"
#include "core/api/RequestRenderer.h"
#include "core/api/VeroClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(Workspace::CredentialPlacement)

namespace {
ApiRequest tagsRequest()
{
    OperationInput input;
    input.operation = Operation::TagsEdit;
    input.id = QStringLiteral("O'Brien");
    input.tagsAdd = QStringList {QStringLiteral("it's new")};
    return RequestBuilder::build(input).request;
}
} // namespace

// Dry runs and "copy as curl": exactly the request that would go out, never the credential.
class tst_RequestRenderer : public QObject
{
    Q_OBJECT
private slots:
    void jsonShowsRequestWithCredentialMasked();
    void jsonMasksCredentialInQuery();
    void curlReadsCredentialFromEnvironment();
    void curlCommandReproducesTheRequest_data();
    void curlCommandReproducesTheRequest();
};

void tst_RequestRenderer::jsonShowsRequestWithCredentialMasked()
{
    Workspace workspace;
    workspace.name = QStringLiteral("prod");
    const QJsonObject json = RequestRenderer::toJson(tagsRequest(), workspace);
    QCOMPARE(json.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(json.value(QLatin1String("url")).toString(),
             QStringLiteral("https://api.getvero.com/api/v2/users/tags/edit"));
    QCOMPARE(json.value(QLatin1String("headers")).toObject().value(QLatin1String("Content-Type")).toString(),
             QStringLiteral("application/json"));
    const QJsonObject body = json.value(QLatin1String("body")).toObject();
    QCOMPARE(body.value(QLatin1String("auth_token")).toString(), QStringLiteral("***"));
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("O'Brien"));
    QCOMPARE(body.value(QLatin1String("add")).toArray().first().toString(), QStringLiteral("it's new"));
}

void tst_RequestRenderer::jsonMasksCredentialInQuery()
{
    Workspace workspace;
    workspace.name = QStringLiteral("prod");
    workspace.credentialName = QStringLiteral("tracking_api_key");
    workspace.credentialPlacement = Workspace::CredentialPlacement::Query;
    OperationInput input;
    input.operation = Operation::Heartbeat;
    QCOMPARE(RequestRenderer::toJson(RequestBuilder::build(input).request, workspace).value(QLatin1String("body")),
             QJsonValue(QJsonValue::Null));
    const QJsonObject json = RequestRenderer::toJson(tagsRequest(), workspace);
    QCOMPARE(json.value(QLatin1String("url")).toString(),
             QStringLiteral("https://api.getvero.com/api/v2/users/tags/edit?tracking_api_key=***"));
    QVERIFY(!json.value(QLatin1String("body")).toObject().contains(QLatin1String("tracking_api_key")));
}

void tst_RequestRenderer::curlReadsCredentialFromEnvironment()
{
    Workspace workspace;
    workspace.name = QStringLiteral("prod");
    const QString curl = RequestRenderer::toCurl(tagsRequest(), workspace);
    QVERIFY(curl.startsWith(QStringLiteral("curl --globoff --request PUT ")));
    const QString spliced
        = QStringLiteral("\"auth_token\":\"'\"$(printf '%s' \"${VERO_AUTH_TOKEN:?}\" | sed 's/[\\\\\"]/\\\\&/g')\"'\"");
    QVERIFY2(curl.contains(spliced), qPrintable(curl));
    QVERIFY(!curl.contains(QStringLiteral("***")));

    workspace.credentialPlacement = Workspace::CredentialPlacement::Query;
    const QString query = RequestRenderer::toCurl(tagsRequest(), workspace);
    const QString ending
        = QStringLiteral("'https://api.getvero.com/api/v2/users/tags/edit?auth_token='\"$(printf '%s' "
                         "\"${VERO_AUTH_TOKEN:?}\" | od -An -v -tu1 | awk '{for(i=1;i<=NF;i++){c=$i+0;");
    QVERIFY2(query.contains(ending), qPrintable(query));
    QVERIFY2(query.endsWith(QStringLiteral("}')\"''")), qPrintable(query));
}

void tst_RequestRenderer::curlCommandReproducesTheRequest_data()
{
    QTest::addColumn<Workspace::CredentialPlacement>("placement");
    QTest::addColumn<QString>("token");
    for (const auto placement : {Workspace::CredentialPlacement::Body, Workspace::CredentialPlacement::Query}) {
        const char* where = placement == Workspace::CredentialPlacement::Body ? "body" : "query";
        QTest::addRow("%s, URL-safe", where) << placement << QStringLiteral("tok-en_42.~");
        QTest::addRow("%s, & + %% / =", where) << placement << QStringLiteral("a&b+c%2Fd/e=f==");
        QTest::addRow("%s, quotes and shell", where) << placement << QStringLiteral("q\"u'o\\te$HOME`id`$(id)");
        QTest::addRow("%s, non-ASCII", where) << placement << QStringLiteral("w\u00f6rd\u20ac\U0001F600/=");
    }
}

// Runs the rendered command in a real shell against a loopback server and compares what arrived, byte for byte,
// with what VeroClient sends for the same request: method, path and query, body.
void tst_RequestRenderer::curlCommandReproducesTheRequest()
{
    QFETCH(Workspace::CredentialPlacement, placement);
    QFETCH(QString, token);
    VERO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
                 QStringLiteral("curl is not installed"));
    HttpTestServer server;
    QVERIFY(server.listen());
    Workspace workspace;
    workspace.name = QStringLiteral("local");
    workspace.baseUrl = server.baseUrl();
    workspace.credentialPlacement = placement;
    // User data that a placeholder or the shell could turn into something else.
    OperationInput input;
    input.operation = Operation::TrackEvent;
    input.id = QStringLiteral("O'Brien $VERO_AUTH_TOKEN");
    input.eventName = QStringLiteral("VERO_CREDENTIAL_PLACEHOLDER_2f9c `id` $(id) ${HOME}");
    input.data
        = QStringLiteral("{\"note\":\"it's \\\"quoted\\\" \\\\ back\u202eslash \u00e9\",\"n\":9007199254740993}");
    const ApiRequest request = RequestBuilder::build(input).request;

    VeroClient client;
    QSignalSpy finished(&client, &VeroClient::finished);
    client.send(request, workspace, token);
    QVERIFY(finished.wait(10000));

    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), token);
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("sh"),
                {QStringLiteral("-c"), RequestRenderer::toCurl(request, workspace) + QStringLiteral(" --silent")});
    // The server lives on this thread: wait with the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 10000);
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    QCOMPARE(server.requests().size(), 2);
    const HttpTestServer::Request sent = server.requests().at(0);
    const HttpTestServer::Request curled = server.requests().at(1);
    QCOMPARE(curled.method, sent.method);
    QCOMPARE(curled.target, sent.target);
    QCOMPARE(curled.body, sent.body);
    // And what arrived is the credential and the data as given.
    const QJsonObject body = curled.json();
    if (placement == Workspace::CredentialPlacement::Body) {
        QCOMPARE(body.value(QLatin1String("auth_token")).toString(), token);
    } else {
        QCOMPARE(curled.query.queryItemValue(QStringLiteral("auth_token"), QUrl::FullyDecoded), token);
    }
    QCOMPARE(body.value(QLatin1String("identity")).toObject().value(QLatin1String("id")).toString(), input.id);
    QCOMPARE(body.value(QLatin1String("event_name")).toString(), input.eventName);
}

QTEST_GUILESS_MAIN(tst_RequestRenderer)
#include "tst_RequestRenderer.moc"
