#include "HistoryTestData.h"
#include "ScriptedUserPrompts.h"
#include "app/history/HistoryActions.h"
#include "app/history/RestoreUserDialog.h"
#include "core/history/HistoryStore.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <memory>

// The history's actions alone, on a bare widget: which are offered for which row and list, what each one
// hands on (never a send), what it says, and that clearing and exporting ask first.
class tst_HistoryActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nothingSelectedOffersOnlyWhatNeedsNoRow();
    void rowActionsFollowTheRow_data();
    void rowActionsFollowTheRow();
    void listActionsFollowTheList();
    void openAndSendAgainHandOnTheStoredInput();
    void copyJsonLeavesOutTheCredential();
    void timelineIsAboutTheRowsUser();
    void undoHandsOnTheInverseForReview();
    void deleteRowOffersRestoreWhereUndoIs();
    void undoneRowSaysSoAndIsNotUndoneTwice();
    void rowMakesItsUserCurrent();
    void restoreFallsBackOnTheFilteredUser();
    void exportWritesWhatTheFilterMatches();
    void clearAsksAndSaysWhatWent();
    void clearKeepsTheWindowAnswering();
    void shortcutsWorkOnlyInsideTheirWidget();

private:
    std::optional<HistoryEntry> stored(const OperationInput& input,
                                       HistoryEntry::StatusClass status = HistoryEntry::StatusClass::Success);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    ScriptedUserPrompts m_prompts;
    std::unique_ptr<QWidget> m_widget;
    HistoryActions* m_actions = nullptr;
};

void tst_HistoryActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->open());
    m_prompts.clear();
    m_widget = std::make_unique<QWidget>();
    m_actions = new HistoryActions(m_store.get(), &m_prompts, m_widget.get());
}

void tst_HistoryActions::cleanup()
{
    m_widget.reset();
    m_store.reset();
    m_dir.reset();
    QCOMPARE(m_prompts.unusedAnswers(), 0);
}

/// A row written to the store and read back in full, as the pane hands it over.
std::optional<HistoryEntry> tst_HistoryActions::stored(const OperationInput& input, HistoryEntry::StatusClass status)
{
    const qint64 id = m_store->insert(HistoryTestData::entry(input, QDateTime::currentDateTimeUtc(), status));
    return m_store->entry(id);
}

void tst_HistoryActions::nothingSelectedOffersOnlyWhatNeedsNoRow()
{
    for (QAction* action : m_actions->rowActions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    }
    QVERIFY(!m_actions->exportAction()->isEnabled());
    QVERIFY(!m_actions->clearAction()->isEnabled());
    // Triggered anyway (a shortcut racing a reload), they do nothing.
    QSignalSpy open(m_actions, &HistoryActions::openInForm);
    QSignalSpy message(m_actions, &HistoryActions::message);
    m_actions->openCurrentInForm();
    m_actions->undoCurrent();
    m_actions->copyCurrentAsCurl();
    QCOMPARE(open.size(), 0);
    QCOMPARE(message.size(), 0);
    // Every action has a name for tests and a tooltip that says what it does.
    for (QAction* action :
         m_actions->rowActions() + QList<QAction*> {m_actions->exportAction(), m_actions->clearAction()}) {
        QVERIFY(!action->objectName().isEmpty());
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
    }
}

void tst_HistoryActions::rowActionsFollowTheRow_data()
{
    QTest::addColumn<OperationInput>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("copyJson");
    QTest::addColumn<bool>("undo");
    QTest::addColumn<bool>("timeline");
    QTest::addColumn<bool>("restore");
    const int ok = int(HistoryEntry::StatusClass::Success);
    const int rejected = int(HistoryEntry::StatusClass::Rejected);
    QTest::newRow("accepted tags") << HistoryTestData::tags(QStringLiteral("u1"), {QStringLiteral("vip")}) << ok << true
                                   << true << true << true;
    QTest::newRow("refused unsubscribe") << HistoryTestData::simple(Operation::Unsubscribe, QStringLiteral("u1"))
                                         << rejected << true << false << true << true;
    QTest::newRow("identify: no inverse")
        << HistoryTestData::identify(QStringLiteral("u1")) << ok << true << false << true << true;
    QTest::newRow("heartbeat: no body, no user")
        << HistoryTestData::simple(Operation::Heartbeat, QString()) << ok << false << false << false << false;
    OperationInput byEmail = HistoryTestData::trackEvent(QString(), QStringLiteral("opened"));
    byEmail.email = QStringLiteral("ann@example.com");
    QTest::newRow("event by email: no id to restore") << byEmail << ok << true << false << true << false;
}

