#include "FormTestCase.h"
#include "VeroRequire.h"
#include "app/forms/IdentifyForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/ChannelsEditor.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/PropertyEditor.h"
#include "core/api/RequestBuilder.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

// The Identify form: filled through its widgets, it emits exactly what was typed, the core turns that into
// users/track, and a server receives it; bad input is shown next to its field and nothing is sent.
class tst_IdentifyForm : public FormTestCase<IdentifyForm>
{
    Q_OBJECT
public:
    tst_IdentifyForm()
        : FormTestCase(QSize(900, 700))
    {
    }

private slots:
    void sendsWhatWasTyped();
    void reachesTheSandbox();
    void invalidEmailIsShownAndNothingIsSent();
    void missingIdAndEmailIsShownOnSend();
    void incompleteChannelIsMarked();
    void badPropertyValueBlocksSend();
    void errorsShowOnlyForEditedFields();
    void setInputRoundTrips();
    void failedSendKeepsEverythingTyped();
    void sendWhileEditingACellKeepsTheTypedValue();
    void anotherUsersFieldsAreAskedAboutOnce();
    void fieldsTypedForOneUserWarnWhenTheUserChanges();
    void errorSummaryTakesTheFocusToTheField();
    void phoneNotInE164WarnsWithoutBlocking();
};

void tst_IdentifyForm::sendsWhatWasTyped()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* sendButton = child<QPushButton>("sendButton");
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* email = child<QLineEdit>("emailEdit");
    auto* phone = child<QLineEdit>("phoneEdit");
    auto* channels = child<ChannelsEditor>("channelsEditor");
    auto* properties = child<PropertyEditor>("propertiesEditor");
    auto* result = child<ResultView>("resultView");
    QVERIFY(sendButton && userId && email && phone && channels && properties && result);
    QVERIFY(!sendButton->isEnabled()); // nothing typed yet

    QTest::keyClicks(userId, QStringLiteral("1234"));
    QTest::keyClicks(email, QStringLiteral("ada@example.com"));
    QTest::keyClicks(phone, QStringLiteral("+61 400 000 000"));
    QVERIFY(FormDriver::addChannel(channels, QStringLiteral("TOKEN-1"), QStringLiteral("android")));
    QVERIFY(FormDriver::addProperty(
        properties, QStringLiteral("first_name"), PropertyEditor::Type::Text, QStringLiteral("Ada")));
    QVERIFY(
        FormDriver::addProperty(properties, QStringLiteral("age"), PropertyEditor::Type::Number, QStringLiteral("36")));
    QVERIFY(sendButton->isEnabled());

    harness().connectForm(form(), harness().recordingWorkspace());
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::Identify);
    QCOMPARE(input.id, QStringLiteral("1234"));
    QCOMPARE(input.email, QStringLiteral("ada@example.com"));
    QCOMPARE(input.phone, QStringLiteral("+61 400 000 000"));

    const QJsonObject channel {{QStringLiteral("type"), QStringLiteral("push")},
                               {QStringLiteral("address"), QStringLiteral("TOKEN-1")},
                               {QStringLiteral("platform"), QStringLiteral("android")}};
    const QJsonObject data {{QStringLiteral("first_name"), QStringLiteral("Ada")}, {QStringLiteral("age"), 36}};
    const QJsonObject expectedBody {{QStringLiteral("id"), QStringLiteral("1234")},
                                    {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                                    {QStringLiteral("phone_number"), QStringLiteral("+61 400 000 000")},
                                    {QStringLiteral("channels"), QJsonArray {channel}},
                                    {QStringLiteral("data"), data}};
    const RequestBuilder::Result built = RequestBuilder::build(input);
    QVERIFY(built.ok());
    QCOMPARE(built.request.method, QByteArray("POST"));
    QCOMPARE(built.request.path, QStringLiteral("users/track"));
    QCOMPARE(built.request.body, expectedBody);

    // What the server received: the same body, plus the credential where the workspace puts it.
    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/track"));
    QJsonObject receivedBody = received.json();
    QCOMPARE(receivedBody.take(QStringLiteral("auth_token")).toString(), FormSendHarness::credential());
    QCOMPARE(receivedBody, expectedBody);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QVERIFY(result->details().contains(QStringLiteral("Success.")));
}

