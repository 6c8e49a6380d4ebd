#include "cli/Console.h"
#include "cli/JsonFormatter.h"
#include "core/api/RequestBuilder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// veroctl --json as scripts parse it: one compact document on standard output per command, nothing on standard
// error, the same keys whatever the outcome, and the credential never in it.
class tst_JsonFormatter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void answer();
    void answerWithADuplicate();
    void refusedBeforeSending();
    void dryRun();
    void workspaces();
    void serverTextCannotActOnATerminal();

private:
    QJsonDocument printed();

    std::unique_ptr<QBuffer> m_out;
    std::unique_ptr<QBuffer> m_err;
    std::unique_ptr<QBuffer> m_in;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<JsonFormatter> m_formatter;
};

void tst_JsonFormatter::init()
{
    // The console writes to the buffers until it goes, so it goes first.
    m_formatter.reset();
    m_console.reset();
    for (std::unique_ptr<QBuffer>* buffer : {&m_out, &m_err, &m_in}) {
        *buffer = std::make_unique<QBuffer>();
        QVERIFY((*buffer)->open(QIODevice::ReadWrite));
    }
    m_console = std::make_unique<Console>(m_out.get(), m_err.get(), m_in.get());
    m_formatter = std::make_unique<JsonFormatter>(*m_console);
}

QJsonDocument tst_JsonFormatter::printed()
{
    m_console->out().flush();
    const QByteArray text = m_out->data();
    // One line, one document.
    if (!text.endsWith('\n') || text.count('\n') != 1) {
        qWarning("not one line: %s", text.constData());
        return {};
    }
    return QJsonDocument::fromJson(text);
}

void tst_JsonFormatter::answer()
{
    SendOutcome outcome;
    outcome.result.status = 401;
    outcome.result.message = QStringLiteral("Unauthorized");
    outcome.result.body = R"({"status":401,"message":"Unauthorized"})";
    outcome.result.elapsedMs = 12;
    outcome.result.error = QStringLiteral("The service rejected the credential.");
    m_formatter->outcome(outcome);
    const QJsonObject json = printed().object();
    QCOMPARE(json.keys(),
             QStringList({QStringLiteral("body"),
                          QStringLiteral("body_cut"),
                          QStringLiteral("elapsed_ms"),
                          QStringLiteral("error"),
                          QStringLiteral("message"),
                          QStringLiteral("status")}));
    QCOMPARE(json.value(QLatin1String("status")).toInt(), 401);
    QCOMPARE(json.value(QLatin1String("body")).toString(), QString::fromUtf8(outcome.result.body));
    QCOMPARE(json.value(QLatin1String("elapsed_ms")).toInt(), 12);
    QCOMPARE(json.value(QLatin1String("error")).toString(), outcome.result.error);
    QVERIFY(m_err->data().isEmpty());

    init();
    SendOutcome accepted;
    accepted.result.status = 200;
    m_formatter->outcome(accepted);
    QVERIFY(printed().object().value(QLatin1String("error")).isNull()); // null, not "", when all went well
}

void tst_JsonFormatter::answerWithADuplicate()
{
    SendOutcome outcome;
    outcome.result.status = 200;
    DuplicateEvent duplicate;
    duplicate.earlier.id = 41;
    duplicate.secondsAgo = 75;
    outcome.duplicate = duplicate;
    outcome.duplicateMessage = QStringLiteral("u1 got the event \"x\" with the same data 75 seconds ago.");
    m_formatter->outcome(outcome);
    const QJsonObject json = printed().object();
    QCOMPARE(json.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(json.value(QLatin1String("duplicate")).toObject(),
             QJsonObject({{QStringLiteral("earlier_id"), 41},
                          {QStringLiteral("seconds_ago"), 75},
                          {QStringLiteral("message"), outcome.duplicateMessage}}));
}

void tst_JsonFormatter::refusedBeforeSending()
{
    SendOutcome outcome;
    outcome.refused = true;
    outcome.result.sent = false;
    outcome.result.error = QStringLiteral("Nothing was sent (--no-duplicates).");
    m_formatter->outcome(outcome);
    const QJsonObject json = printed().object();
    QCOMPARE(json.value(QLatin1String("status")).toInt(-1), 0);
    QCOMPARE(json.value(QLatin1String("error")).toString(), outcome.result.error);
    QCOMPARE(json.value(QLatin1String("elapsed_ms")).toInt(-1), 0);
}

void tst_JsonFormatter::dryRun()
{
    OperationInput input;
    input.operation = Operation::Unsubscribe;
    input.id = QStringLiteral("7");
    const RequestBuilder::Result built = RequestBuilder::build(input);
    QVERIFY(built.ok());
    Workspace workspace;
    workspace.name = QStringLiteral("w");
    workspace.credentialPlacement = Workspace::CredentialPlacement::Query;
    m_formatter->request(built.request, workspace);
    const QJsonObject json = printed().object();
    QCOMPARE(json.keys(),
             QStringList(
                 {QStringLiteral("body"), QStringLiteral("headers"), QStringLiteral("method"), QStringLiteral("url")}));
    QCOMPARE(json.value(QLatin1String("url")).toString(),
             QStringLiteral("https://api.getvero.com/api/v2/users/unsubscribe?auth_token=***"));
    QCOMPARE(json.value(QLatin1String("body")).toObject(), QJsonObject({{QStringLiteral("id"), QStringLiteral("7")}}));
}

void tst_JsonFormatter::workspaces()
{
    Workspace local;
    local.name = QStringLiteral("Local");
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8787/api/v2"));
    local.credentialPlacement = Workspace::CredentialPlacement::Query;
    local.caFile = QStringLiteral("/etc/ca.pem");
    m_formatter->workspaces({local, Workspace()});
    const QJsonArray array = printed().array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.first().toObject(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("Local")},
                          {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8787/api/v2")},
                          {QStringLiteral("credential_name"), QStringLiteral("auth_token")},
                          {QStringLiteral("credential_in"), QStringLiteral("query")},
                          {QStringLiteral("timeout"), Workspace::DefaultTimeoutSeconds},
                          {QStringLiteral("ca_file"), QStringLiteral("/etc/ca.pem")}}));

    init();
    m_formatter->workspaces({});
    QCOMPARE(printed().array(), QJsonArray()); // [] rather than nothing: still a document to parse
}

void tst_JsonFormatter::serverTextCannotActOnATerminal()
{
    SendOutcome outcome;
    outcome.result.status = 200;
    outcome.result.message = QStringLiteral("\x1b[2J") + QChar(0x9B) + QStringLiteral("31m") + QChar(0x202E);
    outcome.result.body = "{\"message\":\"\x1b[2J\xc2\x9b"
                          "31m\"}";
    outcome.result.bodyCut = true;
    m_formatter->outcome(outcome);
    m_console->out().flush();
    const QByteArray bytes = m_out->data();
    for (const QByteArray& acting : {QByteArray("\x1b"), QByteArray("\xc2\x9b"), QByteArray("\xe2\x80\xae")}) {
        QVERIFY2(!bytes.contains(acting), bytes.constData());
    }
    const QJsonObject json = printed().object();
    QCOMPARE(json.value(QLatin1String("message")).toString(), outcome.result.message); // the same text, escaped
    QCOMPARE(json.value(QLatin1String("body_cut")).toBool(), true);
}

QTEST_GUILESS_MAIN(tst_JsonFormatter)
#include "tst_JsonFormatter.moc"
