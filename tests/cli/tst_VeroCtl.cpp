#include "HttpTestServer.h"
#include "UnusedPort.h"
#include "VeroCtlRunner.h"
#include "VeroRequire.h"
#include "core/api/WireRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString Token = QStringLiteral("veroctl-secret-token-93b1");
using Run = VeroCtlRunner::Run;
} // namespace

// veroctl as users script it: run as a process against a loopback server, checking exit codes, output formats
// and that the credential never appears in anything it prints.
class tst_VeroCtl : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void identifySendsAndSucceeds();
    void exitCodes_data();
    void exitCodes();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void argumentsThatAreNotUtf8AreRefused();
    void timeoutIsANetworkFailure();
    void connectionRefusedIsANetworkFailure();
    void dryRunPrintsCurl();
    void dryRunPrintsJson();
    void jsonResultOnSend();
    void credentialOptions();
    void tokenFile();
    void deleteNeedsConfirmation();
    void tagsAndEventOptions();
    void workspaceCommands();
    void workspaceTokenInKeychain();
    void helpDocumentsExitCodes();
    void eventHelpDocumentsNoDuplicates();

private:
    Run veroctl(const QStringList& arguments, const QByteArray& input = {}, bool withToken = true);
    QStringList base() const { return {QStringLiteral("--base-url"), m_server->baseUrl().toString()}; }

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_VeroCtl::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
}

void tst_VeroCtl::cleanup()
{
    m_server.reset();
}

Run tst_VeroCtl::veroctl(const QStringList& arguments, const QByteArray& input, bool withToken)
{
    // Whatever happens, the credential never shows: the runner fails the exit code of a run that prints it.
    VeroCtlRunner runner(m_home->path());
    runner.setToken(withToken ? Token : QString());
    return runner.run(arguments, input);
}

void tst_VeroCtl::identifySendsAndSucceeds()
{
    const Run run = veroctl(base()
                            + QStringList {QStringLiteral("identify"),
                                           QStringLiteral("--id"),
                                           QStringLiteral("1234"),
                                           QStringLiteral("--email"),
                                           QStringLiteral("test@getvero.com"),
                                           QStringLiteral("--phone"),
                                           QStringLiteral("+1 555 0100"),
                                           QStringLiteral("--data"),
                                           QStringLiteral(R"({"first_name":"John"})"),
                                           QStringLiteral("--channel"),
                                           QStringLiteral("push,UNIQUE_DEVICE_TOKEN,android"),
                                           QStringLiteral("--channel"),
                                           QStringLiteral("push,a,b,ios")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("200 Success. (")), qPrintable(run.out));
    QCOMPARE(m_server->requests().size(), 1);
    const HttpTestServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/users/track"));
    const QJsonObject expected = QJsonDocument::fromJson(R"({"auth_token":"veroctl-secret-token-93b1","id":"1234",
        "email":"test@getvero.com","phone_number":"+1 555 0100","data":{"first_name":"John"},
        "channels":[{"type":"push","address":"UNIQUE_DEVICE_TOKEN","platform":"android"},
                    {"type":"push","address":"a,b","platform":"ios"}]})")
                                     .object();
    QCOMPARE(request.json(), expected);
}

void tst_VeroCtl::exitCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("200") << 200 << QByteArray(R"({"status":200,"message":"Success."})") << 0 << QString();
    QTest::newRow("400") << 400 << QByteArray(R"({"status":400,"message":"id is invalid"})") << 1
                         << QStringLiteral("400 id is invalid");
    QTest::newRow("401") << 401 << QByteArray("<html>nope</html>") << 1 << QStringLiteral("rejected the credential");
    QTest::newRow("404") << 404 << QByteArray() << 1 << QStringLiteral("404");
    QTest::newRow("500") << 500 << QByteArray(R"({"status":500,"message":"boom"})") << 3 << QStringLiteral("500 boom");
    QTest::newRow("503") << 503 << QByteArray() << 3 << QStringLiteral("try again later");
}

void tst_VeroCtl::exitCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    m_server->setResponse({status, "application/json", body, false, {}});
    const Run run
        = veroctl(base() + QStringList {QStringLiteral("unsubscribe"), QStringLiteral("--id"), QStringLiteral("7")});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(m_server->requests().size(), 1);
    if (!stderrContains.isEmpty()) {
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    }
}

