#include "FormDriver.h"
#include "FormSendHarness.h"
#include "app/forms/EditPropertiesForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/PropertyEditor.h"
#include "core/api/RequestBuilder.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The legacy users/edit form: id or email and the changes, sent as PUT users/edit.
class tst_EditPropertiesForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void isMarkedAsLegacy();
    void sendsChangesById();
    void sendsChangesByEmailToTheSandbox();
    void emptyChangesAreRefused();
    void brokenRawJsonIsReportedAndKept();

private:
    template <typename T>
    T* child(const char* name)
    {
        return FormDriver::child<T>(m_form.get(), name);
    }

    FormSendHarness m_harness;
    std::unique_ptr<EditPropertiesForm> m_form;
};

void tst_EditPropertiesForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_EditPropertiesForm::init()
{
    m_form = std::make_unique<EditPropertiesForm>();
    m_form->resize(900, 700);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
}

void tst_EditPropertiesForm::isMarkedAsLegacy()
{
    auto* banner = child<QLabel>("legacyBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Legacy endpoint")));
    QVERIFY(banner->text().contains(QStringLiteral("users/edit")));
}

void tst_EditPropertiesForm::sendsChangesById()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("u-9"));
    auto* changes = child<PropertyEditor>("changesEditor");
    QVERIFY(
        FormDriver::addProperty(changes, QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("team")));
    QVERIFY(FormDriver::addProperty(
        changes, QStringLiteral("renewed_on"), PropertyEditor::Type::Date, QStringLiteral("2025-01-31")));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::EditProperties);
    QCOMPARE(input.id, QStringLiteral("u-9"));

    const QJsonObject expected {{QStringLiteral("id"), QStringLiteral("u-9")},
                                {QStringLiteral("changes"),
                                 QJsonObject {{QStringLiteral("plan"), QStringLiteral("team")},
                                              {QStringLiteral("renewed_on"), QStringLiteral("2025-01-31")}}}};
    const RequestBuilder::Result built = RequestBuilder::build(input);
    QVERIFY(built.ok());
    QCOMPARE(built.request.method, QByteArray("PUT"));
    QCOMPARE(built.request.body, expected);

    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("PUT"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/edit"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_EditPropertiesForm::sendsChangesByEmailToTheSandbox()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    // The user must exist first: create it through the sandbox with the core, as any client would.
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("edit-user");
    identify.email = QStringLiteral("edit@example.com");
    identify.data = QStringLiteral(R"({"plan":"free"})");
    QCOMPARE(m_harness.send(identify, m_harness.sandboxWorkspace()).status, 200);

    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("edit@example.com"));
    FormDriver::typeRawJson(child<PropertyEditor>("changesEditor"), QStringLiteral(R"({"plan": "pro", "seats": 5})"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QTRY_COMPARE(m_harness.sandboxUser(QStringLiteral("edit-user"))
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("pro"));
    QCOMPARE(m_harness.sandboxUser(QStringLiteral("edit-user"))
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("seats"))
                 .toInt(),
             5);
}

void tst_EditPropertiesForm::emptyChangesAreRefused()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("u-9"));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    auto* changesError = child<FieldErrorLabel>("changesError");
    QVERIFY(changesError->isVisible());
    QCOMPARE(changesError->text(), QStringLiteral("changes is required."));
    QCOMPARE(m_harness.server().requests().size(), 0);
}

void tst_EditPropertiesForm::brokenRawJsonIsReportedAndKept()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("u-9"));
    auto* changes = child<PropertyEditor>("changesEditor");
    FormDriver::typeRawJson(changes, QStringLiteral(R"({"plan": pro})"));
    auto* changesError = child<FieldErrorLabel>("changesError");
    QVERIFY(changesError->isVisible());
    QVERIFY2(changesError->text().startsWith(QStringLiteral("changes is not valid JSON")),
             qPrintable(changesError->text()));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_form->input(Operation::EditProperties).changes, QStringLiteral(R"({"plan": pro})"));
}

QTEST_MAIN(tst_EditPropertiesForm)
#include "tst_EditPropertiesForm.moc"
