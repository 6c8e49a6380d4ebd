#include "AppUnderTest.h"
#include "HistoryTestData.h"
#include "HttpTestServer.h"
#include "app/forms/OperationForm.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryPane.h"
#include "app/history/RestoreUserDialog.h"
#include "app/shell/AppController.h"
#include "app/shell/MainWindow.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

// A request prepared from the history (open in form, send again, undo, restore) is prepared for the workspace
// its row was sent to: with another workspace current, the user is asked first, and nothing reaches either
// workspace until the user's own Send. Driven through the main window: "Production" and "Staging" are two
// recording servers on loopback, so a request to the wrong one shows as a count that is not 0.
class tst_RowWorkspaceQuestion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendAgainFromAnotherWorkspaceAsksFirst();
    void useCurrentKeepsTheCurrentWorkspace();
    void cancelPreparesNothing_data();
    void cancelPreparesNothing();
    void restoreAsksForTheRowsWorkspace();
    void removedWorkspaceIsSaidAndTheCurrentOffered();
    void rowOfTheCurrentWorkspaceAsksNothing();
    void useProductionIsTheDestructiveAnswer();

private:
    // Saves Production and Staging (Production at `productionUrl` when given), opens the app on Production
    // with every workspace shown in the history, and records `row` sent to `rowWorkspace`.
    void startOnProduction(const OperationInput& row, const QString& rowWorkspace, const QUrl& productionUrl = {});
    QLineEdit* userIdField() const;
    void pressSend();
    // How many requests reached either server.
    qsizetype sentAnywhere() const { return m_production.requests().size() + m_staging.requests().size(); }

    HttpTestServer m_production;
    HttpTestServer m_staging;
    std::unique_ptr<AppUnderTest> m_app;
    HistoryPane* m_pane = nullptr;
    qint64 m_rowId = 0;
};

void tst_RowWorkspaceQuestion::initTestCase()
{
    Bootstrap::setUpApplication();
    QVERIFY(m_production.listen());
    QVERIFY(m_staging.listen());
}

void tst_RowWorkspaceQuestion::init()
{
    AppSettings().clear();
    AppSettings().sync();
    m_production.clear();
    m_staging.clear();
}

void tst_RowWorkspaceQuestion::cleanup()
{
    if (m_app) {
        QCOMPARE(m_app->prompts().unusedAnswers(), 0);
    }
    m_app.reset();
    m_pane = nullptr;
}

void tst_RowWorkspaceQuestion::startOnProduction(const OperationInput& row,
                                                 const QString& rowWorkspace,
                                                 const QUrl& productionUrl)
{
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Production"),
                                        productionUrl.isEmpty() ? m_production.baseUrl() : productionUrl));
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Staging"), m_staging.baseUrl()));
    m_app = std::make_unique<AppUnderTest>();
    AppController& controller = m_app->controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Production"), QStringLiteral("prod-secret"));
    controller.workspaceService().setSessionCredential(QStringLiteral("Staging"), QStringLiteral("staging-secret"));
    controller.setCurrentWorkspace(QStringLiteral("Production"));
    m_rowId = m_app->history().insert(
        HistoryTestData::entry(row, QDateTime::currentDateTimeUtc(), HistoryEntry::StatusClass::Success, rowWorkspace));
    QVERIFY(m_rowId > 0);
    MainWindow& window = m_app->window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(m_pane);
    // The history starts on the current workspace's requests: show them all, as a user looking for the row does.
    auto* all = m_pane->findChild<QCheckBox*>(QStringLiteral("allWorkspacesCheck"));
    QVERIFY(all);
    if (rowWorkspace != QStringLiteral("Production")) {
        QVERIFY(!all->isChecked());
        QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(5, all->height() / 2));
        QVERIFY(all->isChecked());
    }
    QVERIFY(m_pane->selectEntry(m_rowId));
}

QLineEdit* tst_RowWorkspaceQuestion::userIdField() const
{
    OperationForm* form = m_app->window().currentForm();
    return form ? qobject_cast<QLineEdit*>(form->userIdField()) : nullptr;
}

void tst_RowWorkspaceQuestion::pressSend()
{
    QTest::keyClick(&m_app->window(), Qt::Key_Return, Qt::ControlModifier);
}

