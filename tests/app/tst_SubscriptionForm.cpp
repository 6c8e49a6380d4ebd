#include "FormDriver.h"
#include "FormSendHarness.h"
#include "app/forms/ResultView.h"
#include "app/forms/SubscriptionForm.h"
#include "app/widgets/FieldErrorLabel.h"
#include "core/api/RequestBuilder.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// One user id, two opposite actions: each button sends its own operation, and Ctrl+Return never guesses.
class tst_SubscriptionForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void coversBothOperations();
    void unsubscribeButtonSendsUnsubscribe();
    void resubscribeButtonSendsResubscribe();
    void sandboxFollowsBothButtons();
    void ctrlReturnDoesNotGuessTheAction();
    void ctrlReturnRepeatsTheLastAction();
    void emptyIdSendsNothing();
    void doubleClickSendsOnce();

private:
    template <typename T>
    T* child(const char* name)
    {
        return FormDriver::child<T>(m_form.get(), name);
    }
    void checkReceived(const char* path);

    FormSendHarness m_harness;
    std::unique_ptr<SubscriptionForm> m_form;
};

void tst_SubscriptionForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_SubscriptionForm::init()
{
    m_form = std::make_unique<SubscriptionForm>();
    m_form->resize(800, 600);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
}

void tst_SubscriptionForm::checkReceived(const char* path)
{
    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QLatin1String(path));
    QJsonObject body = received.json();
    QCOMPARE(body.take(QStringLiteral("auth_token")).toString(), FormSendHarness::credential());
    QCOMPARE(body, (QJsonObject {{QStringLiteral("id"), QStringLiteral("sub-1")}}));
}

void tst_SubscriptionForm::coversBothOperations()
{
    QCOMPARE(m_form->operations(), (QList<Operation> {Operation::Unsubscribe, Operation::Resubscribe}));
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("sub-1"));
    QCOMPARE(RequestBuilder::build(m_form->input(Operation::Unsubscribe)).request.path,
             QStringLiteral("users/unsubscribe"));
    QCOMPARE(RequestBuilder::build(m_form->input(Operation::Resubscribe)).request.path,
             QStringLiteral("users/resubscribe"));
}

void tst_SubscriptionForm::unsubscribeButtonSendsUnsubscribe()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("sub-1"));
    QTest::mouseClick(child<QPushButton>("unsubscribeButton"), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().operation, Operation::Unsubscribe);
    checkReceived("/api/v2/users/unsubscribe");
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_SubscriptionForm::resubscribeButtonSendsResubscribe()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("sub-1"));
    QTest::mouseClick(child<QPushButton>("resubscribeButton"), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().operation, Operation::Resubscribe);
    checkReceived("/api/v2/users/resubscribe");
}

void tst_SubscriptionForm::sandboxFollowsBothButtons()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("sub-sandbox");
    QCOMPARE(m_harness.send(identify, m_harness.sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!m_harness.sandboxUser(QStringLiteral("sub-sandbox")).isEmpty());
    QCOMPARE(m_harness.sandboxUser(QStringLiteral("sub-sandbox")).value(QStringLiteral("subscribed")),
             QJsonValue(true));

    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("sub-sandbox"));
    QTest::mouseClick(child<QPushButton>("unsubscribeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_harness.sandboxUser(QStringLiteral("sub-sandbox")).value(QStringLiteral("subscribed")),
                 QJsonValue(false));
    QTest::mouseClick(child<QPushButton>("resubscribeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_harness.sandboxUser(QStringLiteral("sub-sandbox")).value(QStringLiteral("subscribed")),
                 QJsonValue(true));
}

void tst_SubscriptionForm::ctrlReturnDoesNotGuessTheAction()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    auto* idEdit = child<QLineEdit>("userIdEdit");
    QTest::keyClicks(idEdit, QStringLiteral("sub-1"));
    idEdit->setFocus();
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(child<QLabel>("sendHintLabel")->text(),
             QStringLiteral("Nothing was sent: choose Unsubscribe or Resubscribe."));

    // With a button focused, Ctrl+Return means that button.
    child<QPushButton>("resubscribeButton")->setFocus();
    m_form->requestSend();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().operation, Operation::Resubscribe);
}

void tst_SubscriptionForm::ctrlReturnRepeatsTheLastAction()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    auto* idEdit = child<QLineEdit>("userIdEdit");
    QTest::keyClicks(idEdit, QStringLiteral("sub-1"));
    QTest::mouseClick(child<QPushButton>("unsubscribeButton"), Qt::LeftButton);
    idEdit->setFocus();
    m_form->requestSend();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).first().value<OperationInput>().operation, Operation::Unsubscribe);
}

void tst_SubscriptionForm::emptyIdSendsNothing()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QVERIFY(!child<QPushButton>("unsubscribeButton")->isEnabled());
    QVERIFY(!child<QPushButton>("resubscribeButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("   "));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    auto* error = child<FieldErrorLabel>("userIdError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("id is required."));
    QCOMPARE(m_harness.server().requests().size(), 0);
}

void tst_SubscriptionForm::doubleClickSendsOnce()
{
    // No answer yet (nothing is connected to the form): the second click must not send again.
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("sub-1"));
    auto* unsubscribe = child<QPushButton>("unsubscribeButton");
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    QVERIFY(!unsubscribe->isEnabled());
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Sending Unsubscribe…"));
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    m_form->requestSend();
    QCOMPARE(sent.size(), 1);
    // The answer re-enables it.
    ApiResult accepted;
    accepted.status = 200;
    m_form->showResult(accepted);
    QVERIFY(unsubscribe->isEnabled());
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    QCOMPARE(sent.size(), 2);
}

QTEST_MAIN(tst_SubscriptionForm)
#include "tst_SubscriptionForm.moc"
