#include "FormDriver.h"
#include "FormSendHarness.h"
#include "app/forms/ResultView.h"
#include "app/forms/TrackEventForm.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/PropertyEditor.h"
#include "core/api/RequestBuilder.h"

#include <QCheckBox>
#include <QDateTime>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Track event: identity, name (with the normalisation preview), data, extras, and the unique timestamp option.
class tst_TrackEventForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void previewShowsHowVeroMatchesTheName_data();
    void previewShowsHowVeroMatchesTheName();
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
    template <typename T>
    T* child(const char* name)
    {
        return FormDriver::child<T>(m_form.get(), name);
    }

    FormSendHarness m_harness;
    std::unique_ptr<TrackEventForm> m_form;
};

void tst_TrackEventForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_TrackEventForm::init()
{
    m_form = std::make_unique<TrackEventForm>();
    m_form->resize(900, 700);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
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
    QTest::keyClicks(child<QLineEdit>("eventNameEdit"), typed);
    const QString preview = child<QLabel>("eventNamePreviewLabel")->text();
    QVERIFY2(preview.contains(QStringLiteral("Vero matches this event as: ") + matched), qPrintable(preview));
}

void tst_TrackEventForm::sendsIdentityNameDataAndExtras()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("john@example.com"));
    QTest::keyClicks(child<QLineEdit>("eventNameEdit"), QStringLiteral("Viewed product"));
    QVERIFY(FormDriver::addProperty(child<PropertyEditor>("dataEditor"),
                                    QStringLiteral("product_name"),
                                    PropertyEditor::Type::Text,
                                    QStringLiteral("Red T-shirt")));
    QVERIFY(FormDriver::addProperty(child<PropertyEditor>("dataEditor"),
                                    QStringLiteral("price"),
                                    PropertyEditor::Type::Number,
                                    QStringLiteral("19.99")));
    QVERIFY(FormDriver::addProperty(child<PropertyEditor>("extrasEditor"),
                                    QStringLiteral("check_id"),
                                    PropertyEditor::Type::Number,
                                    QStringLiteral("146273733")));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
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
    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/events/track"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
}

void tst_TrackEventForm::uniqueTimestampIsAddedToData()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    QTest::keyClicks(child<QLineEdit>("eventNameEdit"), QStringLiteral("Test event"));
    FormDriver::typeRawJson(child<PropertyEditor>("dataEditor"), QStringLiteral(R"({"step": 1})"));
    clickCheckBox(child<QCheckBox>("uniqueTimestampCheckBox"));
    QVERIFY(child<QCheckBox>("uniqueTimestampCheckBox")->isChecked());
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);

    const QJsonObject data = m_harness.server().requests().first().json().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("step")).toInt(), 1);
    const QString stamp = data.value(TrackEventForm::UniqueTimestampKey).toString();
    const QDateTime stampTime = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    QVERIFY2(stampTime.isValid(), qPrintable(stamp));
    QCOMPARE(stampTime.timeSpec(), Qt::UTC);
    // The option is not stored as a property the user typed: the data editor still holds only "step".
    QCOMPARE(child<PropertyEditor>("dataEditor")->jsonText(), QStringLiteral(R"({"step":1})"));
}

void tst_TrackEventForm::uniqueTimestampDefeatsSandboxDeduplication()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("dedup-user"));
    QTest::keyClicks(child<QLineEdit>("eventNameEdit"), QStringLiteral("Purchased Item"));
    FormDriver::typeRawJson(child<PropertyEditor>("dataEditor"), QStringLiteral(R"({"sku": "A1"})"));

    // Without the option, the same event twice is recorded once.
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_COMPARE(m_harness.sandboxEvents(QStringLiteral("dedup-user")).size(), 1);
    const QJsonObject first = m_harness.sandboxEvents(QStringLiteral("dedup-user")).first().toObject();
    QCOMPARE(first.value(QStringLiteral("normalised_name")).toString(), QStringLiteral("purchased_item"));

    // With it, each send is a new event. Two stamps in the same millisecond would collide, so wait for the clock.
    clickCheckBox(child<QCheckBox>("uniqueTimestampCheckBox"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    const QString firstStamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTRY_VERIFY(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) != firstStamp);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_COMPARE(m_harness.sandboxEvents(QStringLiteral("dedup-user")).size(), 3);
}

void tst_TrackEventForm::invalidEmailIsShownUnderEmail()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("eventNameEdit"), QStringLiteral("Signed up"));
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("john@"));
    auto* emailError = child<FieldErrorLabel>("emailError");
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), QStringLiteral("identity.email is not a valid email address."));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_harness.server().requests().size(), 0);
}

void tst_TrackEventForm::overlongEventNameIsRefused()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("1234"));
    child<QLineEdit>("eventNameEdit")->setText(QString(255, QLatin1Char('e')));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(child<FieldErrorLabel>("eventNameError")->text(),
             QStringLiteral("event_name must be less than 255 characters (it has 255)."));
}

void tst_TrackEventForm::setInputRestoresTheStampOption()
{
    OperationInput input;
    input.operation = Operation::TrackEvent;
    input.id = QStringLiteral("1");
    input.eventName = QStringLiteral("Opened");
    input.data = QStringLiteral(R"({"screen":"home","unique_timestamp":"2020-01-01T00:00:00.000Z"})");
    m_form->setInput(input);
    QVERIFY(child<QCheckBox>("uniqueTimestampCheckBox")->isChecked());
    QCOMPARE(child<PropertyEditor>("dataEditor")->jsonText(), QStringLiteral(R"({"screen":"home"})"));
    // A fresh stamp, never the one from history.
    const QJsonObject data = QJsonDocument::fromJson(m_form->input(Operation::TrackEvent).data.toUtf8()).object();
    QVERIFY(data.value(TrackEventForm::UniqueTimestampKey).toString() != QStringLiteral("2020-01-01T00:00:00.000Z"));
}

QTEST_MAIN(tst_TrackEventForm)
#include "tst_TrackEventForm.moc"
