#include "ScriptedUserPrompts.h"
#include "app/forms/FormFactory.h"
#include "app/forms/OperationForm.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The forms come in the main window's operation order, each fits a 1024x700 window, and Tab walks each form's
// fields in reading order; a refill (history, undo, restore) leaves nothing of what the form held.
class tst_FormFactory : public QObject
{
    Q_OBJECT

private slots:
    void formsComeInOperationListOrder();
    void entriesNameTheirFormsOperations();
    void formsFitTheSmallestSupportedWindow();
    void tabOrderFollowsTheForm_data();
    void tabOrderFollowsTheForm();
    void deleteFormAsksThroughThePrompts();
    void refillReplacesEveryField();

private:
    ScriptedUserPrompts m_prompts;
};

void tst_FormFactory::formsComeInOperationListOrder()
{
    QWidget parent;
    const QList<OperationForm*> forms = FormFactory::createForms(&m_prompts, &parent);
    const QList<QList<Operation>> expected {{Operation::Identify},
                                            {Operation::EditProperties},
                                            {Operation::Alias},
                                            {Operation::Unsubscribe, Operation::Resubscribe},
                                            {Operation::Delete},
                                            {Operation::TagsEdit},
                                            {Operation::TrackEvent},
                                            {Operation::Heartbeat}};
    QCOMPARE(forms.size(), expected.size());
    for (int i = 0; i < forms.size(); ++i) {
        QCOMPARE(forms.at(i)->operations(), expected.at(i));
        QCOMPARE(forms.at(i)->parentWidget(), &parent);
        QVERIFY(!forms.at(i)->objectName().isEmpty());
        const bool hasUser = expected.at(i).first() != Operation::Heartbeat;
        QCOMPARE(forms.at(i)->userIdField() != nullptr, hasUser);
    }
}

/// The main window lists the operations before it builds their forms: each entry must say what its form sends.
void tst_FormFactory::entriesNameTheirFormsOperations()
{
    for (const FormFactory::Entry& entry : FormFactory::entries()) {
        const std::unique_ptr<OperationForm> form(entry.create(&m_prompts, nullptr));
        QCOMPARE(form->operations(), entry.operations);
    }
}

void tst_FormFactory::formsFitTheSmallestSupportedWindow()
{
    // The centre of a 1024x700 main window, after the operation list, toolbar and status bar.
    const QSize centre(760, 560);
    for (OperationForm* form : FormFactory::createForms(&m_prompts, nullptr)) {
        std::unique_ptr<OperationForm> owner(form);
        const QSize minimum = form->minimumSizeHint();
        QVERIFY2(minimum.width() <= centre.width() && minimum.height() <= centre.height(),
                 qPrintable(QStringLiteral("%1 needs %2x%3")
                                .arg(QLatin1String(form->metaObject()->className()))
                                .arg(minimum.width())
                                .arg(minimum.height())));
    }
}

void tst_FormFactory::tabOrderFollowsTheForm_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("identify") << 0
                              << QStringList {QStringLiteral("userIdEdit"),
                                              QStringLiteral("emailEdit"),
                                              QStringLiteral("phoneEdit"),
                                              QStringLiteral("channelsTable"),
                                              QStringLiteral("addChannelButton")};
    QTest::newRow("alias") << 2
                           << QStringList {QStringLiteral("userIdEdit"),
                                           QStringLiteral("newIdEdit"),
                                           QStringLiteral("sendButton")};
    QTest::newRow("subscription") << 3
                                  << QStringList {QStringLiteral("userIdEdit"),
                                                  QStringLiteral("unsubscribeButton"),
                                                  QStringLiteral("resubscribeButton")};
    QTest::newRow("tags") << 5
                          << QStringList {QStringLiteral("userIdEdit"),
                                          QStringLiteral("tagEdit"),
                                          QStringLiteral("addTagButton"),
                                          QStringLiteral("tagList"),
                                          QStringLiteral("removeTagButton"),
                                          QStringLiteral("tagEdit")};
    QTest::newRow("track event") << 6
                                 << QStringList {QStringLiteral("userIdEdit"),
                                                 QStringLiteral("emailEdit"),
                                                 QStringLiteral("eventNameEdit")};
}