void tst_IdentifyForm::reachesTheSandbox()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    harness().connectForm(form(), harness().sandboxWorkspace());
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* email = child<QLineEdit>("emailEdit");
    auto* properties = child<PropertyEditor>("propertiesEditor");
    auto* send = child<QPushButton>("sendButton");
    auto* result = child<ResultView>("resultView");
    QVERIFY(userId && email && properties && send && result);
    QTest::keyClicks(userId, QStringLiteral("sandbox-user-1"));
    QTest::keyClicks(email, QStringLiteral("grace@example.com"));
    QVERIFY(
        FormDriver::addProperty(properties, QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("pro")));
    QVERIFY(FormDriver::addProperty(
        properties, QStringLiteral("vip"), PropertyEditor::Type::Boolean, QStringLiteral("true")));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));

    // The write is asynchronous on the service; the sandbox applies it shortly after answering.
    QTRY_COMPARE(harness().sandboxUser(QStringLiteral("sandbox-user-1")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("grace@example.com"));
    const QJsonObject user = harness().sandboxUser(QStringLiteral("sandbox-user-1"));
    const QJsonObject stored = user.value(QStringLiteral("properties")).toObject();
    QCOMPARE(stored.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
    QCOMPARE(stored.value(QStringLiteral("vip")), QJsonValue(true));
}

void tst_IdentifyForm::invalidEmailIsShownAndNothingIsSent()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* email = child<QLineEdit>("emailEdit");
    auto* emailError = child<FieldErrorLabel>("emailError");
    auto* userIdError = child<FieldErrorLabel>("userIdError");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(userId && email && emailError && userIdError && send);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    QTest::keyClicks(email, QStringLiteral("not-an-email"));
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), QStringLiteral("Email is not a valid address."));
    QCOMPARE(emailError->toolTip(), QStringLiteral("API field: email")); // for developers
    QVERIFY(!send->isEnabled());
    QVERIFY(!userIdError->isVisible());

    form()->requestSend(); // Ctrl+Return
    QCOMPARE(sent.size(), 0);
    QCOMPARE(email->text(), QStringLiteral("not-an-email"));
}

void tst_IdentifyForm::missingIdAndEmailIsShownOnSend()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userIdError = child<FieldErrorLabel>("userIdError");
    auto* hint = child<QLabel>("sendHintLabel");
    QVERIFY(userIdError && hint);
    QVERIFY(!userIdError->isVisible()); // a fresh form is not covered in red
    QVERIFY(hint->text().contains(QStringLiteral("user id or the email")));
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QVERIFY(userIdError->isVisible());
    QCOMPARE(userIdError->text(), QStringLiteral("Give the user id or the email (or both)."));
    QCOMPARE(harness().server().requests().size(), 0);
}

void tst_IdentifyForm::incompleteChannelIsMarked()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* channels = child<ChannelsEditor>("channelsEditor");
    auto* channelsError = child<FieldErrorLabel>("channelsError");
    QVERIFY(userId && channels && channelsError);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    QVERIFY(FormDriver::addChannel(channels, QStringLiteral("TOKEN-2"), QString()));
    QVERIFY(channelsError->isVisible());
    QCOMPARE(channelsError->text(), QStringLiteral("Channel 1: choose a platform"));
    QCOMPARE(channelsError->toolTip(), QStringLiteral("API field: channels[0].platform"));
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
}

void tst_IdentifyForm::badPropertyValueBlocksSend()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* properties = child<PropertyEditor>("propertiesEditor");
    auto* propertiesError = child<FieldErrorLabel>("propertiesError");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(userId && properties && propertiesError && send);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    QVERIFY(FormDriver::addProperty(
        properties, QStringLiteral("age"), PropertyEditor::Type::Number, QStringLiteral("thirty")));
    QVERIFY(propertiesError->isVisible());
    QVERIFY2(propertiesError->text().contains(QStringLiteral("\"thirty\" is not a number")),
             qPrintable(propertiesError->text()));
    QVERIFY(!send->isEnabled());
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
}

void tst_IdentifyForm::errorsShowOnlyForEditedFields()
{
    // Typing in one field while the id is still empty: the id's problem waits, the hint by Send says why.
    auto* phone = child<QLineEdit>("phoneEdit");
    auto* userIdError = child<FieldErrorLabel>("userIdError");
    auto* hint = child<QLabel>("sendHintLabel");
    QVERIFY(phone && userIdError && hint);
    QTest::keyClicks(phone, QStringLiteral("+1"));
    QVERIFY(!userIdError->isVisible());
    QVERIFY(!hint->text().isEmpty());
}

void tst_IdentifyForm::setInputRoundTrips()
{
    OperationInput input;
    input.operation = Operation::Identify;
    input.id = QStringLiteral("77");
    input.email = QStringLiteral("x@example.com");
    input.phone = QStringLiteral("+44 20 0000 0000");
    input.channels = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                              {QStringLiteral("address"), QStringLiteral("T")},
                                              {QStringLiteral("platform"), QStringLiteral("ios")}}};
    input.data = QStringLiteral(R"({"plan":"pro","seats":3,"trial":false})");
    form()->setInput(input);
    QCOMPARE(form()->input(Operation::Identify), input);
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(send);
    QVERIFY(send->isEnabled());
}

void tst_IdentifyForm::failedSendKeepsEverythingTyped()
{
    HttpTestServer::Response refused;
    refused.status = 401;
    refused.body = R"({"status":401,"message":"Unauthorized"})";
    harness().server().setResponse(refused);
    harness().connectForm(form(), harness().recordingWorkspace());
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* properties = child<PropertyEditor>("propertiesEditor");
    auto* send = child<QPushButton>("sendButton");
    auto* result = child<ResultView>("resultView");
    QVERIFY(userId && properties && send && result);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    QVERIFY(
        FormDriver::addProperty(properties, QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("pro")));
    const OperationInput before = form()->input(Operation::Identify);
    QTest::mouseClick(send, Qt::LeftButton);
    harness().server().setResponse({});
    QCOMPARE(result->headline(), QStringLiteral("Rejected (HTTP 401)"));
    QVERIFY(result->details().contains(QStringLiteral("credential")));
    QCOMPARE(form()->input(Operation::Identify), before);
}