/// Seen: on Production, a row sent elsewhere, Send again, Ctrl+Return: it went to Production with no word.
void tst_RowWorkspaceQuestion::sendAgainFromAnotherWorkspaceAsksFirst()
{
    startOnProduction(HistoryTestData::identify(QStringLiteral("cust-7")), QStringLiteral("Staging"));
    ScriptedUserPrompts& prompts = m_app->prompts();
    prompts.answerChoice(QStringLiteral("Switch to Staging"));
    auto* sendAgain = m_pane->findChild<QWidget*>(QStringLiteral("sendAgainActionButton"));
    QVERIFY(sendAgain && sendAgain->isVisible());
    QTest::mouseClick(sendAgain, Qt::LeftButton);

    // Asked, naming both workspaces and their hosts; switching is the default, and nothing was sent.
    QCOMPARE(prompts.asked().size(), 1);
    const ScriptedUserPrompts::Question question = prompts.lastAsked();
    QCOMPARE(question.kind, ScriptedUserPrompts::Kind::Choose);
    const QString staging = QStringLiteral("Staging (127.0.0.1:%1)").arg(m_staging.baseUrl().port());
    const QString production = QStringLiteral("Production (127.0.0.1:%1)").arg(m_production.baseUrl().port());
    QVERIFY2(question.text.contains(QStringLiteral("sent to %1").arg(staging)), qPrintable(question.text));
    QVERIFY2(question.text.contains(QStringLiteral("current workspace is %1").arg(production)),
             qPrintable(question.text));
    QCOMPARE(question.options,
             (QStringList {
                 QStringLiteral("Switch to Staging"), QStringLiteral("Use Production"), QStringLiteral("Cancel")}));
    QCOMPARE(question.options.value(question.defaultOption), QStringLiteral("Switch to Staging"));
    QCOMPARE(sentAnywhere(), 0);

    // Switched, and the request waits in its form for the user's Send.
    QCOMPARE(m_app->controller().currentWorkspace().name, QStringLiteral("Staging"));
    QVERIFY(userIdField());
    QCOMPARE(userIdField()->text(), QStringLiteral("cust-7"));
    QCOMPARE(sentAnywhere(), 0);
    pressSend();
    QTRY_COMPARE_WITH_TIMEOUT(m_staging.requests().size(), 1, 15000);
    QCOMPARE(m_production.requests().size(), 0);
    QCOMPARE(m_staging.requests().first().json().value(QLatin1String("id")).toString(), QStringLiteral("cust-7"));
}

void tst_RowWorkspaceQuestion::useCurrentKeepsTheCurrentWorkspace()
{
    startOnProduction(HistoryTestData::identify(QStringLiteral("cust-8")), QStringLiteral("Staging"));
    m_app->prompts().answerChoice(QStringLiteral("Use Production"));
    QTest::keyClick(m_pane->findChild<QWidget*>(QStringLiteral("table")),
                    Qt::Key_O,
                    Qt::ControlModifier | Qt::ShiftModifier); // open in form
    QCOMPARE(m_app->prompts().asked().size(), 1);
    QCOMPARE(m_app->controller().currentWorkspace().name, QStringLiteral("Production"));
    QCOMPARE(userIdField()->text(), QStringLiteral("cust-8"));
    QCOMPARE(sentAnywhere(), 0);
    pressSend();
    QTRY_COMPARE_WITH_TIMEOUT(m_production.requests().size(), 1, 15000);
    QCOMPARE(m_staging.requests().size(), 0);
}

void tst_RowWorkspaceQuestion::cancelPreparesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<OperationInput>("row");
    QTest::newRow("open in form") << QStringLiteral("openInFormAction")
                                  << HistoryTestData::identify(QStringLiteral("cust-9"));
    QTest::newRow("send again") << QStringLiteral("sendAgainAction")
                                << HistoryTestData::identify(QStringLiteral("cust-9"));
    OperationInput unsubscribe;
    unsubscribe.operation = Operation::Unsubscribe;
    unsubscribe.id = QStringLiteral("cust-9");
    QTest::newRow("undo") << QStringLiteral("undoAction") << unsubscribe;
}

void tst_RowWorkspaceQuestion::cancelPreparesNothing()
{
    QFETCH(QString, action);
    QFETCH(OperationInput, row);
    startOnProduction(row, QStringLiteral("Staging"));
    MainWindow& window = m_app->window();
    window.setCurrentOperationIndex(0);
    const int operation = window.currentOperationIndex();
    QTest::keyClicks(userIdField(), QStringLiteral("typed-before"));
    m_app->prompts().answerChoice(QStringLiteral("Cancel"));
    auto* trigger = m_pane->actions()->findChild<QAction*>(action);
    QVERIFY(trigger);
    QVERIFY(trigger->isEnabled());
    trigger->trigger();

    QCOMPARE(m_app->prompts().asked().size(), 1);
    // Nothing changed: the workspace, the form shown and what was typed in it; nothing sent.
    QCOMPARE(m_app->controller().currentWorkspace().name, QStringLiteral("Production"));
    QCOMPARE(window.currentOperationIndex(), operation);
    QCOMPARE(userIdField()->text(), QStringLiteral("typed-before"));
    QCOMPARE(sentAnywhere(), 0);
}