void tst_VeroCtl::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("invalid email") << QStringList {"identify", "--email", "john@"} << true
                                   << "email: Email is not a valid address.";
    QTest::newRow("no id or email") << QStringList {"identify"} << true
                                    << "id: Give the user id or the email (or both).";
    QTest::newRow("data not JSON") << QStringList {"identify", "--id", "1", "--data", "{oops"} << true
                                   << "data is not valid JSON";
    QTest::newRow("bad channel") << QStringList {"identify", "--id", "1", "--channel", "push"} << true
                                 << "--channel expects type,address,platform";
    QTest::newRow("edit without changes")
        << QStringList {"edit", "--id", "1"} << true << "changes: Changes is required.";
    QTest::newRow("alias same id") << QStringList {"alias", "--id", "1", "--new-id", "1"} << true
                                   << "new_id: The new id must differ from the current id.";
    QTest::newRow("tags nothing to do") << QStringList {"tags", "--id", "1"} << true
                                        << "add: Tags to add: give at least one tag (or one to remove).";
    QTest::newRow("tag in both") << QStringList {"tags", "--id", "1", "--add", "x", "--remove", "x"} << true
                                 << "both added and removed";
    QTest::newRow("event without name") << QStringList {"event", "--id", "1"} << true
                                        << "event_name: Event name is required.";
    QTest::newRow("no credential") << QStringList {"unsubscribe", "--id", "1"} << false << "No credential";
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << true << "Unknown command \"frobnicate\"";
    QTest::newRow("unknown option") << QStringList {"unsubscribe", "--id", "1", "--colour", "red"} << true
                                    << "Unknown option 'colour'";
    QTest::newRow("bad credential-in") << QStringList {"unsubscribe", "--id", "1", "--credential-in", "header"} << true
                                       << "--credential-in must be body or query.";
    QTest::newRow("bad credential-name") << QStringList {"unsubscribe", "--id", "1", "--credential-name", "key"} << true
                                         << "auth_token or tracking_api_key";
    QTest::newRow("bad timeout") << QStringList {"unsubscribe", "--id", "1", "--timeout", "soon"} << true
                                 << "--timeout must be a whole number";
    QTest::newRow("unknown workspace") << QStringList {"unsubscribe", "--id", "1", "--workspace", "nope"} << true
                                       << "There is no workspace named \"nope\"";
    QTest::newRow("missing token file") << QStringList {"unsubscribe", "--id", "1", "--token-file", "/nonexistent"}
                                        << true << "Cannot read the token file /nonexistent";
    QTest::newRow("missing CA file") << QStringList {"unsubscribe", "--id", "1", "--ca-file", "/nonexistent.pem"}
                                     << true << "/nonexistent.pem cannot be read";
    // Hostile and mistaken command lines: each refused, in words, before anything is sent.
    QTest::newRow("unknown command with options")
        << QStringList {"frobnicate", "--id", "1", "--colour", "red"} << true << "Unknown command \"frobnicate\"";
    QTest::newRow("command name in the wrong case")
        << QStringList {"Identify", "--id", "1"} << true << "Unknown command \"Identify\"";
    QTest::newRow("repeated --id") << QStringList {"delete", "--id", "A", "--id", "B", "--yes"} << true
                                   << "--id is given more than once; give it once. Nothing was sent.";
    QTest::newRow("repeated --id=") << QStringList {"unsubscribe", "--id=A", "--id=B"} << true
                                    << "--id is given more than once";
    QTest::newRow("repeated --base-url") << QStringList {"unsubscribe",
                                                         "--id",
                                                         "1",
                                                         "--base-url",
                                                         "https://x.example",
                                                         "--base-url",
                                                         "https://y.example"}
                                         << true << "--base-url is given more than once";
    QTest::newRow("repeated --data") << QStringList {"identify", "--id", "1", "--data", "{}", "--data", "{\"a\":1}"}
                                     << true << "--data is given more than once";
    QTest::newRow("repeated --name") << QStringList {"event", "--id", "1", "--name", "a", "--name", "b"} << true
                                     << "--name is given more than once";
    QTest::newRow("repeated --token-file")
        << QStringList {"unsubscribe", "--id", "1", "--token-file", "/a", "--token-file", "/b"} << true
        << "--token-file is given more than once";
    QTest::newRow("repeated --json") << QStringList {"unsubscribe", "--id", "1", "--json", "--json"} << true
                                     << "--json is given more than once";
    QTest::newRow("2^64 in --data") << QStringList {"identify", "--id", "1", "--data", "{\"n\":18446744073709551616}"}
                                    << true
                                    << "data holds the number 18446744073709551616, which cannot be sent exactly";
    QTest::newRow("2^63 in --changes") << QStringList {"edit", "--id", "1", "--changes", "{\"n\":9223372036854775808}"}
                                       << true << "changes holds the number 9223372036854775808";
    QTest::newRow("2^53+1 as a double in --extras")
        << QStringList {"event", "--id", "1", "--name", "x", "--extras", "{\"check_id\":9007199254740993.0}"} << true
        << "it would go out as 9007199254740992";
    QTest::newRow("1e400 in --data") << QStringList {"identify", "--id", "1", "--data", "{\"n\":1e400}"} << true
                                     << "data is not valid JSON";
    QTest::newRow("timeout overflow") << QStringList {"unsubscribe", "--id", "1", "--timeout", "99999999999"} << true
                                      << "--timeout must be a whole number";
    QTest::newRow("timeout negative") << QStringList {"unsubscribe", "--id", "1", "--timeout", "-1"} << true
                                      << "between 1 and 600 seconds";
    QTest::newRow("base URL javascript:")
        << QStringList {"unsubscribe", "--id", "1", "--base-url", "javascript:alert(1)"} << true
        << "must be a full https:// address";
    QTest::newRow("base URL broken IPv6") << QStringList {"unsubscribe", "--id", "1", "--base-url", "https://[::1"}
                                          << true << "must be a full https:// address";
    QTest::newRow("base URL with a password")
        << QStringList {"unsubscribe", "--id", "1", "--base-url", "https://admin:hunter2pass@api.getvero.com/api/v2"}
        << true << "cannot hold a user name or password";
    QTest::newRow("base URL with a query") << QStringList {"unsubscribe",
                                                           "--id",
                                                           "1",
                                                           "--credential-in",
                                                           "query",
                                                           "--base-url",
                                                           "http://127.0.0.1:9/api/v2?auth_token=hunter2pass"}
                                           << true << "cannot hold a query (?...) or a fragment (#...)";
}

