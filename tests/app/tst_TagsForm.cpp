#include "FormTestCase.h"
#include "VeroRequire.h"
#include "app/forms/ResultView.h"
#include "app/forms/TagsForm.h"
#include "app/widgets/FieldErrorLabel.h"
#include "app/widgets/TagListEditor.h"
#include "core/api/RequestBuilder.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Tags: two editable lists (Enter adds), sent as PUT users/tags/edit; a tag in both lists is refused.
class tst_TagsForm : public FormTestCase<TagsForm>
{
    Q_OBJECT

private slots:
    void sendsBothLists();
    void sandboxUserGetsTheTags();
    void tagInBothListsIsRefused();
    void noTagsIsRefusedOnSend();
    void typedButNotAddedTagIsPointedOut();
    void deleteKeyRemovesATag();
    void commaSeparatedTagsAreSplit();
    void unrecommendedTagsWarnWithoutBlocking();

private:
    // Types the user id, then each tag into its list (Enter after each).
    void fill(const QString& id, const QStringList& toAdd, const QStringList& toRemove);
};

void tst_TagsForm::fill(const QString& id, const QStringList& toAdd, const QStringList& toRemove)
{
    auto* userId = child<QLineEdit>("userIdEdit");
    auto* add = child<TagListEditor>("tagsToAddEditor");
    auto* remove = child<TagListEditor>("tagsToRemoveEditor");
    QVERIFY(userId && add && remove);
    QTest::keyClicks(userId, id);
    for (const QString& tag : toAdd) {
        QVERIFY(FormDriver::addTag(add, tag));
    }
    for (const QString& tag : toRemove) {
        QVERIFY(FormDriver::addTag(remove, tag));
    }
}

void tst_TagsForm::sendsBothLists()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    harness().connectForm(form(), harness().recordingWorkspace());
    auto* add = child<TagListEditor>("tagsToAddEditor");
    auto* send = child<QPushButton>("sendButton");
    auto* result = child<ResultView>("resultView");
    QVERIFY(add && send && result);
    fill(QStringLiteral("t-1"),
         {QStringLiteral("prospect"), QStringLiteral("vip"), QStringLiteral("vip")}, // not twice
         {QStringLiteral("churned")});
    QCOMPARE(add->tags(), (QStringList {QStringLiteral("prospect"), QStringLiteral("vip")}));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const OperationInput input = sent.first().first().value<OperationInput>();
    QCOMPARE(input.operation, Operation::TagsEdit);
    QCOMPARE(input.tagsAdd, (QStringList {QStringLiteral("prospect"), QStringLiteral("vip")}));
    QCOMPARE(input.tagsRemove, QStringList {QStringLiteral("churned")});

    const QJsonObject expected {{QStringLiteral("id"), QStringLiteral("t-1")},
                                {QStringLiteral("add"), QJsonArray {QStringLiteral("prospect"), QStringLiteral("vip")}},
                                {QStringLiteral("remove"), QJsonArray {QStringLiteral("churned")}}};
    QCOMPARE(RequestBuilder::build(input).request.body, expected);
    QCOMPARE(harness().server().requests().size(), 1);
    const HttpTestServer::Request& received = harness().server().requests().first();
    QCOMPARE(received.method, QByteArray("PUT"));
    QCOMPARE(received.path, QStringLiteral("/api/v2/users/tags/edit"));
    QJsonObject body = received.json();
    body.remove(QStringLiteral("auth_token"));
    QCOMPARE(body, expected);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
}

void tst_TagsForm::sandboxUserGetsTheTags()
{
    VERO_REQUIRE(harness().startSandbox(), harness().sandboxError());
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("tagged");
    QCOMPARE(harness().send(identify, harness().sandboxWorkspace()).status, 200);
    QTRY_VERIFY(!harness().sandboxUser(QStringLiteral("tagged")).isEmpty());

    harness().connectForm(form(), harness().sandboxWorkspace());
    auto* add = child<TagListEditor>("tagsToAddEditor");
    auto* remove = child<TagListEditor>("tagsToRemoveEditor");
    auto* send = child<QPushButton>("sendButton");
    auto* result = child<ResultView>("resultView");
    QVERIFY(add && remove && send && result);
    fill(QStringLiteral("tagged"), {QStringLiteral("prospect"), QStringLiteral("trial")}, {});
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(result->headline(), QStringLiteral("Accepted (HTTP 200)"));
    QTRY_COMPARE(harness().sandboxUser(QStringLiteral("tagged")).value(QStringLiteral("tags")).toArray().size(), 2);

    // Now take one away from the same form: the add list is cleared by hand, the remove list filled.
    add->setTags({});
    QVERIFY(FormDriver::addTag(remove, QStringLiteral("trial")));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(harness().sandboxUser(QStringLiteral("tagged")).value(QStringLiteral("tags")).toArray(),
                 QJsonArray {QStringLiteral("prospect")});
}

