#include "FormDriver.h"
#include "FormSendHarness.h"
#include "app/forms/AliasForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/FieldErrorLabel.h"
#include "core/api/RequestBuilder.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The alias form: current id and new id, sent as PUT users/reidentify, with the reference's warning.
class tst_AliasForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheMergeWarning();
    void sendsOldAndNewId();
    void renamesTheUserInTheSandbox();
    void sameIdIsRefused();
    void missingNewIdIsShownOnSend();

private:
    template <typename T>
    T* child(const char* name)
    {
        return FormDriver::child<T>(m_form.get(), name);
    }

    FormSendHarness m_harness;
    std::unique_ptr<AliasForm> m_form;
};

void tst_AliasForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_AliasForm::init()
{
    m_form = std::make_unique<AliasForm>();
    m_form->resize(800, 600);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
}

void tst_AliasForm::showsTheMergeWarning()
{
    auto* warning = child<QLabel>("aliasWarningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("merges two user identities")));
    QVERIFY(warning->text().contains(QStringLiteral("unintended consequences")));
}

void tst_AliasForm::sendsOldAndNewId()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("123"));
    QTest::keyClicks(child<QLineEdit>("newIdEdit"), QStringLiteral("456"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::Alias);
    QCOMPARE(input.id, QStringLiteral("123"));
    QCOMPARE(input.newId, QStringLiteral("456"));
    const QJsonObject expected {{QStringLiteral("id"), QStringLiteral("123")},
                                {QStringLiteral("new_id"), QStringLiteral("456")}};
    QCOMPARE(RequestBuilder::build(input).request.body, expected);

    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("PUT"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/reidentify"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_AliasForm::renamesTheUserInTheSandbox()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("alias-old");
    identify.email = QStringLiteral("alias@example.com");
    QCOMPARE(m_harness.send(identify, m_harness.sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!m_harness.sandboxUser(QStringLiteral("alias-old")).isEmpty());

    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("alias-old"));
    QTest::keyClicks(child<QLineEdit>("newIdEdit"), QStringLiteral("alias-new"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QTRY_COMPARE(m_harness.sandboxUser(QStringLiteral("alias-new")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("alias@example.com"));
}

void tst_AliasForm::sameIdIsRefused()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("123"));
    QTest::keyClicks(child<QLineEdit>("newIdEdit"), QStringLiteral("123"));
    auto* newIdError = child<FieldErrorLabel>("newIdError");
    QVERIFY(newIdError->isVisible());
    QCOMPARE(newIdError->text(), QStringLiteral("new_id must differ from id."));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
}

void tst_AliasForm::missingNewIdIsShownOnSend()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("123"));
    QVERIFY(!child<FieldErrorLabel>("newIdError")->isVisible());
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(child<FieldErrorLabel>("newIdError")->text(), QStringLiteral("new_id is required."));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("newIdEdit"));
    QCOMPARE(m_harness.server().requests().size(), 0);
}

QTEST_MAIN(tst_AliasForm)
#include "tst_AliasForm.moc"
