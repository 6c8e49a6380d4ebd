#include "FormDriver.h"
#include "FormSendHarness.h"
#include "app/forms/IdentifyForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/ChannelsEditor.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/PropertyEditor.h"
#include "core/api/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

// The Identify form: filled through its widgets, it emits exactly what was typed, the core turns that into
// users/track, and a server receives it; bad input is shown next to its field and nothing is sent.
class tst_IdentifyForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
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

private:
    template <typename T>
    T* child(const char* name)
    {
        return FormDriver::child<T>(m_form.get(), name);
    }

    FormSendHarness m_harness;
    std::unique_ptr<IdentifyForm> m_form;
};

void tst_IdentifyForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_IdentifyForm::init()
{
    m_form = std::make_unique<IdentifyForm>();
    m_form->resize(900, 700);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
}

void tst_IdentifyForm::sendsWhatWasTyped()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    auto* sendButton = child<QPushButton>("sendButton");
    QVERIFY(!sendButton->isEnabled()); // nothing typed yet

    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("ada@example.com"));
    QTest::keyClicks(child<QLineEdit>("phoneEdit"), QStringLiteral("+61 400 000 000"));
    QVERIFY(FormDriver::addChannel(
        child<ChannelsEditor>("channelsEditor"), QStringLiteral("TOKEN-1"), QStringLiteral("android")));
    auto* properties = child<PropertyEditor>("propertiesEditor");
    QVERIFY(FormDriver::addProperty(
        properties, QStringLiteral("first_name"), PropertyEditor::Type::Text, QStringLiteral("Ada")));
    QVERIFY(
        FormDriver::addProperty(properties, QStringLiteral("age"), PropertyEditor::Type::Number, QStringLiteral("36")));
    QVERIFY(sendButton->isEnabled());

    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
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
    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/track"));
    QJsonObject receivedBody = received.json();
    QCOMPARE(receivedBody.take(QStringLiteral("auth_token")).toString(), FormSendHarness::credential());
    QCOMPARE(receivedBody, expectedBody);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QVERIFY(child<ResultView>("resultView")->details().contains(QStringLiteral("Success.")));
}

void tst_IdentifyForm::reachesTheSandbox()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("sandbox-user-1"));
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("grace@example.com"));
    auto* properties = child<PropertyEditor>("propertiesEditor");
    QVERIFY(
        FormDriver::addProperty(properties, QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("pro")));
    QVERIFY(FormDriver::addProperty(
        properties, QStringLiteral("vip"), PropertyEditor::Type::Boolean, QStringLiteral("true")));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));

    // The write is asynchronous on the service; the sandbox applies it shortly after answering.
    QTRY_COMPARE(m_harness.sandboxUser(QStringLiteral("sandbox-user-1")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("grace@example.com"));
    const QJsonObject user = m_harness.sandboxUser(QStringLiteral("sandbox-user-1"));
    const QJsonObject stored = user.value(QStringLiteral("properties")).toObject();
    QCOMPARE(stored.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
    QCOMPARE(stored.value(QStringLiteral("vip")), QJsonValue(true));
}

void tst_IdentifyForm::invalidEmailIsShownAndNothingIsSent()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("not-an-email"));
    auto* emailError = child<FieldErrorLabel>("emailError");
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), QStringLiteral("email is not a valid email address."));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(!child<FieldErrorLabel>("userIdError")->isVisible());

    m_form->requestSend(); // Ctrl+Return
    QCOMPARE(sent.size(), 0);
    QCOMPARE(child<QLineEdit>("emailEdit")->text(), QStringLiteral("not-an-email"));
}

void tst_IdentifyForm::missingIdAndEmailIsShownOnSend()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    auto* userIdError = child<FieldErrorLabel>("userIdError");
    QVERIFY(!userIdError->isVisible()); // a fresh form is not covered in red
    QVERIFY(child<QLabel>("sendHintLabel")->text().contains(QStringLiteral("id or email")));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QVERIFY(userIdError->isVisible());
    QCOMPARE(userIdError->text(), QStringLiteral("Either id or email is required."));
    QCOMPARE(m_harness.server().requests().size(), 0);
}

void tst_IdentifyForm::incompleteChannelIsMarked()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    QVERIFY(FormDriver::addChannel(child<ChannelsEditor>("channelsEditor"), QStringLiteral("TOKEN-2"), QString()));
    auto* channelsError = child<FieldErrorLabel>("channelsError");
    QVERIFY(channelsError->isVisible());
    QCOMPARE(channelsError->text(), QStringLiteral("channels[0].platform is required."));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
}

void tst_IdentifyForm::badPropertyValueBlocksSend()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    QVERIFY(FormDriver::addProperty(child<PropertyEditor>("propertiesEditor"),
                                    QStringLiteral("age"),
                                    PropertyEditor::Type::Number,
                                    QStringLiteral("thirty")));
    auto* propertiesError = child<FieldErrorLabel>("propertiesError");
    QVERIFY(propertiesError->isVisible());
    QVERIFY2(propertiesError->text().contains(QStringLiteral("\"thirty\" is not a number")),
             qPrintable(propertiesError->text()));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
}

void tst_IdentifyForm::errorsShowOnlyForEditedFields()
{
    // Typing in one field while the id is still empty: the id's problem waits, the hint by Send says why.
    QTest::keyClicks(child<QLineEdit>("phoneEdit"), QStringLiteral("+1"));
    QVERIFY(!child<FieldErrorLabel>("userIdError")->isVisible());
    QVERIFY(!child<QLabel>("sendHintLabel")->text().isEmpty());
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
    m_form->setInput(input);
    QCOMPARE(m_form->input(Operation::Identify), input);
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
}

void tst_IdentifyForm::failedSendKeepsEverythingTyped()
{
    HttpTestServer::Response refused;
    refused.status = 401;
    refused.body = R"({"status":401,"message":"Unauthorized"})";
    m_harness.server().setResponse(refused);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    QVERIFY(FormDriver::addProperty(child<PropertyEditor>("propertiesEditor"),
                                    QStringLiteral("plan"),
                                    PropertyEditor::Type::Text,
                                    QStringLiteral("pro")));
    const OperationInput before = m_form->input(Operation::Identify);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    m_harness.server().setResponse({});
    auto* result = child<ResultView>("resultView");
    QCOMPARE(result->headline(), QStringLiteral("Rejected (HTTP 401)"));
    QVERIFY(result->details().contains(QStringLiteral("credential")));
    QCOMPARE(m_form->input(Operation::Identify), before);
}

void tst_IdentifyForm::sendWhileEditingACellKeepsTheTypedValue()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    auto* properties = child<PropertyEditor>("propertiesEditor");
    QVERIFY(FormDriver::addProperty(
        properties, QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("free")));
    // Start editing the value again and press Ctrl+Return before Enter: the new text is what goes out.
    auto* table = properties->findChild<QTableWidget*>(QStringLiteral("propertyTable"));
    table->setCurrentCell(0, PropertyEditor::ValueColumn);
    table->editItem(table->item(0, PropertyEditor::ValueColumn));
    auto* editor = qobject_cast<QLineEdit*>(FormDriver::openEditor(table));
    QVERIFY(editor);
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("pro"));
    m_form->requestSend();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().data, QStringLiteral(R"({"plan":"pro"})"));
}

QTEST_MAIN(tst_IdentifyForm)
#include "tst_IdentifyForm.moc"