void tst_IdentifyForm::sendWhileEditingACellKeepsTheTypedValue()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* properties = child<PropertyEditor>("propertiesEditor");
    QVERIFY(userId && properties);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    QVERIFY(FormDriver::addProperty(
        properties, QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("free")));
    // Start editing the value again and press Ctrl+Return before Enter: the new text is what goes out.
    auto* table = FormDriver::child<QTableWidget>(properties, "propertyTable");
    QVERIFY(table);
    table->setCurrentCell(0, PropertyEditor::ValueColumn);
    table->editItem(table->item(0, PropertyEditor::ValueColumn));
    auto* editor = qobject_cast<QLineEdit*>(FormDriver::openEditor(table));
    QVERIFY(editor);
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("pro"));
    form()->requestSend();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().data, QStringLiteral(R"({"plan":"pro"})"));
}

/// Fields filled for cust-42, the id changed to cust-43: Send asks once; yes sends them, and the next send
/// does not ask again.
void tst_IdentifyForm::anotherUsersFieldsAreAskedAboutOnce()
{
    harness().connectForm(form(), harness().recordingWorkspace());
    OperationInput filled;
    filled.operation = Operation::Identify;
    filled.id = QStringLiteral("cust-42");
    filled.data = QStringLiteral(R"({"plan":"gold"})");
    form()->setInput(filled);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* send = child<QPushButton>("sendButton");
    auto* notice = child<QWidget>("userFieldsNotice");
    QVERIFY(userId && send && notice);
    QVERIFY(!notice->isVisible()); // filled for the user it names
    userId->selectAll();
    QTest::keyClicks(userId, QStringLiteral("cust-43"));
    QVERIFY(notice->isVisible());

    prompts().answerConfirm(true);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(prompts().asked().size(), 1);
    QVERIFY(prompts().lastAsked().destructive);
    QCOMPARE(prompts().lastAsked().acceptLabel, QStringLiteral("Send to cust-43"));
    QCOMPARE(harness().server().requests().size(), 1);
    QVERIFY(harness().server().requests().constFirst().body.contains("gold"));
    QVERIFY(!notice->isVisible());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(harness().server().requests().size(), 2);
    QCOMPARE(prompts().asked().size(), 1);
}

/// Typed by hand for one user, then the id changed: the notice says they were entered for the first.
void tst_IdentifyForm::fieldsTypedForOneUserWarnWhenTheUserChanges()
{
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* phone = child<QLineEdit>("phoneEdit");
    auto* noticeText = child<QLabel>("noticeLabel");
    QVERIFY(userId && phone && noticeText);
    QTest::keyClicks(userId, QStringLiteral("cust-1"));
    QTest::keyClicks(phone, QStringLiteral("+61 400 000 001"));
    QVERIFY(noticeText->text().isEmpty());
    QTest::keyClick(userId, Qt::Key_Backspace);
    QTest::keyClicks(userId, QStringLiteral("2"));
    QCOMPARE(noticeText->text(), QStringLiteral("The phone number below was entered for cust-1, not for cust-2."));
}

/// The summary next to Send names each error; following its link takes the focus to the field.
void tst_IdentifyForm::errorSummaryTakesTheFocusToTheField()
{
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* email = child<QLineEdit>("emailEdit");
    auto* hint = child<QLabel>("sendHintLabel");
    QVERIFY(userId && email && hint);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    QTest::keyClicks(email, QStringLiteral("not-an-email"));
    userId->setFocus();
    form()->requestSend(); // Ctrl+Return with errors: the focus goes to the first field at fault
    QCOMPARE(QApplication::focusWidget(), email);
    QVERIFY2(hint->text().contains(QStringLiteral("Nothing was sent")), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QStringLiteral("href=\"email\"")), qPrintable(hint->text()));
    userId->setFocus();
    emit hint->linkActivated(QStringLiteral("email")); // what a click on the link does
    QCOMPARE(QApplication::focusWidget(), email);
}

// SMS needs E.164: a number in another form is sent as typed, with a warning under the field.
void tst_IdentifyForm::phoneNotInE164WarnsWithoutBlocking()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* phone = child<QLineEdit>("phoneEdit");
    auto* warning = child<QLabel>("phoneWarning");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(userId && phone && warning && send);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    QTest::keyClicks(phone, QStringLiteral("0412 345 678"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("E.164")), qPrintable(warning->text()));
    QVERIFY(send->isEnabled());
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+61412345678"));
    QVERIFY(warning->isHidden());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
}

QTEST_MAIN(tst_IdentifyForm)
#include "tst_IdentifyForm.moc"
