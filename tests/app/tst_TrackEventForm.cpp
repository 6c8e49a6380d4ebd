#include "FormTestCase.h"
#include "VeroRequire.h"
#include "app/forms/ResultView.h"
#include "app/forms/TrackEventForm.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/PropertyEditor.h"
#include "core/api/RequestBuilder.h"
#include "core/history/DuplicateEvent.h"

#include <QCheckBox>
#include <QDateTime>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Track event: identity, name (with the normalisation preview), data, extras, and the unique timestamp option.
class tst_TrackEventForm : public FormTestCase<TrackEventForm>
{
    Q_OBJECT
public:
    tst_TrackEventForm()
        : FormTestCase(QSize(900, 700))
    {
    }

private slots:
    void previewShowsHowVeroMatchesTheName_data();
    void previewShowsHowVeroMatchesTheName();
    void longEventNameWrapsInThePreview();
    void sendsIdentityNameDataAndExtras();
    void uniqueTimestampIsAddedToData();
    void uniqueTimestampDefeatsSandboxDeduplication();
    void invalidEmailIsShownUnderEmail();
    void overlongEventNameIsRefused();
    void setInputRestoresTheStampOption();

private:
    // On the box itself: a check box stretched across the form only reacts to clicks on its box and text.
    static void clickCheckBox(QCheckBox* box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }
    // Types the user id and the event name.
    void typeWhoAndWhat(const QString& id, const QString& eventName);
};

void tst_TrackEventForm::typeWhoAndWhat(const QString& id, const QString& eventName)
{
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* name = child<QLineEdit>("eventNameEdit");
    QVERIFY(userId && name);
    QTest::keyClicks(userId, id);
    QTest::keyClicks(name, eventName);
}

void tst_TrackEventForm::previewShowsHowVeroMatchesTheName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("matched");
    QTest::newRow("title case with space") << QStringLiteral("Purchased Item") << QStringLiteral("purchased_item");
    QTest::newRow("lower case with space") << QStringLiteral("purchased item") << QStringLiteral("purchased_item");
    QTest::newRow("already normal") << QStringLiteral("purchased_item") << QStringLiteral("purchased_item");
    QTest::newRow("surrounding spaces") << QStringLiteral("  Viewed product ") << QStringLiteral("viewed_product");
}

void tst_TrackEventForm::previewShowsHowVeroMatchesTheName()
{
    QFETCH(QString, typed);
    QFETCH(QString, matched);
    auto* name = child<QLineEdit>("eventNameEdit");
    auto* preview = child<QLabel>("eventNamePreviewLabel");
    QVERIFY(name && preview);
    QTest::keyClicks(name, typed);
    QVERIFY2(preview->text().contains(QStringLiteral("Vero matches this event as: ") + matched),
             qPrintable(preview->text()));
}

void tst_TrackEventForm::longEventNameWrapsInThePreview()
{
    // 120 characters without a space: the preview wraps instead of widening the form past a 1024-pixel screen.
    const QString longName = QStringLiteral("checkout_step_completed_with_coupon_").repeated(3)
                             + QStringLiteral("and_gift_wrapping_selected");
    auto* name = child<QLineEdit>("eventNameEdit");
    auto* preview = child<QLabel>("eventNamePreviewLabel");
    QVERIFY(name && preview);
    QTest::keyClicks(name, longName);
    QVERIFY2(preview->minimumSizeHint().width() < 400, qPrintable(QString::number(preview->minimumSizeHint().width())));
    QVERIFY(preview->heightForWidth(300) > preview->fontMetrics().height() * 2);
    // The name is all there, only with places to break.
    QCOMPARE(preview->text().remove(QChar(0x200B)), QStringLiteral("Vero matches this event as: ") + longName);
}

void tst_TrackEventForm::sendsIdentityNameDataAndExtras()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    auto* email = child<QLineEdit>("emailEdit");
    auto* eventData = child<PropertyEditor>("dataEditor");
    auto* extras = child<PropertyEditor>("extrasEditor");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(email && eventData && extras && send);
    typeWhoAndWhat(QStringLiteral("1234"), QStringLiteral("Viewed product"));
    QTest::keyClicks(email, QStringLiteral("john@example.com"));
    QVERIFY(FormDriver::addProperty(
        eventData, QStringLiteral("product_name"), PropertyEditor::Type::Text, QStringLiteral("Red T-shirt")));
    QVERIFY(FormDriver::addProperty(
        eventData, QStringLiteral("price"), PropertyEditor::Type::Number, QStringLiteral("19.99")));
    QVERIFY(FormDriver::addProperty(
        extras, QStringLiteral("check_id"), PropertyEditor::Type::Number, QStringLiteral("146273733")));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::TrackEvent);

    const QJsonObject expected {{QStringLiteral("identity"),
                                 QJsonObject {{QStringLiteral("id"), QStringLiteral("1234")},
                                              {QStringLiteral("email"), QStringLiteral("john@example.com")}}},
                                {QStringLiteral("event_name"), QStringLiteral("Viewed product")},
                                {QStringLiteral("data"),
                                 QJsonObject {{QStringLiteral("product_name"), QStringLiteral("Red T-shirt")},
                                              {QStringLiteral("price"), 19.99}}},
                                {QStringLiteral("extras"), QJsonObject {{QStringLiteral("check_id"), 146273733}}}};
    QCOMPARE(RequestBuilder::build(input).request.body, expected);
    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/events/track"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
}