void tst_HistoryActions::rowActionsFollowTheRow()
{
    QFETCH(OperationInput, input);
    QFETCH(int, status);
    QFETCH(bool, copyJson);
    QFETCH(bool, undo);
    QFETCH(bool, timeline);
    QFETCH(bool, restore);
    const std::optional<HistoryEntry> entry = stored(input, HistoryEntry::StatusClass(status));
    QVERIFY(entry);
    m_actions->setCurrentEntry(entry);
    QVERIFY(m_actions->openAction()->isEnabled());
    QVERIFY(m_actions->sendAgainAction()->isEnabled());
    QVERIFY(m_actions->copyCurlAction()->isEnabled());
    QCOMPARE(m_actions->copyJsonAction()->isEnabled(), copyJson);
    QCOMPARE(m_actions->undoAction()->isEnabled(), undo);
    QCOMPARE(m_actions->timelineAction()->isEnabled(), timeline);
    QCOMPARE(m_actions->restoreAction()->isEnabled(), restore);
    if (!undo && input.operation == Operation::Unsubscribe) {
        // Why undo is not offered, rather than a silent grey button.
        QVERIFY2(m_actions->undoAction()->toolTip().contains(QLatin1String("refused")),
                 qPrintable(m_actions->undoAction()->toolTip()));
    }
    m_actions->setCurrentEntry(std::nullopt);
    QVERIFY(!m_actions->openAction()->isEnabled());
}

void tst_HistoryActions::listActionsFollowTheList()
{
    QVERIFY(stored(HistoryTestData::identify(QStringLiteral("u1"))));
    m_actions->setListState(HistoryStore::Filter(), 1);
    QVERIFY(m_actions->exportAction()->isEnabled());
    QVERIFY(m_actions->clearAction()->isEnabled());
    // A filter that shows nothing: nothing to export, but clearing still removes what it hides.
    HistoryStore::Filter nobody;
    nobody.user = QStringLiteral("nobody");
    m_actions->setListState(nobody, 0);
    QVERIFY(!m_actions->exportAction()->isEnabled());
    QVERIFY(m_actions->clearAction()->isEnabled());
    // The user filter is enough to offer a restore.
    QVERIFY(m_actions->restoreAction()->isEnabled());
    m_actions->setListState(HistoryStore::Filter(), 0);
    QVERIFY(!m_actions->clearAction()->isEnabled());
    QVERIFY(!m_actions->restoreAction()->isEnabled());
}

void tst_HistoryActions::openAndSendAgainHandOnTheStoredInput()
{
    OperationInput input = HistoryTestData::trackEvent(QStringLiteral("u9"),
                                                       QStringLiteral("Purchased Item"),
                                                       QStringLiteral(R"({"price":12.5})"),
                                                       QStringLiteral(R"({"source":"web"})"));
    input.email = QStringLiteral("u9@example.com");
    m_actions->setCurrentEntry(stored(input));
    QSignalSpy open(m_actions, &HistoryActions::openInForm);
    QSignalSpy send(m_actions, &HistoryActions::sendAgain);
    m_actions->openAction()->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<OperationInput>(), input);
    QCOMPARE(send.size(), 0);
    m_actions->sendAgainAction()->trigger();
    QCOMPARE(send.size(), 1);
    QCOMPARE(send.at(0).at(0).value<OperationInput>(), input);
    QCOMPARE(open.size(), 1);
}

