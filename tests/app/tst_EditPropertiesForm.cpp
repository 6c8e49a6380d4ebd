#include "FormTestCase.h"
#include "VeroRequire.h"
#include "app/forms/EditPropertiesForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/NoticeWidget.h"
#include "app/widgets/PropertyEditor.h"
#include "core/api/RequestBuilder.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The legacy users/edit form: id or email and the changes, sent as PUT users/edit.
class tst_EditPropertiesForm : public FormTestCase<EditPropertiesForm>
{
    Q_OBJECT
public:
    tst_EditPropertiesForm()
        : FormTestCase(QSize(900, 700))
    {
    }

private slots:
    void isMarkedAsLegacy();
    void sendsChangesById();
    void sendsChangesByEmailToTheSandbox();
    void emptyChangesAreRefused();
    void brokenRawJsonIsReportedAndKept();
};

void tst_EditPropertiesForm::isMarkedAsLegacy()
{
    auto* banner = child<NoticeWidget>("legacyBanner");
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Legacy endpoint")));
    QVERIFY(banner->text().contains(QStringLiteral("users/edit")));
}

void tst_EditPropertiesForm::sendsChangesById()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* changes = child<PropertyEditor>("changesEditor");
    auto* send = child<QPushButton>("sendButton");
    auto* result = child<ResultView>("resultView");
    QVERIFY(userId && changes && send && result);
    QTest::keyClicks(userId, QStringLiteral("u-9"));
    QVERIFY(
        FormDriver::addProperty(changes, QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("team")));
    QVERIFY(FormDriver::addProperty(
        changes, QStringLiteral("renewed_on"), PropertyEditor::Type::Date, QStringLiteral("2025-01-31")));
    QTest::mouseClick(send, Qt::LeftButton);
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

    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("PUT"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/edit"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_EditPropertiesForm::sendsChangesByEmailToTheSandbox()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    // The user must exist first: create it through the sandbox with the core, as any client would.
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("edit-user");
    identify.email = QStringLiteral("edit@example.com");
    identify.data = QStringLiteral(R"({"plan":"free"})");
    QCOMPARE(harness().send(identify, harness().sandboxWorkspace()).status, 200);

    harness().connectForm(form(), harness().sandboxWorkspace());
    auto* email = child<QLineEdit>("emailEdit");
    auto* changes = child<PropertyEditor>("changesEditor");
    auto* send = child<QPushButton>("sendButton");
    auto* result = child<ResultView>("resultView");
    QVERIFY(email && changes && send && result);
    QTest::keyClicks(email, QStringLiteral("edit@example.com"));
    QVERIFY(FormDriver::typeRawJson(changes, QStringLiteral(R"({"plan": "pro", "seats": 5})")));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
    const auto property = [this](const QString& key) {
        return harness()
            .sandboxUser(QStringLiteral("edit-user"))
            .value(QStringLiteral("properties"))
            .toObject()
            .value(key);
    };
    QTRY_COMPARE(property(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
    QCOMPARE(property(QStringLiteral("seats")).toInt(), 5);
}

void tst_EditPropertiesForm::emptyChangesAreRefused()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* send = child<QPushButton>("sendButton");
    auto* changesError = child<FieldErrorLabel>("changesError");
    QVERIFY(userId && send && changesError);
    QTest::keyClicks(userId, QStringLiteral("u-9"));
    QVERIFY(!send->isEnabled());
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QVERIFY(changesError->isVisible());
    QCOMPARE(changesError->text(), QStringLiteral("Changes is required."));
    QCOMPARE(harness().server().requests().size(), 0);
}

void tst_EditPropertiesForm::brokenRawJsonIsReportedAndKept()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* changes = child<PropertyEditor>("changesEditor");
    auto* changesError = child<FieldErrorLabel>("changesError");
    QVERIFY(userId && changes && changesError);
    QTest::keyClicks(userId, QStringLiteral("u-9"));
    QVERIFY(FormDriver::typeRawJson(changes, QStringLiteral(R"({"plan": pro})")));
    QVERIFY(changesError->isVisible());
    QVERIFY2(changesError->text().startsWith(QStringLiteral("changes is not valid JSON")),
             qPrintable(changesError->text()));
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(form()->input(Operation::EditProperties).changes, QStringLiteral(R"({"plan": pro})"));
}

QTEST_MAIN(tst_EditPropertiesForm)
#include "tst_EditPropertiesForm.moc"
