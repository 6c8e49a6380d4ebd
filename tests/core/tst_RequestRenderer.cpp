#include "HttpTestServer.h"
#include "VeroRequire.h"
#include "core/api/RequestBuilder.h"
#include "core/api/RequestRenderer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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
    QVERIFY(curl.startsWith(QStringLiteral("curl --request PUT ")));
    QVERIFY2(curl.contains(QStringLiteral("\"auth_token\":\"'\"$VERO_AUTH_TOKEN\"'\"")), qPrintable(curl));
    QVERIFY(!curl.contains(QStringLiteral("***")));
}

void tst_RequestRenderer::curlCommandReproducesTheRequest_data()
{
    QTest::addColumn<Workspace::CredentialPlacement>("placement");
    QTest::newRow("credential in body") << Workspace::CredentialPlacement::Body;
    QTest::newRow("credential in query") << Workspace::CredentialPlacement::Query;
}

// Runs the rendered command in a real shell against a loopback server: quoting, the credential expansion and
// the body must all survive.
void tst_RequestRenderer::curlCommandReproducesTheRequest()
{
    QFETCH(Workspace::CredentialPlacement, placement);
    VERO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
                 QStringLiteral("curl is not installed"));
    HttpTestServer server;
    QVERIFY(server.listen());
    Workspace workspace;
    workspace.name = QStringLiteral("local");
    workspace.baseUrl = server.baseUrl();
    workspace.credentialPlacement = placement;

    // In the body any character survives; in a URL the token is used as typed, so keep it URL-safe there.
    const QString token = placement == Workspace::CredentialPlacement::Body ? QStringLiteral("tok'en+/= $HOME")
                                                                            : QStringLiteral("tok-en_42");
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), token);
    shell.setProcessEnvironment(environment);
    shell.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), RequestRenderer::toCurl(tagsRequest(), workspace) + QStringLiteral(" --silent")});
    // The server lives on this thread: wait with the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 10000);
    QCOMPARE(shell.exitCode(), 0);
    QCOMPARE(server.requests().size(), 1);
    const HttpTestServer::Request request = server.requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/users/tags/edit"));
    QCOMPARE(request.json().value(QLatin1String("id")).toString(), QStringLiteral("O'Brien"));
    QCOMPARE(request.json().value(QLatin1String("add")).toArray().first().toString(), QStringLiteral("it's new"));
    if (placement == Workspace::CredentialPlacement::Body) {
        QCOMPARE(request.json().value(QLatin1String("auth_token")).toString(), token);
    } else {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("auth_token")), token);
    }
}

QTEST_GUILESS_MAIN(tst_RequestRenderer)
#include "tst_RequestRenderer.moc"