void tst_TagsForm::tagInBothListsIsRefused()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* error = child<FieldErrorLabel>("tagsToRemoveError");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(error && send);
    fill(QStringLiteral("t-1"), {QStringLiteral("vip")}, {QStringLiteral("vip")});
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The tag \"vip\" is both added and removed."));
    QVERIFY(!send->isEnabled());
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(harness().server().requests().size(), 0);
}

void tst_TagsForm::noTagsIsRefusedOnSend()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* error = child<FieldErrorLabel>("tagsToAddError");
    QVERIFY(error);
    fill(QStringLiteral("t-1"), {}, {});
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(error->text(), QStringLiteral("Tags to add: give at least one tag (or one to remove)."));
}

void tst_TagsForm::typedButNotAddedTagIsPointedOut()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* add = child<TagListEditor>("tagsToAddEditor");
    auto* error = child<FieldErrorLabel>("tagsToAddError");
    QVERIFY(add && error);
    auto* entry = FormDriver::child<QLineEdit>(add, "tagEdit");
    QVERIFY(entry);
    fill(QStringLiteral("t-1"), {QStringLiteral("vip")}, {});
    QTest::keyClicks(entry, QStringLiteral("half"));
    form()->requestSend();
    QCOMPARE(sent.size(), 0);
    QVERIFY(error->text().contains(QStringLiteral("Press Enter to add \"half\"")));
    QCOMPARE(entry->text(), QStringLiteral("half"));
    QTest::keyClick(entry, Qt::Key_Return);
    form()->requestSend();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().tagsAdd,
             (QStringList {QStringLiteral("vip"), QStringLiteral("half")}));
}

void tst_TagsForm::deleteKeyRemovesATag()
{
    auto* add = child<TagListEditor>("tagsToAddEditor");
    QVERIFY(add);
    QVERIFY(FormDriver::addTag(add, QStringLiteral("a")));
    QVERIFY(FormDriver::addTag(add, QStringLiteral("b")));
    auto* list = FormDriver::child<QListWidget>(add, "tagList");
    QVERIFY(list);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(add->tags(), QStringList {QStringLiteral("b")});
}

// "trial, churned" typed as one tag is the two tags a marketer meant.
void tst_TagsForm::commaSeparatedTagsAreSplit()
{
    auto* add = child<TagListEditor>("tagsToAddEditor");
    auto* entry = add ? add->findChild<QLineEdit*>(QStringLiteral("tagEdit")) : nullptr;
    QVERIFY(entry);
    QTest::keyClicks(entry, QStringLiteral("trial, churned;vip"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(add->tags(), (QStringList {QStringLiteral("trial"), QStringLiteral("churned"), QStringLiteral("vip")}));
    QVERIFY(entry->text().isEmpty());
}

// Vero's advice in words under the list; Send stays enabled, the tags go as listed.
void tst_TagsForm::unrecommendedTagsWarnWithoutBlocking()
{
    QSignalSpy sent(form(), &OperationForm::sendRequested);
    auto* warning = child<QLabel>("tagsToAddWarning");
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(warning && send);
    QVERIFY(warning->isHidden());
    fill(QStringLiteral("t-1"), {QStringLiteral("big spender!")}, {});
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("letters, digits, - and _")), qPrintable(warning->text()));
    QVERIFY(send->isEnabled());

    auto* add = child<TagListEditor>("tagsToAddEditor");
    add->setTags({});
    QVERIFY(warning->isHidden());
    QVERIFY(FormDriver::addTag(add, QStringLiteral("unsubscribed")));
    QVERIFY2(warning->text().contains(QLatin1String("unsubscribes the user")), qPrintable(warning->text()));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<OperationInput>().tagsAdd, QStringList {QStringLiteral("unsubscribed")});
}

QTEST_MAIN(tst_TagsForm)
#include "tst_TagsForm.moc"
