#include "AppUnderTest.h"
#include "FormDriver.h"
#include "HistoryTestData.h"
#include "app/forms/OperationForm.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryPane.h"
#include "app/shell/MainWindow.h"
#include "app/widgets/CurrentUserStrip.h"
#include "app/widgets/TagListEditor.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// One user at a time: the id and email typed in one form are every form's user, shown once above the forms
// with Clear; the history can make a user current; per-user fields never travel to another user.
class tst_CurrentUserFollower : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void userTypedInOneFormIsEveryFormsUser();
    void perUserFieldsStayWithTheirUser();
    void clearEmptiesTheUserEverywhere();
    void historyRowMakesItsUserCurrent();

private:
    static int indexOf(MainWindow& window, Operation operation);
    // Shows the form of `operation` as Ctrl+digit does.
    static OperationForm* show(MainWindow& window, Operation operation);
    static QLineEdit* edit(QObject* form, const char* name) { return FormDriver::child<QLineEdit>(form, name); }
    static QString stripText(MainWindow& window);
};

void tst_CurrentUserFollower::initTestCase()
{
    Bootstrap::setUpApplication();
}

void tst_CurrentUserFollower::init()
{
    AppSettings().clear();
    AppSettings().sync();
}

int tst_CurrentUserFollower::indexOf(MainWindow& window, Operation operation)
{
    for (int i = 0; i < window.forms().size(); ++i) {
        if (window.forms().at(i)->operations().contains(operation)) {
            return i;
        }
    }
    return -1;
}

OperationForm* tst_CurrentUserFollower::show(MainWindow& window, Operation operation)
{
    const int index = indexOf(window, operation);
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
    return window.currentOperationIndex() == index ? window.currentForm() : nullptr;
}

QString tst_CurrentUserFollower::stripText(MainWindow& window)
{
    auto* strip = window.findChild<CurrentUserStrip*>(QStringLiteral("currentUserStrip"));
    return strip ? strip->text() : QString();
}

void tst_CurrentUserFollower::userTypedInOneFormIsEveryFormsUser()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    OperationForm* identify = show(window, Operation::Identify);
    QVERIFY(identify);
    QTest::keyClicks(edit(identify, "userIdEdit"), QStringLiteral("42"));
    QTest::keyClicks(edit(identify, "emailEdit"), QStringLiteral("a@b.c"));
    QCOMPARE(stripText(window), QStringLiteral("Current user: 42 \u00b7 a@b.c"));

    OperationForm* tags = show(window, Operation::TagsEdit);
    QVERIFY(tags);
    QCOMPARE(edit(tags, "userIdEdit")->text(), QStringLiteral("42"));
    OperationForm* event = show(window, Operation::TrackEvent);
    QVERIFY(event);
    QCOMPARE(edit(event, "userIdEdit")->text(), QStringLiteral("42"));
    QCOMPARE(edit(event, "emailEdit")->text(), QStringLiteral("a@b.c"));

    // Typed in another form, it is the user of the first one too.
    QLineEdit* eventId = edit(event, "userIdEdit");
    eventId->selectAll();
    QTest::keyClicks(eventId, QStringLiteral("77"));
    QCOMPARE(stripText(window), QStringLiteral("Current user: 77 \u00b7 a@b.c"));
    identify = show(window, Operation::Identify);
    QCOMPARE(edit(identify, "userIdEdit")->text(), QStringLiteral("77"));
    QCOMPARE(edit(identify, "emailEdit")->text(), QStringLiteral("a@b.c"));
}

void tst_CurrentUserFollower::perUserFieldsStayWithTheirUser()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    OperationForm* tags = show(window, Operation::TagsEdit);
    QVERIFY(tags);
    QTest::keyClicks(edit(tags, "userIdEdit"), QStringLiteral("42"));
    auto* add = FormDriver::child<TagListEditor>(tags, "tagsToAddEditor");
    QVERIFY(add && FormDriver::addTag(add, QStringLiteral("vip")));

    // The same user in another form: the tags stay, they are 42's.
    OperationForm* identify = show(window, Operation::Identify);
    QCOMPARE(edit(identify, "userIdEdit")->text(), QStringLiteral("42"));
    QTest::keyClicks(edit(identify, "emailEdit"), QStringLiteral("a@b.c"));
    show(window, Operation::TagsEdit);
    QCOMPARE(add->tags(), QStringList {QStringLiteral("vip")});

    // Another user: the tags typed for 42 are not 43's.
    identify = show(window, Operation::Identify);
    QLineEdit* userId = edit(identify, "userIdEdit");
    userId->selectAll();
    QTest::keyClicks(userId, QStringLiteral("43"));
    show(window, Operation::TagsEdit);
    QCOMPARE(edit(tags, "userIdEdit")->text(), QStringLiteral("43"));
    QVERIFY(add->tags().isEmpty());
}

void tst_CurrentUserFollower::clearEmptiesTheUserEverywhere()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* clear = window.findChild<QPushButton*>(QStringLiteral("clearCurrentUserButton"));
    QVERIFY(clear);
    QVERIFY(!clear->isEnabled());
    OperationForm* identify = show(window, Operation::Identify);
    QTest::keyClicks(edit(identify, "userIdEdit"), QStringLiteral("42"));
    QTest::keyClicks(edit(identify, "phoneEdit"), QStringLiteral("+61412345678"));
    OperationForm* tags = show(window, Operation::TagsEdit);
    QCOMPARE(edit(tags, "userIdEdit")->text(), QStringLiteral("42"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY2(stripText(window).startsWith(QLatin1String("Current user: none")), qPrintable(stripText(window)));
    QVERIFY(edit(tags, "userIdEdit")->text().isEmpty()); // the form on screen at once
    show(window, Operation::Identify);
    QVERIFY(edit(identify, "userIdEdit")->text().isEmpty());
    QVERIFY(edit(identify, "phoneEdit")->text().isEmpty()); // 42's phone number is nobody else's
}

void tst_CurrentUserFollower::historyRowMakesItsUserCurrent()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    OperationInput event = HistoryTestData::trackEvent(QStringLiteral("u9"), QStringLiteral("opened"));
    event.email = QStringLiteral("u9@example.com");
    const qint64 id = app.history().insert(HistoryTestData::entry(event, QDateTime::currentDateTimeUtc()));
    auto* pane = window.findChild<HistoryPane*>();
    QVERIFY(pane);
    pane->actions()->setCurrentEntry(app.history().entry(id));
    OperationForm* tags = show(window, Operation::TagsEdit);
    pane->actions()->makeCurrentUserAction()->trigger();
    QCOMPARE(stripText(window), QStringLiteral("Current user: u9 \u00b7 u9@example.com"));
    QCOMPARE(edit(tags, "userIdEdit")->text(), QStringLiteral("u9")); // the form on screen follows at once
    OperationForm* identify = show(window, Operation::Identify);
    QCOMPARE(edit(identify, "emailEdit")->text(), QStringLiteral("u9@example.com"));
}

QTEST_MAIN(tst_CurrentUserFollower)
#include "tst_CurrentUserFollower.moc"
