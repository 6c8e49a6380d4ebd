#include "FormDriver.h"
#include "FormSendHarness.h"
#include "app/forms/ResultView.h"
#include "app/forms/TagsForm.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/TagListEditor.h"
#include "core/api/RequestBuilder.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Tags: two editable lists (Enter adds), sent as PUT users/tags/edit; a tag in both lists is refused.
class tst_TagsForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sendsBothLists();
    void sandboxUserGetsTheTags();
    void tagInBothListsIsRefused();
    void noTagsIsRefusedOnSend();
    void typedButNotAddedTagIsPointedOut();
    void deleteKeyRemovesATag();

private:
    template <typename T>
    T* child(const char* name)
    {
        return FormDriver::child<T>(m_form.get(), name);
    }

    FormSendHarness m_harness;
    std::unique_ptr<TagsForm> m_form;
};

void tst_TagsForm::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void tst_TagsForm::init()
{
    m_form = std::make_unique<TagsForm>();
    m_form->resize(800, 600);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_harness.server().clear();
}

void tst_TagsForm::sendsBothLists()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    m_harness.connectForm(m_form.get(), m_harness.recordingWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("t-1"));
    auto* add = child<TagListEditor>("tagsToAddEditor");
    auto* remove = child<TagListEditor>("tagsToRemoveEditor");
    FormDriver::addTag(add, QStringLiteral("prospect"));
    FormDriver::addTag(add, QStringLiteral("vip"));
    FormDriver::addTag(add, QStringLiteral("vip")); // not twice
    FormDriver::addTag(remove, QStringLiteral("churned"));
    QCOMPARE(add->tags(), (QStringList {QStringLiteral("prospect"), QStringLiteral("vip")}));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::TagsEdit);
    QCOMPARE(input.tagsAdd, (QStringList {QStringLiteral("prospect"), QStringLiteral("vip")}));
    QCOMPARE(input.tagsRemove, QStringList {QStringLiteral("churned")});

    const QJsonObject expected {{QStringLiteral("id"), QStringLiteral("t-1")},
                                {QStringLiteral("add"), QJsonArray {QStringLiteral("prospect"), QStringLiteral("vip")}},
                                {QStringLiteral("remove"), QJsonArray {QStringLiteral("churned")}}};
    QCOMPARE(RequestBuilder::build(input).request.body, expected);
    QCOMPARE(m_harness.server().requests().size(), 1);
    const HttpTestServer::Request& received = m_harness.server().requests().first();
    QCOMPARE(received.method, QByteArray("PUT"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/tags/edit"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_TagsForm::sandboxUserGetsTheTags()
{
    if (!m_harness.startSandbox()) {
        QSKIP(qPrintable(m_harness.sandboxError()));
    }
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("tagged");
    QCOMPARE(m_harness.send(identify, m_harness.sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!m_harness.sandboxUser(QStringLiteral("tagged")).isEmpty());

    m_harness.connectForm(m_form.get(), m_harness.sandboxWorkspace());
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("tagged"));
    FormDriver::addTag(child<TagListEditor>("tagsToAddEditor"), QStringLiteral("prospect"));
    FormDriver::addTag(child<TagListEditor>("tagsToAddEditor"), QStringLiteral("trial"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(child<ResultView>("resultView")->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QTRY_COMPARE(m_harness.sandboxUser(QStringLiteral("tagged")).value(QStringLiteral("tags")).toArray().size(), 2);

    // Now take one away from the same form: the add list is cleared by hand, the remove list filled.
    child<TagListEditor>("tagsToAddEditor")->setTags({});
    FormDriver::addTag(child<TagListEditor>("tagsToRemoveEditor"), QStringLiteral("trial"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_COMPARE(m_harness.sandboxUser(QStringLiteral("tagged")).value(QStringLiteral("tags")).toArray(),
                 QJsonArray {QStringLiteral("prospect")});
}

void tst_TagsForm::tagInBothListsIsRefused()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("t-1"));
    FormDriver::addTag(child<TagListEditor>("tagsToAddEditor"), QStringLiteral("vip"));
    FormDriver::addTag(child<TagListEditor>("tagsToRemoveEditor"), QStringLiteral("vip"));
    auto* error = child<FieldErrorLabel>("tagsToRemoveError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The tag \"vip\" is both added and removed."));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_harness.server().requests().size(), 0);
}

void tst_TagsForm::noTagsIsRefusedOnSend()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("t-1"));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(child<FieldErrorLabel>("tagsToAddError")->text(),
             QStringLiteral("Give at least one tag to add or to remove."));
}

void tst_TagsForm::typedButNotAddedTagIsPointedOut()
{
    QSignalSpy sent(m_form.get(), &OperationForm::sendRequested);
    QTest::keyClicks(child<QLineEdit>("userIdEdit"), QStringLiteral("t-1"));
    FormDriver::addTag(child<TagListEditor>("tagsToAddEditor"), QStringLiteral("vip"));
    auto* entry = child<TagListEditor>("tagsToAddEditor")->findChild<QLineEdit*>(QStringLiteral("tagEdit"));
    QTest::keyClicks(entry, QStringLiteral("half"));
    m_form->requestSend();
    QCOMPARE(sent.size(), 0);
    QVERIFY(child<FieldErrorLabel>("tagsToAddError")->text().contains(QStringLiteral("Press Enter to add \"half\"")));
    QCOMPARE(entry->text(), QStringLiteral("half"));
    QTest::keyClick(entry, Qt::Key_Return);
    m_form->requestSend();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().tagsAdd,
             (QStringList {QStringLiteral("vip"), QStringLiteral("half")}));
}

void tst_TagsForm::deleteKeyRemovesATag()
{
    auto* add = child<TagListEditor>("tagsToAddEditor");
    FormDriver::addTag(add, QStringLiteral("a"));
    FormDriver::addTag(add, QStringLiteral("b"));
    auto* list = add->findChild<QListWidget*>(QStringLiteral("tagList"));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(add->tags(), QStringList {QStringLiteral("b")});
}

QTEST_MAIN(tst_TagsForm)
#include "tst_TagsForm.moc"