void tst_TrackEventForm::uniqueTimestampIsAddedToData()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    auto* eventData = child<PropertyEditor>("dataEditor");
    auto* stampOption = child<QCheckBox>("uniqueTimestampCheckBox");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(eventData && stampOption && send);
    typeWhoAndWhat(QStringLiteral("1234"), QStringLiteral("Test event"));
    QVERIFY(FormDriver::typeRawJson(eventData, QStringLiteral(R"({"step": 1})")));
    clickCheckBox(stampOption);
    QVERIFY(stampOption->isChecked());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);

    const QJsonObject data = harness().server().requests().first().json().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("step")).toInt(), 1);
    const QString stamp = data.value(DuplicateEvent::uniqueTimestampKey()).toString();
    const QDateTime stampTime = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    QVERIFY2(stampTime.isValid(), qPrintable(stamp));
    QCOMPARE(stampTime.timeSpec(), Qt::UTC);
    // The option is not stored as a property the user typed: the data editor still holds only "step".
    QCOMPARE(eventData->jsonText(), QStringLiteral(R"({"step":1})"));
}

void tst_TrackEventForm::uniqueTimestampDefeatsSandboxDeduplication()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    harness().connectForm(form(), harness().sandboxWorkspace());
    auto* eventData = child<PropertyEditor>("dataEditor");
    auto* stampOption = child<QCheckBox>("uniqueTimestampCheckBox");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(eventData && stampOption && send);
    typeWhoAndWhat(QStringLiteral("dedup-user"), QStringLiteral("Purchased Item"));
    QVERIFY(FormDriver::typeRawJson(eventData, QStringLiteral(R"({"sku": "A1"})")));

    // Without the option, the same event twice is recorded once.
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(harness().sandboxEvents(QStringLiteral("dedup-user")).size(), 1);
    const QJsonObject first = harness().sandboxEvents(QStringLiteral("dedup-user")).first().toObject();
    QCOMPARE(first.value(QStringLiteral("normalised_name")).toString(), QStringLiteral("purchased_item"));

    // With it, each send is a new event. Two stamps in the same millisecond would collide, so wait for the clock.
    clickCheckBox(stampOption);
    QTest::mouseClick(send, Qt::LeftButton);
    const QString firstStamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTRY_VERIFY(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) != firstStamp);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(harness().sandboxEvents(QStringLiteral("dedup-user")).size(), 3);
}

void tst_TrackEventForm::invalidEmailIsShownUnderEmail()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* name = child<QLineEdit>("eventNameEdit");
    auto* email = child<QLineEdit>("emailEdit");
    auto* emailError = child<FieldErrorLabel>("emailError");
    QVERIFY(name && email && emailError);
    QTest::keyClicks(name, QStringLiteral("Signed up"));
    QTest::keyClicks(email, QStringLiteral("john@"));
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), QStringLiteral("Email is not a valid address."));
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(harness().server().requests().size(), 0);
}

void tst_TrackEventForm::overlongEventNameIsRefused()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* name = child<QLineEdit>("eventNameEdit");
    auto* nameError = child<FieldErrorLabel>("eventNameError");
    QVERIFY(userId && name && nameError);
    QTest::keyClicks(userId, QStringLiteral("1234"));
    name->setText(QString(255, QLatin1Char('e')));
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(nameError->text(), QStringLiteral("Event name must be less than 255 characters (it has 255)."));
}

void tst_TrackEventForm::setInputRestoresTheStampOption()
{
    auto* stampOption = child<QCheckBox>("uniqueTimestampCheckBox");
    auto* eventData = child<PropertyEditor>("dataEditor");
    QVERIFY(stampOption && eventData);
    OperationInput input;
    input.operation = Operation::TrackEvent;
    input.id = QStringLiteral("1");
    input.eventName = QStringLiteral("Opened");
    input.data = QStringLiteral(R"({"screen":"home","unique_timestamp":"2020-01-01T00:00:00.000Z"})");
    form()->setInput(input);
    QVERIFY(stampOption->isChecked());
    QCOMPARE(eventData->jsonText(), QStringLiteral(R"({"screen":"home"})"));
    // A fresh stamp, never the one from history.
    const QJsonObject data = QJsonDocument::fromJson(form()->input(Operation::TrackEvent).data.toUtf8()).object();
    QVERIFY(data.value(DuplicateEvent::uniqueTimestampKey()).toString() != QStringLiteral("2020-01-01T00:00:00.000Z"));
}

QTEST_MAIN(tst_TrackEventForm)
#include "tst_TrackEventForm.moc"