void tst_RowWorkspaceQuestion::restoreAsksForTheRowsWorkspace()
{
    startOnProduction(HistoryTestData::identify(QStringLiteral("cust-10"), QStringLiteral("ten@example.com")),
                      QStringLiteral("Staging"));
    auto* restore = m_pane->actions()->findChild<QAction*>(QStringLiteral("restoreAction"));
    QVERIFY(restore && restore->isEnabled());
    restore->trigger();
    auto* dialog = m_app->window().findChild<RestoreUserDialog*>(QStringLiteral("restoreUserDialog"));
    QVERIFY(dialog);
    QVERIFY(m_app->prompts().asked().isEmpty()); // the restore dialog itself comes first
    m_app->prompts().answerChoice(QStringLiteral("Switch to Staging"));
    dialog->accept();

    QCOMPARE(m_app->prompts().asked().size(), 1);
    QVERIFY(m_app->prompts().lastAsked().text.contains(QStringLiteral("sent to Staging")));
    QCOMPARE(m_app->controller().currentWorkspace().name, QStringLiteral("Staging"));
    QCOMPARE(userIdField()->text(), QStringLiteral("cust-10"));
    QCOMPARE(sentAnywhere(), 0);
}

void tst_RowWorkspaceQuestion::removedWorkspaceIsSaidAndTheCurrentOffered()
{
    startOnProduction(HistoryTestData::identify(QStringLiteral("cust-11")), QStringLiteral("Old staging"));
    m_app->prompts().answerChoice(QStringLiteral("Use Production"));
    m_pane->actions()->findChild<QAction*>(QStringLiteral("sendAgainAction"))->trigger();

    QCOMPARE(m_app->prompts().asked().size(), 1);
    const ScriptedUserPrompts::Question question = m_app->prompts().lastAsked();
    QVERIFY2(
        question.text.contains(QStringLiteral("sent to Old staging, which is not one of your workspaces any more")),
        qPrintable(question.text));
    QCOMPARE(question.options, (QStringList {QStringLiteral("Use Production"), QStringLiteral("Cancel")}));
    QCOMPARE(userIdField()->text(), QStringLiteral("cust-11"));
    QCOMPARE(m_app->controller().currentWorkspace().name, QStringLiteral("Production"));
    QCOMPARE(sentAnywhere(), 0);
}

void tst_RowWorkspaceQuestion::rowOfTheCurrentWorkspaceAsksNothing()
{
    startOnProduction(HistoryTestData::identify(QStringLiteral("cust-12")), QStringLiteral("Production"));
    m_pane->actions()->findChild<QAction*>(QStringLiteral("sendAgainAction"))->trigger();
    QVERIFY(m_app->prompts().asked().isEmpty());
    QCOMPARE(userIdField()->text(), QStringLiteral("cust-12"));
    QCOMPARE(sentAnywhere(), 0);
}

/// On Vero's production service, "use the current one" is styled as the destructive answer, and never the
/// default. (Nothing is sent here: the test never presses Send.)
void tst_RowWorkspaceQuestion::useProductionIsTheDestructiveAnswer()
{
    startOnProduction(HistoryTestData::identify(QStringLiteral("cust-13")),
                      QStringLiteral("Staging"),
                      QUrl(QStringLiteral("https://api.getvero.com/api/v2")));
    m_app->prompts().answerChoice(QStringLiteral("Cancel"));
    m_pane->actions()->findChild<QAction*>(QStringLiteral("sendAgainAction"))->trigger();
    const ScriptedUserPrompts::Question question = m_app->prompts().lastAsked();
    QVERIFY2(question.text.contains(QStringLiteral("Production (api.getvero.com)")), qPrintable(question.text));
    QCOMPARE(question.options.value(question.destructiveOption), QStringLiteral("Use Production"));
    QCOMPARE(question.options.value(question.defaultOption), QStringLiteral("Switch to Staging"));
    QCOMPARE(sentAnywhere(), 0);
}

QTEST_MAIN(tst_RowWorkspaceQuestion)
#include "tst_RowWorkspaceQuestion.moc"
