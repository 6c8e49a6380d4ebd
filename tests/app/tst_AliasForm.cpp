#include "FormTestCase.h"
#include "VeroRequire.h"
#include "app/forms/AliasForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/NoticeWidget.h"
#include "core/api/RequestBuilder.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The alias form: current id and new id, sent as PUT users/reidentify, with the reference's warning.
class tst_AliasForm : public FormTestCase<AliasForm>
{
    Q_OBJECT

private slots:
    void showsTheMergeWarning();
    void sendsOldAndNewId();
    void renamesTheUserInTheSandbox();
    void sameIdIsRefused();
    void missingNewIdIsShownOnSend();

private:
    // Types both ids and clicks Send.
    void sendAlias(const QString& from, const QString& to);
};

void tst_AliasForm::sendAlias(const QString& from, const QString& to)
{
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* newId = child<QLineEdit>("newIdEdit");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(userId && newId && send);
    QTest::keyClicks(userId, from);
    QTest::keyClicks(newId, to);
    QTest::mouseClick(send, Qt::LeftButton);
}

void tst_AliasForm::showsTheMergeWarning()
{
    auto* warning = child<NoticeWidget>("aliasWarningLabel");
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("merges two user identities")));
    QVERIFY(warning->text().contains(QStringLiteral("unintended consequences")));
}

void tst_AliasForm::sendsOldAndNewId()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    sendAlias(QStringLiteral("123"), QStringLiteral("456"));
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::Alias);
    QCOMPARE(input.id, QStringLiteral("123"));
    QCOMPARE(input.newId, QStringLiteral("456"));
    const QJsonObject expected {{QStringLiteral("id"), QStringLiteral("123")},
                                {QStringLiteral("new_id"), QStringLiteral("456")}};
    QCOMPARE(RequestBuilder::build(input).request.body, expected);

    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("PUT"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/reidentify"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_AliasForm::renamesTheUserInTheSandbox()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("alias-old");
    identify.email = QStringLiteral("alias@example.com");
    QCOMPARE(harness().send(identify, harness().sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!harness().sandboxUser(QStringLiteral("alias-old")).isEmpty());

    harness().connectForm(form(), harness().sandboxWorkspace());
    sendAlias(QStringLiteral("alias-old"), QStringLiteral("alias-new"));
    auto* result = child<ResultView>("resultView");
    QVERIFY(result);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QTRY_COMPARE(harness().sandboxUser(QStringLiteral("alias-new")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("alias@example.com"));
}

void tst_AliasForm::sameIdIsRefused()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* newId = child<QLineEdit>("newIdEdit");
    auto* newIdError = child<FieldErrorLabel>("newIdError");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(userId && newId && newIdError && send);
    QTest::keyClicks(userId, QStringLiteral("123"));
    QTest::keyClicks(newId, QStringLiteral("123"));
    QVERIFY(newIdError->isVisible());
    QCOMPARE(newIdError->text(), QStringLiteral("The new id must differ from the current id."));
    QVERIFY(!send->isEnabled());
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
}

void tst_AliasForm::missingNewIdIsShownOnSend()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* newId = child<QLineEdit>("newIdEdit");
    auto* newIdError = child<FieldErrorLabel>("newIdError");
    QVERIFY(userId && newId && newIdError);
    QTest::keyClicks(userId, QStringLiteral("123"));
    QVERIFY(!newIdError->isVisible());
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(newIdError->text(), QStringLiteral("New id is required."));
    QCOMPARE(QApplication::focusWidget(), newId);
    QCOMPARE(harness().server().requests().size(), 0);
}

QTEST_MAIN(tst_AliasForm)
#include "tst_AliasForm.moc"
