#include "FormTestCase.h"
#include "VeroRequire.h"
#include "app/forms/DeleteForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/FieldErrorLabel.h"
#include "core/api/RequestBuilder.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Delete asks first: only a yes to a confirmation that names the user, says what is lost and wants the id typed
// back sends users/delete; a no sends nothing. (What the confirmation dialog itself accepts is
// tst_DeleteConfirmationDialog's.)
class tst_DeleteForm : public FormTestCase<DeleteForm>
{
    Q_OBJECT

private slots:
    void confirmedDeleteIsSent();
    void confirmedDeleteRemovesTheSandboxUser();
    void cancelSendsNothing();
    void emptyIdAsksNothing();

private:
    void setUpForm() override
    {
        harness().connectForm(form(), harness().recordingWorkspace());
        form()->setWorkspace(harness().recordingWorkspace()); // as the main window does with the current one
    }
    // Types the id and clicks "Delete user…".
    void requestDelete(const QString& id);
};

void tst_DeleteForm::requestDelete(const QString& id)
{
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(userId && send);
    QTest::keyClicks(userId, id);
    QTest::mouseClick(send, Qt::LeftButton);
}

void tst_DeleteForm::confirmedDeleteIsSent()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    prompts().answerConfirm(true);
    requestDelete(QStringLiteral("del-1"));

    // The question names the user, says what is lost, and wants the id typed back.
    QCOMPARE(prompts().asked().size(), 1);
    const ScriptedUserPrompts::Question question = prompts().lastAsked();
    QCOMPARE(question.kind, ScriptedUserPrompts::Kind::Confirm);
    QVERIFY(question.destructive);
    QCOMPARE(question.typeToConfirm, QStringLiteral("del-1"));
    // ... and where: the workspace and its host.
    const QString where = QStringLiteral("Recording server (127.0.0.1:%1)").arg(harness().server().baseUrl().port());
    QVERIFY2(question.text.contains(QStringLiteral("Delete del-1 from %1?").arg(where)), qPrintable(question.text));
    QVERIFY(question.text.contains(QStringLiteral("permanent")));
    QVERIFY(question.text.contains(QStringLiteral("properties and activity on Recording server are lost")));
    QVERIFY(question.text.contains(QStringLiteral("identified again later comes back as a new profile")));

    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::Delete);
    QCOMPARE(input.id, QStringLiteral("del-1"));
    QCOMPARE(RequestBuilder::build(input).request.body,
             (QJsonObject {{QStringLiteral("id"), QStringLiteral("del-1")}}));
    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/delete"));
    QCOMPARE(received.json().value(QStringLiteral("id")).toString(), QStringLiteral("del-1"));
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_DeleteForm::confirmedDeleteRemovesTheSandboxUser()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    QObject::disconnect(form(), &OperationForm::sendRequested, nullptr, nullptr);
    harness().connectForm(form(), harness().sandboxWorkspace());
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("doomed");
    QCOMPARE(harness().send(identify, harness().sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!harness().sandboxUser(QStringLiteral("doomed")).isEmpty());

    prompts().answerConfirm(true);
    requestDelete(QStringLiteral("doomed"));
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QTRY_COMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QTRY_VERIFY(harness().sandboxUser(QStringLiteral("doomed")).isEmpty());
}

void tst_DeleteForm::cancelSendsNothing()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    prompts().answerConfirm(false);
    requestDelete(QStringLiteral("del-1"));
    QCOMPARE(prompts().asked().size(), 1);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(harness().server().requests().size(), 0);
    // The form says so, keeps the id, and is ready for another try.
    auto* hint = child<QLabel>("sendHintLabel");
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(hint && userId && send);
    QCOMPARE(hint->text(), QStringLiteral("Deletion cancelled: nothing was sent."));
    QCOMPARE(userId->text(), QStringLiteral("del-1"));
    QVERIFY(send->isEnabled());
}

void tst_DeleteForm::emptyIdAsksNothing()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* send = child<QPushButton>("sendButton");
    auto* error = child<FieldErrorLabel>("userIdError");
    QVERIFY(send && error);
    QVERIFY(!send->isEnabled());
    form()->requestSend();
    QVERIFY(prompts().asked().isEmpty());
    QCOMPARE(sent.size(), 0);
    QCOMPARE(error->text(), QStringLiteral("User id is required."));
}

QTEST_MAIN(tst_DeleteForm)
#include "tst_DeleteForm.moc"