void tst_HistoryActions::copyJsonLeavesOutTheCredential()
{
    m_actions->setCurrentEntry(
        stored(HistoryTestData::identify(QStringLiteral("u1"), QStringLiteral("a@example.com"))));
    QSignalSpy message(m_actions, &HistoryActions::message);
    m_actions->copyJsonAction()->trigger();
    const QJsonObject body = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("u1"));
    QVERIFY(!body.contains(QLatin1String("auth_token")));
    QCOMPARE(message.size(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("without the credential")));
    QCOMPARE(message.at(0).at(1).toBool(), false);
}

void tst_HistoryActions::timelineIsAboutTheRowsUser()
{
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old");
    alias.newId = QStringLiteral("new");
    m_actions->setCurrentEntry(stored(alias));
    QSignalSpy timeline(m_actions, &HistoryActions::timelineRequested);
    m_actions->timelineAction()->trigger();
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.at(0).at(0).toString(), QStringLiteral("new")); // after an alias, the user is the new id
}

void tst_HistoryActions::undoHandsOnTheInverseForReview()
{
    m_actions->setCurrentEntry(
        stored(HistoryTestData::tags(QStringLiteral("u1"), {QStringLiteral("vip")}, {QStringLiteral("trial")})));
    QSignalSpy open(m_actions, &HistoryActions::openInForm);
    QSignalSpy send(m_actions, &HistoryActions::sendAgain);
    QSignalSpy message(m_actions, &HistoryActions::message);
    m_actions->undoAction()->trigger();
    QCOMPARE(send.size(), 0);
    QCOMPARE(open.size(), 1);
    const auto inverse = open.at(0).at(0).value<OperationInput>();
    QCOMPARE(inverse.tagsAdd, QStringList {QStringLiteral("trial")});
    QCOMPARE(inverse.tagsRemove, QStringList {QStringLiteral("vip")});
    QCOMPARE(message.size(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("review")));
}

