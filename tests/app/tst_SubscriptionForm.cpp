#include "FormTestCase.h"
#include "VeroRequire.h"
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
class tst_SubscriptionForm : public FormTestCase<SubscriptionForm>
{
    Q_OBJECT

private slots:
    void coversBothOperations();
    void unsubscribeButtonSendsUnsubscribe();
    void resubscribeButtonSendsResubscribe();
    void sandboxFollowsBothButtons();
    void ctrlReturnDoesNotGuessTheAction();
    void ctrlReturnRepeatsTheLastAction();
    void emptyIdSendsNothing();
    void doubleClickSendsOnce();

private:
    void checkReceived(const char* path);
    // Types the id and clicks the button called `button`.
    void typeIdAndClick(const QString& id, const char* button);
};

void tst_SubscriptionForm::typeIdAndClick(const QString& id, const char* button)
{
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* action = child<QPushButton>(button);
    QVERIFY(userId && action);
    QTest::keyClicks(userId, id);
    QTest::mouseClick(action, Qt::LeftButton);
}

void tst_SubscriptionForm::checkReceived(const char* path)
{
    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QLatin1String(path));
    QJsonObject body = received.json();
    QCOMPARE(body.take(QStringLiteral("auth_token")).toString(), FormSendHarness::credential());
    QCOMPARE(body, (QJsonObject {{QStringLiteral("id"), QStringLiteral("sub-1")}}));
}

void tst_SubscriptionForm::coversBothOperations()
{
    QCOMPARE(form()->operations(), (QList<Operation> {Operation::Unsubscribe, Operation::Resubscribe}));
    auto* userId = child<QLineEdit>("userIdEdit");
    QVERIFY(userId);
    QTest::keyClicks(userId, QStringLiteral("sub-1"));
    QCOMPARE(RequestBuilder::build(form()->input(Operation::Unsubscribe)).request.path,
             QStringLiteral("users/unsubscribe"));
    QCOMPARE(RequestBuilder::build(form()->input(Operation::Resubscribe)).request.path,
             QStringLiteral("users/resubscribe"));
}

void tst_SubscriptionForm::unsubscribeButtonSendsUnsubscribe()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    typeIdAndClick(QStringLiteral("sub-1"), "unsubscribeButton");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().operation, Operation::Unsubscribe);
    checkReceived("/api/v2/users/unsubscribe");
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_SubscriptionForm::resubscribeButtonSendsResubscribe()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    typeIdAndClick(QStringLiteral("sub-1"), "resubscribeButton");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().operation, Operation::Resubscribe);
    checkReceived("/api/v2/users/resubscribe");
}

void tst_SubscriptionForm::sandboxFollowsBothButtons()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("sub-sandbox");
    QCOMPARE(harness().send(identify, harness().sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!harness().sandboxUser(QStringLiteral("sub-sandbox")).isEmpty());
    QCOMPARE(harness().sandboxUser(QStringLiteral("sub-sandbox")).value(QStringLiteral("subscribed")),
             QJsonValue(true));

    harness().connectForm(form(), harness().sandboxWorkspace());
    typeIdAndClick(QStringLiteral("sub-sandbox"), "unsubscribeButton");
    QTRY_COMPARE(harness().sandboxUser(QStringLiteral("sub-sandbox")).value(QStringLiteral("subscribed")),
                 QJsonValue(false));
    auto* resubscribe = child<QPushButton>("resubscribeButton");
    QVERIFY(resubscribe);
    QTest::mouseClick(resubscribe, Qt::LeftButton);
    QTRY_COMPARE(harness().sandboxUser(QStringLiteral("sub-sandbox")).value(QStringLiteral("subscribed")),
                 QJsonValue(true));
}

void tst_SubscriptionForm::ctrlReturnDoesNotGuessTheAction()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* idEdit = child<QLineEdit>("userIdEdit");
    auto* hint = child<QLabel>("sendHintLabel");
    auto* resubscribe = child<QPushButton>("resubscribeButton");
    QVERIFY(idEdit && hint && resubscribe);
    QTest::keyClicks(idEdit, QStringLiteral("sub-1"));
    idEdit->setFocus();
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(hint->text(), QStringLiteral("Nothing was sent: choose Unsubscribe or Resubscribe."));

    // With a button focused, Ctrl+Return means that button.
    resubscribe->setFocus();
    form()->requestSend();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().operation, Operation::Resubscribe);
}

void tst_SubscriptionForm::ctrlReturnRepeatsTheLastAction()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    typeIdAndClick(QStringLiteral("sub-1"), "unsubscribeButton");
    auto* idEdit = child<QLineEdit>("userIdEdit");
    QVERIFY(idEdit);
    idEdit->setFocus();
    form()->requestSend();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).first().value<OperationInput>().operation, Operation::Unsubscribe);
}

void tst_SubscriptionForm::emptyIdSendsNothing()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* unsubscribe = child<QPushButton>("unsubscribeButton");
    auto* resubscribe = child<QPushButton>("resubscribeButton");
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* error = child<FieldErrorLabel>("userIdError");
    QVERIFY(unsubscribe && resubscribe && userId && error);
    QVERIFY(!unsubscribe->isEnabled());
    QVERIFY(!resubscribe->isEnabled());
    QTest::keyClicks(userId, QStringLiteral("   "));
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("User id is required."));
    QCOMPARE(harness().server().requests().size(), 0);
}

void tst_SubscriptionForm::doubleClickSendsOnce()
{
    // No answer yet (nothing is connected to the form): the second click must not send again.
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* unsubscribe = child<QPushButton>("unsubscribeButton");
    auto* result = child<ResultView>("resultView");
    QVERIFY(unsubscribe && result);
    typeIdAndClick(QStringLiteral("sub-1"), "unsubscribeButton");
    QVERIFY(!unsubscribe->isEnabled());
    QCOMPARE(result->headline(), QStringLiteral("Sending Unsubscribe…"));
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    form()->requestSend();
    QCOMPARE(sent.size(), 1);
    // The answer re-enables it.
    ApiResult accepted;
    accepted.status = 200;
    form()->showResult(accepted);
    QVERIFY(unsubscribe->isEnabled());
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    QCOMPARE(sent.size(), 2);
}

QTEST_MAIN(tst_SubscriptionForm)
#include "tst_SubscriptionForm.moc"