void tst_VeroCtl::badInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withToken);
    QFETCH(QString, stderrContains);
    // Rows about the base URL give their own; the others go to the test server.
    const bool ownBaseUrl = arguments.contains(QLatin1String("--base-url"));
    const Run run = veroctl(ownBaseUrl ? arguments : arguments + base(), {}, withToken);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY2(!run.err.contains(QLatin1String("hunter2pass")), qPrintable(run.err));
}

void tst_VeroCtl::argumentsThatAreNotUtf8AreRefused()
{
    // Qt would read the bad bytes as U+FFFD and send that id; the user meant something else.
    VeroCtlRunner runner(m_home->path());
    runner.setToken(Token);
    const Run run = runner.runShell(QStringLiteral("\"$VEROCTL\" unsubscribe --id \"$(printf 'caf\\351')\" --base-url ")
                                    + m_server->baseUrl().toString());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("Argument 3 is not valid UTF-8 text; nothing was sent.")),
             qPrintable(run.err));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_VeroCtl::timeoutIsANetworkFailure()
{
    m_server->setResponse({200, {}, {}, true, {}});
    const Run run = veroctl(base() + QStringList {"resubscribe", "--id", "1", "--timeout", "1"});
    QCOMPARE(run.exitCode, 3);
    // One second, not "1 seconds": the count picks the plural form.
    QVERIFY2(run.err.contains(QStringLiteral("No answer from 127.0.0.1 within 1 second. ")), qPrintable(run.err));
}

void tst_VeroCtl::connectionRefusedIsANetworkFailure()
{
    const QString url = UnusedPort::baseUrl().toString();
    const Run run = veroctl({"heartbeat", "--base-url", url});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("refused the connection")), qPrintable(run.err));

    const Run remote = veroctl({"heartbeat", "--base-url", "http://api.getvero.com/api/v2"});
    QCOMPARE(remote.exitCode, 2);
    QVERIFY2(remote.err.contains(QStringLiteral("Plain http:// is refused")), qPrintable(remote.err));
}

