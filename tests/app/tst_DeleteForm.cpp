#include "FormDriver.h"
#include "FormSendHarness.h"
#include "app/forms/DeleteConfirmationDialog.h"
#include "app/forms/DeleteForm.h"
#include "app/forms/ResultView.h"
#include "app/widgets/FieldErrorLabel.h"
#include "core/api/RequestBuilder.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Delete asks first: only typing the id back and pressing Delete sends users/delete; Cancel, Escape and a
// wrong id send nothing.
class tst_DeleteForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void confirmedDeleteIsSent();
    void confirmedDeleteRemovesTheSandboxUser();
    void cancelSendsNothing();
    void wrongIdSendsNothing();
    void escapeSendsNothing();
    void emptyIdOpensNoConfirmation();

private:
    template <typename T>
    T* child(const char* name)
    {
        return FormDriver::child<T>(m_form.get(), name);
    }
    // Types the id, clicks "Delete user…", and returns the confirmation that opened.
    DeleteConfirmationDialog* openConfirmation(const QString& id);

    FormSendHarness m_harness;
    std::unique_ptr<DeleteForm> m_form;
};

void tst_DeleteForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_DeleteForm::init()
{
    m_form = std::make_unique<DeleteForm>();
    m_form->resize(800, 600);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
}

void tst_DeleteForm::cleanup()
{
    DeleteConfirmationDialog::setNextShowHook({});
}

DeleteConfirmationDialog* tst_DeleteForm::openConfirmation(const QString& id)
{
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), id);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    auto* dialog = m_form->findChild<DeleteConfirmationDialog*>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void tst_DeleteForm::confirmedDeleteIsSent()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    // Answered through the dialog's test hook, as a modal dialog in the app would be.
    bool hookRan = false;
    DeleteConfirmationDialog::setNextShowHook([&](DeleteConfirmationDialog& dialog) {
        hookRan = true;
        auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmIdEdit"));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("del-"));
        QVERIFY(!dialog.deleteButton()->isEnabled()); // half the id is not the id
        QTest::keyClicks(confirm, QStringLiteral("1"));
        QVERIFY(dialog.deleteButton()->isEnabled());
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    });
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("del-1"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(sent.size(), 0); // nothing before the answer
    QTRY_VERIFY(hookRan);
    QTRY_COMPARE(sent.size(), 1);

    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::Delete);
    QCOMPARE(input.id, QStringLiteral("del-1"));
    QCOMPARE(RequestBuilder::build(input).request.body,
             (QJsonObject {{QStringLiteral("id"), QStringLiteral("del-1")}}));
    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/delete"));
    QCOMPARE(received.json().value(QStringLiteral("id")).toString(), QStringLiteral("del-1"));
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_DeleteForm::confirmedDeleteRemovesTheSandboxUser()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    m_form = std::make_unique<DeleteForm>();
    m_form->show();
    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("doomed");
    QCOMPARE(m_harness.send(identify, m_harness.sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!m_harness.sandboxUser(QStringLiteral("doomed")).isEmpty());

    DeleteConfirmationDialog* dialog = openConfirmation(QStringLiteral("doomed"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmIdEdit")), QStringLiteral("doomed"));
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QTRY_VERIFY(m_harness.sandboxUser(QStringLiteral("doomed")).isEmpty());
}

void tst_DeleteForm::cancelSendsNothing()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    DeleteConfirmationDialog* dialog = openConfirmation(QStringLiteral("del-1"));
    QVERIFY(dialog);
    // The dialog says what is at stake.
    const QString said = dialog->findChild<QLabel*>(QStringLiteral("consequencesLabel"))->text()
                         + dialog->findChild<QLabel*>(QStringLiteral("recreateLabel"))->text();
    QVERIFY(said.contains(QStringLiteral("permanent")));
    QVERIFY(said.contains(QStringLiteral("properties and activity are lost")));
    QVERIFY(said.contains(QStringLiteral("identify or an event")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmIdEdit")), QStringLiteral("del-1"));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_harness.server().requests().size(), 0);
    QCOMPARE(child<QLabel>("sendHintLabel")->text(), QStringLiteral("Deletion cancelled: nothing was sent."));
    QCOMPARE(child<QLineEdit>("userIdEdit")->text(), QStringLiteral("del-1"));
}

void tst_DeleteForm::wrongIdSendsNothing()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    DeleteConfirmationDialog* dialog = openConfirmation(QStringLiteral("del-1"));
    QVERIFY(dialog);
    auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmIdEdit"));
    QTest::keyClicks(confirm, QStringLiteral("del-2"));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton); // disabled: ignored
    QTest::keyClick(confirm, Qt::Key_Return);                  // the default button is Cancel
    QCoreApplication::processEvents();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_harness.server().requests().size(), 0);
}

void tst_DeleteForm::escapeSendsNothing()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    bool hookRan = false;
    DeleteConfirmationDialog::setNextShowHook([&](DeleteConfirmationDialog& dialog) {
        hookRan = true;
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("confirmIdEdit")), QStringLiteral("del-1"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("del-1"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(hookRan);
    QCoreApplication::processEvents();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_harness.server().requests().size(), 0);
}

void tst_DeleteForm::emptyIdOpensNoConfirmation()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    m_form->requestSend();
    QVERIFY(!m_form->findChild<DeleteConfirmationDialog*>());
    QCOMPARE(sent.size(), 0);
    QCOMPARE(child<FieldErrorLabel>("userIdError")->text(), QStringLiteral("id is required."));
}

QTEST_MAIN(tst_DeleteForm)
#include "tst_DeleteForm.moc"