// A delete has no inverse; where Undo is, Restore is offered, and it opens the restore dialog for the user.
void tst_HistoryActions::deleteRowOffersRestoreWhereUndoIs()
{
    QVERIFY(stored(HistoryTestData::identify(QStringLiteral("u7"), QStringLiteral("seven@example.com"))));
    m_actions->setCurrentEntry(stored(HistoryTestData::simple(Operation::Delete, QStringLiteral("u7"))));
    QVERIFY(m_actions->undoAction()->isEnabled());
    QCOMPARE(m_actions->undoAction()->text(), QStringLiteral("Restore…"));
    m_actions->undoAction()->trigger();
    auto* dialog = m_widget->findChild<RestoreUserDialog*>(QStringLiteral("restoreUserDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->identifyInput().id, QStringLiteral("u7"));
    dialog->close();
    // Another row: Undo again.
    m_actions->setCurrentEntry(stored(HistoryTestData::tags(QStringLiteral("u7"), {QStringLiteral("vip")})));
    QCOMPARE(m_actions->undoAction()->text(), QStringLiteral("Undo"));
}

// Undoing twice would redo: a row whose inverse was sent later says so, and Undo is not offered again.
void tst_HistoryActions::undoneRowSaysSoAndIsNotUndoneTwice()
{
    const std::optional<HistoryEntry> added
        = stored(HistoryTestData::tags(QStringLiteral("u1"), {QStringLiteral("vip")}));
    QVERIFY(added);
    m_actions->setCurrentEntry(added);
    QVERIFY(m_actions->undoAction()->isEnabled());
    const std::optional<HistoryEntry> removed
        = stored(HistoryTestData::tags(QStringLiteral("u1"), {}, {QStringLiteral("vip")}));
    m_actions->setCurrentEntry(added);
    QVERIFY(!m_actions->undoAction()->isEnabled());
    QVERIFY2(m_actions->undoAction()->toolTip().contains(QLatin1String("Already undone")),
             qPrintable(m_actions->undoAction()->toolTip()));
    QSignalSpy open(m_actions, &HistoryActions::openInForm);
    QSignalSpy message(m_actions, &HistoryActions::message);
    m_actions->undoCurrent(); // a shortcut racing the state
    QCOMPARE(open.size(), 0);
    QCOMPARE(message.size(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("Already undone")));
    // The undo itself can still be undone: nothing later reverses it.
    m_actions->setCurrentEntry(removed);
    QVERIFY(m_actions->undoAction()->isEnabled());
}

void tst_HistoryActions::rowMakesItsUserCurrent()
{
    OperationInput event = HistoryTestData::trackEvent(QStringLiteral("u9"), QStringLiteral("opened"));
    event.email = QStringLiteral("u9@example.com");
    m_actions->setCurrentEntry(stored(event));
    QSignalSpy current(m_actions, &HistoryActions::makeCurrentUser);
    QVERIFY(m_actions->makeCurrentUserAction()->isEnabled());
    m_actions->makeCurrentUserAction()->trigger();
    QCOMPARE(current.size(), 1);
    const auto user = current.at(0).at(0).value<PerUserFields::Identity>();
    QCOMPARE(user.id, QStringLiteral("u9"));
    QCOMPARE(user.email, QStringLiteral("u9@example.com"));
}

void tst_HistoryActions::restoreFallsBackOnTheFilteredUser()
{
    QVERIFY(stored(HistoryTestData::identify(QStringLiteral("u7"), QStringLiteral("seven@example.com"))));
    QVERIFY(stored(HistoryTestData::simple(Operation::Delete, QStringLiteral("u7"))));
    HistoryStore::Filter filter;
    filter.user = QStringLiteral("u7");
    m_actions->setListState(filter, 2);
    QSignalSpy open(m_actions, &HistoryActions::openInForm);
    m_actions->restoreAction()->trigger();
    auto* dialog = m_widget->findChild<RestoreUserDialog*>(QStringLiteral("restoreUserDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->identifyInput().id, QStringLiteral("u7"));
    QCOMPARE(open.size(), 0); // nothing until the user agrees
    dialog->accept();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<OperationInput>().email, QStringLiteral("seven@example.com"));

    // No row and no user: it says what to do instead.
    m_actions->setListState(HistoryStore::Filter(), 2);
    QSignalSpy message(m_actions, &HistoryActions::message);
    m_actions->restoreCurrentUser();
    QCOMPARE(message.size(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("type the user id")));
}

void tst_HistoryActions::exportWritesWhatTheFilterMatches()
{
    QVERIFY(stored(HistoryTestData::identify(QStringLiteral("keep"))));
    QVERIFY(stored(HistoryTestData::identify(QStringLiteral("other"))));
    HistoryStore::Filter filter;
    filter.user = QStringLiteral("keep");
    m_actions->setListState(filter, 1);
    const QString fileName = m_dir->filePath(QStringLiteral("export.json"));
    m_prompts.answerSaveFileName(fileName);
    QSignalSpy message(m_actions, &HistoryActions::message);
    m_actions->exportAction()->trigger();
    QCOMPARE(m_prompts.lastAsked().kind, ScriptedUserPrompts::Kind::SaveFileName);
    QCOMPARE(m_prompts.lastAsked().title, QStringLiteral("Export history"));
    const QByteArray bytes = HistoryTestData::readAll(fileName);
    QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), 1);
    QVERIFY(bytes.contains("keep"));
    QVERIFY(!bytes.contains("other"));
    QCOMPARE(message.size(), 1);
    QVERIFY2(message.at(0).at(0).toString().contains(QLatin1String("Exported 1 request")),
             qPrintable(message.at(0).at(0).toString()));

    // A file that cannot be written is a problem, said as one.
    QCOMPARE(m_actions->exportTo(m_dir->filePath(QStringLiteral("no-such-folder/export.csv"))), qint64(-1));
    QCOMPARE(message.size(), 2);
    QCOMPARE(message.at(1).at(1).toBool(), true);
}

void tst_HistoryActions::clearAsksAndSaysWhatWent()
{
    QSignalSpy message(m_actions, &HistoryActions::message);
    m_actions->clearHistory();
    QVERIFY(m_prompts.asked().isEmpty()); // nothing to clear: nothing to ask
    QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("already empty")));

    QVERIFY(stored(HistoryTestData::identify(QStringLiteral("u1"))));
    QVERIFY(stored(HistoryTestData::identify(QStringLiteral("u2"))));
    m_actions->setListState(HistoryStore::Filter(), 2);
    m_prompts.answerConfirm(false);
    m_actions->clearAction()->trigger();
    QCOMPARE(m_store->count(), qint64(2));
    const ScriptedUserPrompts::Question question = m_prompts.lastAsked();
    QVERIFY2(question.text.contains(QLatin1String("all 2 request")), qPrintable(question.text));
    QVERIFY(question.text.contains(QLatin1String("cannot be undone")));
    QVERIFY(!question.text.contains(QLatin1String("filters"))); // nothing hidden by a filter
    QVERIFY(question.destructive);

    m_prompts.answerConfirm(true);
    m_actions->clearAction()->trigger();
    QCOMPARE(message.last().at(0).toString(), QStringLiteral("Clearing history…"));
    QTRY_VERIFY(message.last().at(0).toString().contains(QLatin1String("Removed 2 request")));
    QCOMPARE(m_store->count(), qint64(0));
}