void tst_VeroCtl::dryRunPrintsCurl()
{
    const Run run = veroctl({"tags", "--id", "1234", "--add", "prospect", "--dry-run"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("curl --globoff --request PUT --header 'Accept: application/json' --header 'User-Agent: "
                            "@UA@' --header 'Accept-Language: en' --header 'Content-Type: "
                            "application/json' --data-binary "
                            "'{\"add\":[\"prospect\"],\"auth_token\":\"'\"$(printf '%s' \"${VERO_AUTH_TOKEN:?}\" | sed "
                            "'s/[\\\\\"]/\\\\&/g')\"'\",\"id\":\"1234\",\"remove\":[]}' "
                            "'https://api.getvero.com/api/v2/users/tags/edit'")
                 .replace(QStringLiteral("@UA@"), QString::fromLatin1(WireRequest::userAgent())));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_VeroCtl::dryRunPrintsJson()
{
    const Run run = veroctl(base()
                            + QStringList {"event",
                                           "--id",
                                           "1234",
                                           "--email",
                                           "john@smith.com",
                                           "--name",
                                           "Viewed product",
                                           "--extras",
                                           R"({"check_id":146273733})",
                                           "--credential-name",
                                           "tracking_api_key",
                                           "--credential-in",
                                           "query",
                                           "--dry-run",
                                           "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.keys(), QStringList({"body", "headers", "method", "url"}));
    QCOMPARE(json.value("method").toString(), QStringLiteral("POST"));
    QCOMPARE(json.value("url").toString(), m_server->baseUrl().toString() + "/events/track?tracking_api_key=***");
    QCOMPARE(json.value("body").toObject(),
             QJsonDocument::fromJson(R"({"identity":{"id":"1234","email":"john@smith.com"},
                 "event_name":"Viewed product","extras":{"check_id":146273733}})")
                 .object());
    QVERIFY(m_server->requests().isEmpty());
}

void tst_VeroCtl::jsonResultOnSend()
{
    m_server->setResponse({401, "application/json", R"({"status":401,"message":"Unauthorized"})", false, {}});
    const Run run = veroctl(base() + QStringList {"delete", "--id", "9", "--yes", "--json"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.keys(), QStringList({"body", "body_cut", "elapsed_ms", "error", "message", "status"}));
    QCOMPARE(json.value("status").toInt(), 401);
    QCOMPARE(json.value("message").toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(json.value("body").toString(), QStringLiteral(R"({"status":401,"message":"Unauthorized"})"));
    QVERIFY(json.value("elapsed_ms").isDouble());
    QVERIFY(json.value("error").toString().contains(QStringLiteral("credential")));

    m_server->setResponse({});
    const Run ok = veroctl(base() + QStringList {"heartbeat", "--json"});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(ok.out.toUtf8()).object().value("error").isNull());
}

void tst_VeroCtl::credentialOptions()
{
    QCOMPARE(veroctl(base()
                     + QStringList {"alias",
                                    "--id",
                                    "123",
                                    "--new-id",
                                    "456",
                                    "--credential-name",
                                    "tracking_api_key",
                                    "--credential-in",
                                    "query"})
                 .exitCode,
             0);
    const HttpTestServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/users/reidentify"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("tracking_api_key")), Token);
    QCOMPARE(request.json(), QJsonDocument::fromJson(R"({"id":"123","new_id":"456"})").object());
}

void tst_VeroCtl::tokenFile()
{
    const QString path = m_home->filePath(QStringLiteral("token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from-file-token\n");
    file.close();
    QCOMPARE(veroctl(base() + QStringList {"resubscribe", "--id", "5", "--token-file", path}).exitCode, 0);
    QCOMPARE(m_server->requests().first().json().value("auth_token").toString(), QStringLiteral("from-file-token"));
}

void tst_VeroCtl::deleteNeedsConfirmation()
{
    // stdin is a pipe here, not a terminal: without --yes nothing may be sent.
    const Run refused = veroctl(base() + QStringList {"delete", "--id", "123"}, "123\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("add --yes")), qPrintable(refused.err));
    QVERIFY(m_server->requests().isEmpty());

    QCOMPARE(veroctl(base() + QStringList {"delete", "--id", "123", "--yes"}).exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/api/v2/users/delete"));
}

void tst_VeroCtl::tagsAndEventOptions()
{
    QCOMPARE(veroctl(base() + QStringList {"tags", "--id", "1", "--add", "a", "--add", "b", "--remove", "c"}).exitCode,
             0);
    QCOMPARE(m_server->requests().last().json(),
             QJsonDocument::fromJson(R"({"auth_token":"veroctl-secret-token-93b1","id":"1","add":["a","b"],
                                         "remove":["c"]})")
                 .object());
    QCOMPARE(veroctl(base() + QStringList {"edit", "--email", "a@b.co", "--changes", R"({"plan":"pro"})"}).exitCode, 0);
    QCOMPARE(m_server->requests().last().method, QByteArray("PUT"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/api/v2/users/edit"));
    QCOMPARE(
        veroctl(base() + QStringList {"event", "--email", "a@b.co", "--name", "Signed up", "--data", R"({"plan":1})"})
            .exitCode,
        0);
    QCOMPARE(m_server->requests().last().json().value("data").toObject().value("plan").toInt(), 1);
}

void tst_VeroCtl::workspaceCommands()
{
    QCOMPARE(veroctl(QStringList {"workspace", "add", "Local", "--credential-in", "query"} + base()).exitCode, 0);
    const Run list = veroctl({"workspace", "list", "--json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray workspaces = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(workspaces.size(), 1);
    QCOMPARE(workspaces.first().toObject().value("name").toString(), QStringLiteral("Local"));
    QCOMPARE(workspaces.first().toObject().value("credential_in").toString(), QStringLiteral("query"));

    // The workspace's base URL and placement are used; the credential comes from a file (the environment's is
    // only taken for a named workspace when the keychain says it has none, and there may be no keychain here).
    const QString tokenFile = m_home->filePath(QStringLiteral("token"));
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Token.toUtf8());
    file.close();
    QCOMPARE(veroctl({"--workspace", "Local", "unsubscribe", "--id", "3", "--token-file", tokenFile}).exitCode, 0);
    QCOMPARE(m_server->requests().first().query.queryItemValue("auth_token"), Token);

    const Run bad = veroctl({"workspace", "add", "Remote", "--base-url", "http://example.com"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("Plain http:// is refused")));

    QCOMPARE(veroctl({"workspace", "remove", "Local"}).exitCode, 0);
    QCOMPARE(veroctl({"workspace", "remove", "Local"}).exitCode, 2);
    QCOMPARE(veroctl({"workspace", "list"}).out, QString());
    QCOMPARE(veroctl({"workspace", "rename", "x"}).exitCode, 2);
}

void tst_VeroCtl::workspaceTokenInKeychain()
{
    const QString name = QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(veroctl(QStringList {"workspace", "add", name} + base()).exitCode, 0);
    const Run stored = veroctl({"workspace", "set-token", name}, "keychain-token-5521\n");
    VERO_REQUIRE(stored.exitCode == 0, QStringLiteral("No keychain here: ") + stored.err);
    QVERIFY(!stored.out.contains(QStringLiteral("keychain-token-5521")));

    QCOMPARE(veroctl({"--workspace", name, "unsubscribe", "--id", "3"}, {}, false).exitCode, 0);
    QCOMPARE(m_server->requests().first().json().value("auth_token").toString(), QStringLiteral("keychain-token-5521"));

    QCOMPARE(veroctl({"workspace", "set-token", name}, "\n").exitCode, 2);
    QCOMPARE(veroctl({"workspace", "remove", name}).exitCode, 0);
}

void tst_VeroCtl::helpDocumentsExitCodes()
{
    const Run help = veroctl({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char* line : {"0  accepted", "1  rejected", "2  bad input", "3  network failure"}) {
        QVERIFY2(help.out.contains(QLatin1String(line)), line);
    }
    const Run identifyHelp = veroctl({"identify", "--help"});
    for (const char* option : {"--id", "--email", "--phone", "--data", "--channel", "--dry-run", "--workspace"}) {
        QVERIFY2(identifyHelp.out.contains(QLatin1String(option)), option);
    }
}

void tst_VeroCtl::eventHelpDocumentsNoDuplicates()
{
    const Run help = veroctl({"event", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--no-duplicates")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QLatin1String("exit code 2")), qPrintable(help.out));
    // Only events are checked for duplicates.
    const Run other = veroctl(base() + QStringList {"unsubscribe", "--id", "1", "--no-duplicates"});
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains(QLatin1String("Unknown option 'no-duplicates'")), qPrintable(other.err));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_VeroCtl)
#include "tst_VeroCtl.moc"