void tst_FormFactory::tabOrderFollowsTheForm()
{
    QFETCH(int, index);
    QFETCH(QStringList, order);
    const QList<OperationForm*> forms = FormFactory::createForms(&m_prompts, nullptr);
    OperationForm* form = forms.at(index);
    form->resize(900, 700);
    form->show();
    QVERIFY(QTest::qWaitForWindowActive(form));
    // Disabled widgets are skipped by Tab; enable the ones a filled form would have enabled.
    for (QAbstractButton* button : form->findChildren<QAbstractButton*>()) {
        button->setEnabled(true);
    }
    form->userIdField()->setFocus();
    QStringList visited {QApplication::focusWidget()->objectName()};
    while (visited.size() < order.size()) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited, order);
    qDeleteAll(forms);
}

/// The prompts handed to the factory are the ones the forms ask: a delete asks there, and a no sends nothing.
void tst_FormFactory::deleteFormAsksThroughThePrompts()
{
    QWidget parent;
    const QList<OperationForm*> forms = FormFactory::createForms(&m_prompts, &parent);
    OperationForm* deleteForm = forms.at(4);
    OperationInput input;
    input.operation = Operation::Delete;
    input.id = QStringLiteral("asked-user");
    deleteForm->setInput(input);
    QSignalSpy sent(deleteForm, &OperationForm::sendRequested);
    m_prompts.clear();
    m_prompts.answerConfirm(false);
    deleteForm->requestSend();
    QCOMPARE(m_prompts.asked().size(), 1);
    QCOMPARE(m_prompts.lastAsked().typeToConfirm, QStringLiteral("asked-user"));
    QCOMPARE(sent.size(), 0);
}

/// Filling a form from history, undo or restore replaces every field: nothing of the earlier user stays
/// (channels, properties, phone, tags, event data, extras, a tag typed but not added...).
void tst_FormFactory::refillReplacesEveryField()
{
    const QList<OperationForm*> forms = FormFactory::createForms(&m_prompts, nullptr);
    for (OperationForm* form : forms) {
        const Operation operation = form->operations().constFirst();
        OperationInput full;
        full.operation = operation;
        full.id = QStringLiteral("cust-42");
        full.email = QStringLiteral("ann@example.com");
        full.phone = QStringLiteral("+61 400 000 042");
        full.newId = QStringLiteral("cust-42-new");
        full.eventName = QStringLiteral("Paid Invoice");
        full.data = QStringLiteral(R"({"first_name":"Ann","plan":"gold"})");
        full.changes = QStringLiteral(R"({"plan":"gold"})");
        full.extras = QStringLiteral(R"({"source":"web"})");
        full.channels = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                                 {QStringLiteral("address"), QStringLiteral("TOKEN-42")},
                                                 {QStringLiteral("platform"), QStringLiteral("ios")}}};
        full.tagsAdd = QStringList {QStringLiteral("vip")};
        full.tagsRemove = QStringList {QStringLiteral("trial")};
        form->setInput(full);
        // What a user typed on top, including a tag typed but not added.
        for (QLineEdit* line : form->findChildren<QLineEdit*>()) {
            if (!line->isReadOnly() && line->text().isEmpty()) {
                line->setText(QStringLiteral("typed"));
            }
        }

        OperationInput next;
        next.operation = operation;
        next.id = QStringLiteral("cust-43");
        form->setInput(next);
        OperationInput expected = next;
        if (!form->userIdField()) {
            expected.id.clear(); // the connection test names no user
        }
        const OperationInput refilled = form->input(operation);
        QVERIFY2(refilled == expected,
                 qPrintable(form->objectName() + QLatin1Char(' ')
                            + QString::fromUtf8(QJsonDocument(refilled.toJson()).toJson(QJsonDocument::Compact))));
        for (const QLineEdit* line : form->findChildren<QLineEdit*>()) {
            if (line != form->userIdField() && !line->isReadOnly()) {
                QVERIFY2(line->text().isEmpty(),
                         qPrintable(QStringLiteral("%1: %2 still holds %3")
                                        .arg(form->objectName(), line->objectName(), line->text())));
            }
        }
        for (const QAbstractItemView* view : form->findChildren<QAbstractItemView*>()) {
            if (view->model() && qobject_cast<const QLineEdit*>(view->parentWidget()) == nullptr
                && view->objectName().endsWith(QLatin1String("Table"))) {
                QVERIFY2(view->model()->rowCount() == 0,
                         qPrintable(QStringLiteral("%1: %2 keeps rows").arg(form->objectName(), view->objectName())));
            }
        }
    }
    qDeleteAll(forms);
}

QTEST_MAIN(tst_FormFactory)
#include "tst_FormFactory.moc"