/// Clearing a large history runs off the GUI thread: the event loop keeps turning (a timer keeps ticking) until
/// the rows are gone, and the pane says it is clearing meanwhile. Seen: 11.5 s frozen at a million rows.
void tst_HistoryActions::clearKeepsTheWindowAnswering()
{
    constexpr int Rows = 20000;
    QCOMPARE(m_store->insertMany(HistoryTestData::identifies(Rows, QDateTime::currentDateTimeUtc())), Rows);
    m_actions->setListState(HistoryStore::Filter(), Rows);
    int ticks = 0;
    int ticksWhenCleared = -1;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    QStringList messages;
    connect(m_actions, &HistoryActions::message, this, [&](const QString& text) {
        messages.append(text);
        if (text.startsWith(QLatin1String("Removed"))) {
            ticksWhenCleared = ticks;
        }
    });
    ticker.start();
    m_prompts.answerConfirm(true);
    m_actions->clearAction()->trigger();
    QCOMPARE(messages, QStringList {QStringLiteral("Clearing history…")});
    QVERIFY(!m_actions->clearAction()->isEnabled()); // one clear at a time
    QTRY_VERIFY_WITH_TIMEOUT(ticksWhenCleared >= 0, 120000);
    QVERIFY2(ticksWhenCleared > 0, "the event loop stood still while the history was cleared");
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.last().contains(QLatin1String("Removed 20,000 request"))
                 || messages.last().contains(QLatin1String("Removed 20000 request")),
             qPrintable(messages.last()));
    QCOMPARE(m_store->count(), qint64(0));
}

void tst_HistoryActions::shortcutsWorkOnlyInsideTheirWidget()
{
    m_actions->setCurrentEntry(stored(HistoryTestData::identify(QStringLiteral("u1"))));
    auto* inside = new QWidget(m_widget.get());
    inside->setFocusPolicy(Qt::StrongFocus);
    QWidget elsewhere;
    elsewhere.setFocusPolicy(Qt::StrongFocus);
    m_widget->show();
    elsewhere.show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QSignalSpy send(m_actions, &HistoryActions::sendAgain);

    m_widget->activateWindow();
    inside->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
    QTest::keyClick(inside, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(send.size(), 1);

    elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    elsewhere.setFocus();
    QTest::keyClick(&elsewhere, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(send.size(), 1);
}

QTEST_MAIN(tst_HistoryActions)
#include "tst_HistoryActions.moc"
