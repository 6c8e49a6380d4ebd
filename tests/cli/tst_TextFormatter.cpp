#include "cli/Console.h"
#include "cli/TextFormatter.h"
#include "core/api/RequestBuilder.h"
#include "core/api/WireRequest.h"

#include <QBuffer>
#include <QTest>

// veroctl's output for people: an accepted request's summary on standard output, anything else as a
// "veroctl: " message on standard error, so `veroctl ... > log` keeps the errors on the terminal.
class tst_TextFormatter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void outcomes_data();
    void outcomes();
    void refusedSaysNothingMore();
    void dryRunIsACurlCommand();
    void workspacesOneLineEach();
    void saysWhenTheAnswerWasCut();

private:
    QString out();
    QString err();

    std::unique_ptr<QBuffer> m_out;
    std::unique_ptr<QBuffer> m_err;
    std::unique_ptr<QBuffer> m_in;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<TextFormatter> m_formatter;
};

void tst_TextFormatter::init()
{
    // The console writes to the buffers until it goes, so it goes first.
    m_formatter.reset();
    m_console.reset();
    for (std::unique_ptr<QBuffer>* buffer : {&m_out, &m_err, &m_in}) {
        *buffer = std::make_unique<QBuffer>();
        QVERIFY((*buffer)->open(QIODevice::ReadWrite));
    }
    m_console = std::make_unique<Console>(m_out.get(), m_err.get(), m_in.get());
    m_formatter = std::make_unique<TextFormatter>(*m_console);
}

QString tst_TextFormatter::out()
{
    m_console->out().flush();
    return QString::fromUtf8(m_out->data());
}

QString tst_TextFormatter::err()
{
    return QString::fromUtf8(m_err->data());
}

void tst_TextFormatter::outcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<QString>("expectedOut");
    QTest::addColumn<QString>("expectedErr");
    QTest::newRow("accepted") << 200 << QStringLiteral("Success.") << QString() << true
                              << QStringLiteral("200 Success. (8 ms)\n") << QString();
    QTest::newRow("rejected") << 400 << QStringLiteral("id is invalid")
                              << QStringLiteral("The service rejected the request.") << true << QString()
                              << QStringLiteral(
                                     "veroctl: 400 id is invalid — The service rejected the request. (8 ms)\n");
    QTest::newRow("failed") << 0 << QString() << QStringLiteral("127.0.0.1 refused the connection.") << true
                            << QString() << QStringLiteral("veroctl: 127.0.0.1 refused the connection. (8 ms)\n");
    QTest::newRow("not sent") << 0 << QString() << QStringLiteral("The CA certificate file x holds no PEM certificate.")
                              << false << QString()
                              << QStringLiteral("veroctl: The CA certificate file x holds no PEM certificate.\n");
    // Server text is data: it cannot clear the screen, forge a second line or pick up a later arg().
    QTest::newRow("escape codes accepted") << 200 << QStringLiteral("\x1b[2J\x1b[HOK\a") << QString() << true
                                           << QStringLiteral("200 \\x1b[2J\\x1b[HOK\\x07 (8 ms)\n") << QString();
    QTest::newRow("forged line rejected")
        << 400 << QStringLiteral("no\r\nveroctl: 200 Success.") << QString() << true << QString()
        << QStringLiteral("veroctl: 400 no\\x0d\\x0averoctl: 200 Success. (8 ms)\n");
    QTest::newRow("placeholders") << 200 << QStringLiteral("%1 %2 %3 %L1") << QString() << true
                                  << QStringLiteral("200 %1 %2 %3 %L1 (8 ms)\n") << QString();
    QTest::newRow("damaged") << 200 << QString() << QStringLiteral("The answer was damaged.") << true << QString()
                             << QStringLiteral("veroctl: 200 — The answer was damaged. (8 ms)\n");
}

void tst_TextFormatter::outcomes()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, error);
    QFETCH(bool, sent);
    QFETCH(QString, expectedOut);
    QFETCH(QString, expectedErr);
    SendOutcome outcome;
    outcome.result.status = status;
    outcome.result.message = message;
    outcome.result.error = error;
    outcome.result.sent = sent;
    outcome.result.elapsedMs = 8;
    outcome.result.damaged = error.contains(QLatin1String("damaged"));
    m_formatter->outcome(outcome);
    QCOMPARE(out(), expectedOut);
    QCOMPARE(err(), expectedErr);
}

void tst_TextFormatter::refusedSaysNothingMore()
{
    // The check that refused has said why; a second line would repeat it.
    SendOutcome outcome;
    outcome.refused = true;
    outcome.result.sent = false;
    outcome.result.error = QStringLiteral("Nothing was sent (--no-duplicates).");
    m_formatter->outcome(outcome);
    QCOMPARE(out(), QString());
    QCOMPARE(err(), QString());
}

void tst_TextFormatter::dryRunIsACurlCommand()
{
    OperationInput input;
    input.operation = Operation::Heartbeat;
    const RequestBuilder::Result built = RequestBuilder::build(input);
    QVERIFY(built.ok());
    m_formatter->request(built.request, Workspace());
    QCOMPARE(out(),
             QStringLiteral("curl --globoff --request GET --header 'Accept: application/json' --header 'User-Agent: "
                            "%1' --header 'Accept-Language: en' 'https://api.getvero.com/api/v2/heartbeat'\n")
                 .arg(QString::fromLatin1(WireRequest::userAgent())));
}

void tst_TextFormatter::workspacesOneLineEach()
{
    Workspace local;
    local.name = QStringLiteral("Local");
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8787/api/v2"));
    local.credentialPlacement = Workspace::CredentialPlacement::Query;
    local.timeoutSeconds = 5;
    local.caFile = QStringLiteral("/etc/ca.pem");
    Workspace production;
    production.name = QStringLiteral("Production");
    m_formatter->workspaces({local, production});
    QCOMPARE(out(),
             QStringLiteral("Local\thttp://127.0.0.1:8787/api/v2\tauth_token in query\t5s\tCA /etc/ca.pem\n"
                            "Production\thttps://api.getvero.com/api/v2\tauth_token in body\t30s\n"));
}

void tst_TextFormatter::saysWhenTheAnswerWasCut()
{
    SendOutcome outcome;
    outcome.result.status = 200;
    outcome.result.bodyCut = true;
    m_formatter->outcome(outcome);
    QCOMPARE(out(), QStringLiteral("200 (0 ms)\n"));
    QCOMPARE(err(),
             QStringLiteral("veroctl: warning: The answer was longer than 4 MiB; only its first 4 MiB were read, the "
                            "rest was not received.\n"));
}

QTEST_GUILESS_MAIN(tst_TextFormatter)
#include "tst_TextFormatter.moc"
