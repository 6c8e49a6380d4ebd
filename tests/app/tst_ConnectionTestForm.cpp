#include "FormTestCase.h"
#include "UnusedPort.h"
#include "VeroRequire.h"
#include "app/forms/ConnectionTestForm.h"
#include "app/forms/ResultView.h"
#include "core/api/RequestBuilder.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Connection test: one button, GET heartbeat, and a verdict in plain words for each kind of answer.
class tst_ConnectionTestForm : public FormTestCase<ConnectionTestForm>
{
    Q_OBJECT

private slots:
    void heartbeatAnsweredMeansConnected();
    void sandboxAnswersTheHeartbeat();
    void refusedConnectionIsExplained();
    void wrongAddressIsExplained();
    void serverErrorIsExplained();

private:
    void setUpForm() override { harness().server().setResponse({}); }
    // Clicks "Test connection" with the form sending to `workspace`.
    void testConnection(const Workspace& workspace);
};

void tst_ConnectionTestForm::testConnection(const Workspace& workspace)
{
    auto* button = child<QPushButton>("testConnectionButton");
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    harness().connectForm(form(), workspace);
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_ConnectionTestForm::heartbeatAnsweredMeansConnected()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    QCOMPARE(form()->userIdField(), nullptr);
    testConnection(harness().recordingWorkspace());
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::Heartbeat);
    const RequestBuilder::Result built = RequestBuilder::build(input);
    QVERIFY(built.ok());
    QCOMPARE(built.request.method, QByteArray("GET"));
    QCOMPARE(built.request.path, QStringLiteral("heartbeat"));

    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("GET"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/heartbeat"));
    QVERIFY(received.body.isEmpty());
    QVERIFY(form()->verdict().startsWith(QStringLiteral("Connected")));
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_ConnectionTestForm::sandboxAnswersTheHeartbeat()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    testConnection(harness().sandboxWorkspace());
    QVERIFY2(form()->verdict().startsWith(QStringLiteral("Connected")), qPrintable(form()->verdict()));
}

void tst_ConnectionTestForm::refusedConnectionIsExplained()
{
    Workspace nowhere = harness().recordingWorkspace();
    nowhere.baseUrl = UnusedPort::baseUrl();
    testConnection(nowhere);
    QVERIFY2(form()->verdict().startsWith(QStringLiteral("Not connected")), qPrintable(form()->verdict()));
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Failed: no answer"));
    QVERIFY(result->details().contains(QStringLiteral("refused the connection")));
}

void tst_ConnectionTestForm::wrongAddressIsExplained()
{
    HttpTestServer::Response notFound;
    notFound.status = 404;
    notFound.contentType = "text/html";
    notFound.body = "<html><body>Not Found</body></html>";
    harness().server().setResponse(notFound);
    testConnection(harness().recordingWorkspace());
    QVERIFY2(form()->verdict().contains(QStringLiteral("/api/v2")), qPrintable(form()->verdict()));
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Rejected (HTTP 404)"));
    QVERIFY(result->details().contains(QStringLiteral("Not Found")));
}

void tst_ConnectionTestForm::serverErrorIsExplained()
{
    HttpTestServer::Response broken;
    broken.status = 503;
    broken.body = R"({"status":503,"message":"Service Unavailable"})";
    harness().server().setResponse(broken);
    testConnection(harness().recordingWorkspace());
    QVERIFY2(form()->verdict().contains(QStringLiteral("server error (HTTP 503)")), qPrintable(form()->verdict()));
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Failed (HTTP 503)"));
    QVERIFY(result->details().contains(QStringLiteral("Service Unavailable")));
}

QTEST_MAIN(tst_ConnectionTestForm)
#include "tst_ConnectionTestForm.moc"
