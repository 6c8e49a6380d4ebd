#include "FormSendHarness.h"
#include "app/forms/ConnectionTestForm.h"
#include "app/forms/ResultView.h"
#include "core/api/RequestBuilder.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// Connection test: one button, GET heartbeat, and a verdict in plain words for each kind of answer.
class tst_ConnectionTestForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void heartbeatAnsweredMeansConnected();
    void sandboxAnswersTheHeartbeat();
    void refusedConnectionIsExplained();
    void wrongAddressIsExplained();
    void serverErrorIsExplained();

private:
    FormSendHarness m_harness;
    std::unique_ptr<ConnectionTestForm> m_form;
    QPushButton* testButton() { return m_form->findChild<QPushButton*>(QStringLiteral("testConnectionButton")); }
    ResultView* resultView() { return m_form->findChild<ResultView*>(QStringLiteral("resultView")); }
};

void tst_ConnectionTestForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_ConnectionTestForm::init()
{
    m_form = std::make_unique<ConnectionTestForm>();
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
    m_harness.server().setResponse({});
}

void tst_ConnectionTestForm::heartbeatAnsweredMeansConnected()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QVERIFY(testButton()->isEnabled());
    QCOMPARE(m_form->userIdField(), nullptr);
    QTest::mouseClick(testButton(), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::Heartbeat);
    const RequestBuilder::Result built = RequestBuilder::build(input);
    QVERIFY(built.ok());
    QCOMPARE(built.request.method, QByteArray("GET"));
    QCOMPARE(built.request.path, QStringLiteral("heartbeat"));

    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("GET"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/heartbeat"));
    QVERIFY(received.body.isEmpty());
    QVERIFY(m_form->verdict().startsWith(QStringLiteral("Connected")));
    QCOMPARE(resultView()->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_ConnectionTestForm::sandboxAnswersTheHeartbeat()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    QTest::mouseClick(testButton(), Qt::LeftButton);
    QVERIFY2(m_form->verdict().startsWith(QStringLiteral("Connected")), qPrintable(m_form->verdict()));
}

void tst_ConnectionTestForm::refusedConnectionIsExplained()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Workspace nowhere = m_harness.recordingWorkspace();
    nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(port));
    m_harness.connectForm(m_form.get(), nowhere);
    QTest::mouseClick(testButton(), Qt::LeftButton);
    QVERIFY2(m_form->verdict().startsWith(QStringLiteral("Not connected")), qPrintable(m_form->verdict()));
    QCOMPARE(resultView()->headline(), QStringLiteral("Failed: no answer"));
    QVERIFY(resultView()->details().contains(QStringLiteral("refused the connection")));
}

void tst_ConnectionTestForm::wrongAddressIsExplained()
{
    HttpTestServer::Response notFound;
    notFound.status = 404;
    notFound.contentType = "text/html";
    notFound.body = "<html><body>Not Found</body></html>";
    m_harness.server().setResponse(notFound);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::mouseClick(testButton(), Qt::LeftButton);
    QVERIFY2(m_form->verdict().contains(QStringLiteral("/api/v2")), qPrintable(m_form->verdict()));
    QCOMPARE(resultView()->headline(), QStringLiteral("Rejected (HTTP 404)"));
    QVERIFY(resultView()->details().contains(QStringLiteral("Not Found")));
}

void tst_ConnectionTestForm::serverErrorIsExplained()
{
    HttpTestServer::Response broken;
    broken.status = 503;
    broken.body = R"({"status":503,"message":"Service Unavailable"})";
    m_harness.server().setResponse(broken);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::mouseClick(testButton(), Qt::LeftButton);
    QVERIFY2(m_form->verdict().contains(QStringLiteral("server error (HTTP 503)")), qPrintable(m_form->verdict()));
    QCOMPARE(resultView()->headline(), QStringLiteral("Failed (HTTP 503)"));
    QVERIFY(resultView()->details().contains(QStringLiteral("Service Unavailable")));
}

QTEST_MAIN(tst_ConnectionTestForm)
#include "tst_ConnectionTestForm.moc"
