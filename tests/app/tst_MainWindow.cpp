#include "AppUnderTest.h"
#include "HistoryTestData.h"
#include "HttpTestServer.h"
#include "SandboxTab.h"
#include "UnusedPort.h"
#include "VeroRequire.h"
#include "app/forms/OperationForm.h"
#include "app/forms/ResultView.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryPane.h"
#include "app/sandbox/SandboxPanel.h"
#include "app/shell/AppController.h"
#include "app/shell/FirstFrameWatcher.h"
#include "app/shell/LastResultLabel.h"
#include "app/shell/MainWindow.h"
#include "app/workspace/WorkspaceBanner.h"
#include "core/history/HistoryModel.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"
#include "core/workspace/CredentialStore.h"
#include "core/workspace/WorkspaceStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The main window as a user drives it: operations switched by list and keyboard, the workspace banner,
// sends that reach a real vero-sandbox child or a recording server, and the window's state across restarts.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void operationListMatchesTheForms();
    void ctrlDigitSwitchesOperationsAndKeepsInput();
    void ctrlLFocusesTheUserIdField();
    void bannerMarksProductionAndSandbox();
    void sendReachesTheSandboxAndUpdatesThePanel();
    void sandboxThatCannotStartIsExplained();
    void invalidInputSendsNothing();
    void missingCredentialSendsNothing();
    void sessionCredentialIsSentButNeverShown();
    void keychainCredentialIsSent();
    void geometryAndOperationPersist();
    void sentRequestsAreRecordedAndReopenInTheirForm();
    void likelyDuplicateEventIsFlaggedBeforeSending();
    void fitsIn1024x700();
    void savedSizeLargerThanTheScreenIsFitted();
    void deleteConfirmationNamesTheCurrentWorkspace();
    void sendingToADeletedUserAsksFirst();
    void productionLikeWorkspaceIsNeverTouchedWithoutAnAnswer();
    void otherUsersFieldsAreNotSentToTheNextUser();
    void ctrlNEmptiesTheForm();
    void refilledFormMarksTheEarlierResult();
    void workspaceSwitchMarksTheEarlierResult();
    void cancelledRequestIsRecordedAsMaybeApplied();
    void droppedConnectionIsAnUnknownOutcome();
    void refusedConnectionStaysFailed();
    void unsentInputComesBackAfterARestart();
    void identifyShowsItsPropertiesWithoutScrolling();
    void productionHostUnderAnotherNameIsMarkedInTheTitle();
    void longStatusMessagesNeverWidenTheWindow();
    void firstWindowFitsTheAvailableArea();
    void workspacesVeroctlAddedAppearOnActivation();
    void onlyTheCurrentFormIsBuiltAtStart();
    void formBuiltLaterShowsTheCurrentUser();
    void draftOfAFormNeverShownSurvivesARestart();
    void historyFirstPageArrivesAfterTheFirstFrame();

private:
    // Shows the form that sends `operation`.
    static OperationForm* showFormFor(MainWindow& window, Operation operation);
    // The app on a workspace "Local" (or `name`) whose base URL is `server`'s, with a session credential,
    // its window shown.
    static std::unique_ptr<AppUnderTest> appOn(const QUrl& baseUrl, const QString& name = QStringLiteral("Local"));
    // Opens history row `id` in its form, as a click on Open in form does.
    static void openRow(MainWindow& window, qint64 id);
    static ResultView* resultView(OperationForm* form);
    static QByteArray getJson(const QUrl& url, const QString& token);
    static bool reachable(const QUrl& url, const QString& token);
    static QLineEdit* edit(OperationForm* form, const char* name);

    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    Bootstrap::setUpApplication();
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    // Every test starts as a fresh install.
    AppSettings().clear();
    AppSettings().sync();
}

QByteArray tst_MainWindow::getJson(const QUrl& url, const QString& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!done.wait(10000)) {
        return {};
    }
    return reply->readAll();
}

bool tst_MainWindow::reachable(const QUrl& url, const QString& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    return done.wait(10000) && reply->error() == QNetworkReply::NoError;
}

QLineEdit* tst_MainWindow::edit(OperationForm* form, const char* name)
{
    return form->findChild<QLineEdit*>(QLatin1String(name));
}

std::unique_ptr<AppUnderTest> tst_MainWindow::appOn(const QUrl& baseUrl, const QString& name)
{
    if (!AppUnderTest::saveWorkspace(name, baseUrl)) {
        QTest::qFail("the workspace could not be saved", __FILE__, __LINE__);
    }
    WorkspaceStore().setCurrent(name);
    auto app = std::make_unique<AppUnderTest>();
    app->controller().workspaceService().setSessionCredential(name, QStringLiteral("local-secret"));
    app->window().resize(1024, 700);
    app->window().show();
    if (!QTest::qWaitForWindowActive(&app->window())) {
        qWarning("tst_MainWindow: the window did not become active");
    }
    return app;
}

void tst_MainWindow::openRow(MainWindow& window, qint64 id)
{
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(pane);
    QTRY_VERIFY(pane->selectEntry(id));
    pane->actions()->openAction()->trigger();
}

ResultView* tst_MainWindow::resultView(OperationForm* form)
{
    return form->findChild<ResultView*>(QStringLiteral("resultView"));
}

void tst_MainWindow::operationListMatchesTheForms()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    const QStringList expected {QStringLiteral("Identify"),
                                QStringLiteral("Edit properties"),
                                QStringLiteral("Alias"),
                                QStringLiteral("Unsubscribe / Resubscribe"),
                                QStringLiteral("Delete"),
                                QStringLiteral("Tags"),
                                QStringLiteral("Track event"),
                                QStringLiteral("Connection test")};
    auto* list = window.findChild<QListWidget*>(QStringLiteral("operationList"));
    QVERIFY(list);
    QStringList titles;
    for (int i = 0; i < list->count(); ++i) {
        titles.append(list->item(i)->text());
    }
    QCOMPARE(titles, expected);
    QCOMPARE(window.forms().size(), 8);
    QVERIFY(window.forms().at(3)->operations().contains(Operation::Resubscribe));
    QCOMPARE(window.forms().at(7)->operations(), QList<Operation> {Operation::Heartbeat});

    list->setCurrentRow(5);
    QCOMPARE(window.currentForm(), window.forms().at(5));
}

void tst_MainWindow::ctrlDigitSwitchesOperationsAndKeepsInput()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentOperationIndex(), 2);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window.currentOperationIndex(), 7);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentOperationIndex(), 0);

    // What was typed survives a trip to another form and back.
    QLineEdit* userId = edit(window.forms().at(0), "userIdEdit");
    QVERIFY(userId);
    QTest::keyClicks(userId, QStringLiteral("kept-user"));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window.currentOperationIndex(), 6);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(userId->text(), QStringLiteral("kept-user"));
}

void tst_MainWindow::ctrlLFocusesTheUserIdField()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int index : {0, 3, 6}) {
        window.setCurrentOperationIndex(index);
        window.findChild<QListWidget*>(QStringLiteral("operationList"))->setFocus();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.currentForm()->userIdField());
        QTRY_COMPARE(QApplication::focusWidget(), window.currentForm()->userIdField());
    }
}

void tst_MainWindow::bannerMarksProductionAndSandbox()
{
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Production"), Workspace::defaultBaseUrl()));
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Staging"),
                                        QUrl(QStringLiteral("https://staging.example.com/api/v2"))));
    AppUnderTest app;
    AppController& controller = app.controller();
    MainWindow& window = app.window();
    window.show();
    auto* banner = window.findChild<WorkspaceBanner*>(QStringLiteral("workspaceBanner"));
    QVERIFY(banner);
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("workspaceCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("Sandbox"));

    // A fresh install opens on the sandbox.
    QCOMPARE(combo->currentText(), QStringLiteral("Sandbox"));
    QCOMPARE(banner->kind(), WorkspaceBanner::Kind::Sandbox);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("SANDBOX")));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Production")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(controller.currentWorkspace().name, QStringLiteral("Production"));
    QCOMPARE(banner->kind(), WorkspaceBanner::Kind::Production);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION")));
    // Named once: "Production", never "Production (production)".
    QCOMPARE(window.windowTitle(), QStringLiteral("Production"));
    QCOMPARE(WorkspaceStore().current(), QStringLiteral("Production"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Staging")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(banner->kind(), WorkspaceBanner::Kind::Other);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("staging.example.com")));

    // The choice is remembered for the next start.
    AppUnderTest restarted;
    QCOMPARE(restarted.controller().currentWorkspace().name, QStringLiteral("Staging"));
}

void tst_MainWindow::sendReachesTheSandboxAndUpdatesThePanel()
{
    VERO_REQUIRE(QFileInfo::exists(QStringLiteral(VERO_SANDBOX_PATH)),
                 QStringLiteral("vero-sandbox is not built at %1").arg(QStringLiteral(VERO_SANDBOX_PATH)));
    AppController::Options options = AppUnderTest::offlineOptions();
    options.manageSandbox = true;
    options.sandboxProgram = QStringLiteral(VERO_SANDBOX_PATH);
    options.sandboxStateFile = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    auto app = std::make_unique<AppUnderTest>(options);
    AppController& controller = app->controller();
    MainWindow& window = app->window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.sandboxState(), AppController::SandboxState::Running, 30000);
    SandboxPanel* panel = openSandboxPanel(window);
    QVERIFY(panel);
    QCOMPARE(panel->rootUrl(), controller.sandboxRootUrl());
    auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));
    QVERIFY(status);

    // Identify through the widgets and Ctrl+Return.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    OperationForm* identify = window.currentForm();
    QTest::keyClicks(edit(identify, "userIdEdit"), QStringLiteral("newcomer-1"));
    QTest::keyClicks(edit(identify, "emailEdit"), QStringLiteral("newcomer@example.com"));
    QSignalSpy refreshed(panel, &SandboxPanel::refreshed);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("200")), qPrintable(status->text()), 15000);
    QVERIFY(status->text().contains(QStringLiteral("Identify")));
    QTRY_COMPARE_WITH_TIMEOUT(panel->userCount(), 1, 15000);
    QVERIFY(!refreshed.isEmpty());
    auto* usersTable = panel->findChild<QTableWidget*>(QStringLiteral("usersTable"));
    QCOMPARE(usersTable->item(0, 0)->text(), QStringLiteral("newcomer-1"));
    QCOMPARE(usersTable->item(0, 1)->text(), QStringLiteral("newcomer@example.com"));

    // What the sandbox holds, read independently of the panel.
    QUrl userUrl = controller.sandboxRootUrl();
    userUrl.setPath(QStringLiteral("/sandbox/users/newcomer-1"));
    const QJsonObject user = QJsonDocument::fromJson(getJson(userUrl, controller.sandboxToken()))
                                 .object()
                                 .value(QLatin1String("user"))
                                 .toObject();
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("newcomer@example.com"));

    // A tracked event appears in the panel's events list.
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    OperationForm* event = window.currentForm();
    QTest::keyClicks(edit(event, "userIdEdit"), QStringLiteral("newcomer-1"));
    QTest::keyClicks(edit(event, "eventNameEdit"), QStringLiteral("Viewed Pricing"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Last result: Track event")), 15000);
    QVERIFY(status->text().contains(QStringLiteral("200")));
    QTRY_COMPARE_WITH_TIMEOUT(panel->eventCount(), 1, 15000);
    auto* eventsTable = panel->findChild<QTableWidget*>(QStringLiteral("eventsTable"));
    QCOMPARE(eventsTable->item(0, 1)->text(), QStringLiteral("newcomer-1"));
    QCOMPARE(eventsTable->item(0, 2)->text(), QStringLiteral("Viewed Pricing"));

    // The session token is the sandbox's only credential; it never shows in the window.
    QVERIFY(!status->text().contains(QStringLiteral("auth_token")));

    // Quitting stops the child, which saves its state where it was told to.
    QUrl root = controller.sandboxRootUrl();
    root.setPath(QStringLiteral("/sandbox/users"));
    const QString token = controller.sandboxToken();
    QVERIFY(reachable(root, token));
    app.reset();
    QVERIFY(!reachable(root, token));
    QFile state(options.sandboxStateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(state.readAll().contains("newcomer-1"));
}

void tst_MainWindow::sandboxThatCannotStartIsExplained()
{
    AppController::Options options = AppUnderTest::offlineOptions();
    options.manageSandbox = true;
    options.sandboxProgram = m_dir.filePath(QStringLiteral("no-such-vero-sandbox"));
    options.sandboxStateFile = m_dir.filePath(QStringLiteral("unused-state.json"));
    AppUnderTest app(options);
    AppController& controller = app.controller();
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.sandboxState(), AppController::SandboxState::Failed, 30000);
    QVERIFY(!controller.sandboxError().isEmpty());
    SandboxPanel* panel = openSandboxPanel(window);
    QVERIFY(panel);
    auto* panelStatus = panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(panelStatus);
    QVERIFY(panelStatus->text().contains(controller.sandboxError()));
    QVERIFY(panelStatus->text().contains(QStringLiteral("Restart sandbox")));

    // A send says why nothing went out, in the form and the status bar.
    auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));
    window.setCurrentOperationIndex(0);
    QTest::keyClicks(edit(window.currentForm(), "userIdEdit"), QStringLiteral("user-1"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Last result")), 15000);
    QVERIFY(status->text().contains(QStringLiteral("Not sent")));
    QVERIFY(status->text().contains(QStringLiteral("sandbox is not running")));
}

void tst_MainWindow::invalidInputSendsNothing()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Local"), server.baseUrl()));
    WorkspaceStore().setCurrent(QStringLiteral("Local"));
    AppUnderTest app;
    AppController& controller = app.controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Local"), QStringLiteral("session-secret"));
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(controller.currentWorkspace().name, QStringLiteral("Local"));

    // An identify with an invalid email: the form shows the message, nothing goes out.
    window.setCurrentOperationIndex(0);
    QTest::keyClicks(edit(window.currentForm(), "emailEdit"), QStringLiteral("not-an-email"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    // Nothing waits to go out later, nothing was recorded, and the form says why.
    QCOMPARE(controller.pendingCount(), 0);
    QCOMPARE(app.history().count(), qint64(0));
    QVERIFY(server.requests().isEmpty());
    auto* hint = window.currentForm()->findChild<QLabel*>(QStringLiteral("sendHintLabel"));
    QVERIFY(hint);
    QVERIFY2(hint->text().contains(QStringLiteral("Nothing was sent")), qPrintable(hint->text()));
    QCOMPARE(edit(window.currentForm(), "emailEdit")->text(), QStringLiteral("not-an-email"));
}

void tst_MainWindow::missingCredentialSendsNothing()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Staging"), server.baseUrl()));
    WorkspaceStore().setCurrent(QStringLiteral("Staging"));
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));

    window.setCurrentOperationIndex(0);
    QTest::keyClicks(edit(window.currentForm(), "userIdEdit"), QStringLiteral("user-1"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Not sent")), 30000);
    // "no credential is stored" with a keychain, "could not be read" without one.
    QVERIFY(status->text().contains(QStringLiteral("credential")));
    QVERIFY(status->text().contains(QStringLiteral("Staging")));
    QVERIFY(server.requests().isEmpty());
}

void tst_MainWindow::sessionCredentialIsSentButNeverShown()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Local"), server.baseUrl()));
    AppUnderTest app;
    AppController& controller = app.controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Local"), QStringLiteral("session-secret-42"));
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("workspaceCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Local")));
    emit combo->activated(combo->currentIndex());
    auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));

    window.setCurrentOperationIndex(5);
    QTest::keyClicks(edit(window.currentForm(), "userIdEdit"), QStringLiteral("user-7"));
    QWidget* tagsToAdd = window.currentForm()->findChild<QWidget*>(QStringLiteral("tagsToAddEditor"));
    QVERIFY(tagsToAdd);
    auto* addTag = tagsToAdd->findChild<QLineEdit*>(QStringLiteral("tagEdit"));
    QVERIFY(addTag);
    QTest::keyClicks(addTag, QStringLiteral("vip"));
    QTest::keyClick(addTag, Qt::Key_Return);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
    const HttpTestServer::Request request = server.requests().constFirst();
    QCOMPARE(request.path, QStringLiteral("/api/v2/users/tags/edit"));
    QCOMPARE(request.json().value(QLatin1String("auth_token")).toString(), QStringLiteral("session-secret-42"));
    QCOMPARE(request.json().value(QLatin1String("add")).toArray(), QJsonArray {QStringLiteral("vip")});
    QTRY_VERIFY(status->text().contains(QStringLiteral("200")));
    QVERIFY(!status->text().contains(QStringLiteral("session-secret-42")));
    // A send to another workspace leaves the sandbox panel alone.
    SandboxPanel* panel = openSandboxPanel(window);
    QVERIFY(panel);
    QCOMPARE(panel->userCount(), 0);
}

void tst_MainWindow::sentRequestsAreRecordedAndReopenInTheirForm()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Local"), server.baseUrl()));
    AppUnderTest app;
    AppController& controller = app.controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Local"), QStringLiteral("history-secret-77"));
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    controller.setCurrentWorkspace(QStringLiteral("Local"));
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("historyDock"));
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(dock && pane);
    QVERIFY(dock->isVisible());

    window.setCurrentOperationIndex(3); // unsubscribe / resubscribe
    QTest::keyClicks(edit(window.currentForm(), "userIdEdit"), QStringLiteral("support-case-9"));
    auto* unsubscribe = window.currentForm()->findChild<QPushButton*>(QStringLiteral("unsubscribeButton"));
    QVERIFY(unsubscribe);
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);

    // The row appears, completed with the reply, and holds nothing secret.
    HistoryModel* model = pane->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(model->entry(0).value_or(HistoryEntry()).httpStatus, 200, 15000);
    const HistoryEntry recorded = model->entry(0).value();
    QCOMPARE(recorded.operation, Operation::Unsubscribe);
    QCOMPARE(recorded.userId, QStringLiteral("support-case-9"));
    QCOMPARE(recorded.workspace, QStringLiteral("Local"));
    QVERIFY(!recorded.requestBody.contains(QStringLiteral("history-secret-77")));
    QVERIFY(recorded.requestBody.contains(QStringLiteral("***")));

    // Open in form: the other form is shown again with the recorded user.
    window.setCurrentOperationIndex(0);
    edit(window.currentForm(), "userIdEdit")->clear();
    QVERIFY(pane->selectEntry(recorded.id));
    pane->actions()->openAction()->trigger();
    QCOMPARE(window.currentOperationIndex(), 3);
    QCOMPARE(edit(window.currentForm(), "userIdEdit")->text(), QStringLiteral("support-case-9"));
    QCOMPARE(server.requests().size(), 1); // opening never sends
}

void tst_MainWindow::likelyDuplicateEventIsFlaggedBeforeSending()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Local"), server.baseUrl()));
    AppUnderTest app;
    AppController& controller = app.controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Local"), QStringLiteral("dup-secret"));
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    controller.setCurrentWorkspace(QStringLiteral("Local"));
    ScriptedUserPrompts& prompts = app.prompts();
    auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(status && pane);

    window.setCurrentOperationIndex(6); // track event
    QTest::keyClicks(edit(window.currentForm(), "userIdEdit"), QStringLiteral("u-42"));
    QTest::keyClicks(edit(window.currentForm(), "eventNameEdit"), QStringLiteral("Viewed Pricing"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
    QVERIFY(prompts.asked().isEmpty()); // the first one is not a duplicate
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->entry(0).value_or(HistoryEntry()).httpStatus, 200, 15000);

    // The same event again: the user is asked, naming the user and the event, and Cancel sends nothing.
    prompts.answerChoice(QStringLiteral("Cancel"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(prompts.asked().size(), 1);
    const ScriptedUserPrompts::Question question = prompts.lastAsked();
    QCOMPARE(question.kind, ScriptedUserPrompts::Kind::Choose);
    QVERIFY2(question.text.contains(QStringLiteral("u-42")), qPrintable(question.text));
    QVERIFY(question.text.contains(QStringLiteral("Viewed Pricing")));
    QCOMPARE(question.options.value(question.defaultOption), QStringLiteral("Add timestamp and send"));
    QCOMPARE(question.options.value(question.destructiveOption), QStringLiteral("Send anyway"));
    // Nothing waits to go out, the form is free for the next try, and the window says why nothing was sent.
    QCOMPARE(controller.pendingCount(), 0);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY2(status->text().contains(QStringLiteral("cancelled as a likely duplicate")), qPrintable(status->text()));
    auto* send = window.currentForm()->findChild<QPushButton*>(QStringLiteral("sendButton"));
    auto* formResult = window.currentForm()->findChild<ResultView*>(QStringLiteral("resultView"));
    QVERIFY(send && formResult);
    QVERIFY(send->isEnabled());
    QCOMPARE(formResult->headline(), QStringLiteral("Not sent"));
    QVERIFY2(formResult->details().contains(QStringLiteral("duplicate")), qPrintable(formResult->details()));

    // Adding the unique timestamp makes it a different event, which is then sent.
    prompts.answerChoice(QStringLiteral("Add timestamp and send"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 15000);
    QCOMPARE(prompts.asked().size(), 2);
    const QJsonObject data = server.requests().at(1).json().value(QLatin1String("data")).toObject();
    QVERIFY(data.contains(QLatin1String("unique_timestamp")));

    // With the timestamp on, later sends differ every time: no more questions.
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 2, 15000);
    // The form takes the next send once the answer to this one is in.
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 3, 15000);
    QCOMPARE(prompts.asked().size(), 2);

    // "Send anyway" sends the very same event again, without a stamp.
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);
    auto* stamp = window.currentForm()->findChild<QCheckBox*>(QStringLiteral("uniqueTimestampCheckBox"));
    QVERIFY(stamp);
    stamp->setChecked(false);
    prompts.answerChoice(QStringLiteral("Send anyway"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 4, 15000);
    QCOMPARE(prompts.asked().size(), 3);
    QVERIFY(!server.requests()
                 .at(3)
                 .json()
                 .value(QLatin1String("data"))
                 .toObject()
                 .contains(QLatin1String("unique_timestamp")));
    QCOMPARE(prompts.unusedAnswers(), 0);
}

void tst_MainWindow::keychainCredentialIsSent()
{
    CredentialStore keychain(AppUnderTest::offlineOptions().credentialService);
    const CredentialStore::Result written
        = keychain.writeNow(QStringLiteral("Keyed"), QStringLiteral("keychain-secret-3"));
    VERO_REQUIRE(written.ok,
                 QStringLiteral("No keychain in this session (run under dbus-run-session with gnome-keyring-daemon "
                                "--unlock): %1")
                     .arg(written.error));
    HttpTestServer server;
    QVERIFY(server.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Keyed"), server.baseUrl()));
    WorkspaceStore().setCurrent(QStringLiteral("Keyed"));
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentOperationIndex(4 - 1); // Unsubscribe / Resubscribe
    QTest::keyClicks(edit(window.currentForm(), "userIdEdit"), QStringLiteral("user-9"));
    auto* unsubscribe = window.currentForm()->findChild<QPushButton*>(QStringLiteral("unsubscribeButton"));
    QVERIFY(unsubscribe);
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
    QCOMPARE(server.requests().constFirst().path, QStringLiteral("/api/v2/users/unsubscribe"));
    QCOMPARE(server.requests().constFirst().json().value(QLatin1String("auth_token")).toString(),
             QStringLiteral("keychain-secret-3"));
    QVERIFY(keychain.removeNow(QStringLiteral("Keyed")).ok);
}

void tst_MainWindow::geometryAndOperationPersist()
{
    // A size the screen holds (a larger one is fitted to the screen at start: savedSizeLargerThanTheScreenIsFitted).
    QSize wanted;
    bool fits = false;
    {
        AppUnderTest app;
        MainWindow& window = app.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        // The forms are built when first shown: the minimum is measured with every one built and the one
        // restored next time on screen, once the layouts have taken them in (their requests are posted).
        QCOMPARE(window.forms().size(), 8);
        window.setCurrentOperationIndex(4);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        wanted = QSize(available.width() - 40, available.height() - 60).expandedTo(window.minimumSizeHint());
        fits = wanted.width() <= available.width() && wanted.height() <= available.height();
        window.resize(wanted);
        auto* sandboxDock = window.findChild<QDockWidget*>(QStringLiteral("sandboxDock"));
        QVERIFY(sandboxDock);
        sandboxDock->hide();
        window.close();
    }
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (fits) {
        QCOMPARE(window.size(), wanted);
    } else {
        // This screen is smaller than the window's minimum (offscreen's 800x600): the size is the fitted one.
        QVERIFY(window.width() <= wanted.width() && window.height() <= wanted.height());
    }
    QCOMPARE(window.currentOperationIndex(), 4);
    auto* sandboxDock = window.findChild<QDockWidget*>(QStringLiteral("sandboxDock"));
    QVERIFY(sandboxDock);
    QVERIFY(!sandboxDock->isVisible());
}

void tst_MainWindow::fitsIn1024x700()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < window.forms().size(); ++i) {
        window.setCurrentOperationIndex(i);
        QVERIFY2(window.minimumSizeHint().width() <= 1024 && window.minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("form %1 needs %2x%3")
                                .arg(i)
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        QCOMPARE(window.size(), QSize(1024, 700));
        // The send button of every form is reachable without scrolling the window itself.
        const QList<QPushButton*> buttons = window.currentForm()->findChildren<QPushButton*>();
        QVERIFY(!buttons.isEmpty());
    }
}

OperationForm* tst_MainWindow::showFormFor(MainWindow& window, Operation operation)
{
    for (int i = 0; i < window.forms().size(); ++i) {
        window.setCurrentOperationIndex(i);
        if (window.currentForm()->operations().contains(operation)) {
            return window.currentForm();
        }
    }
    return nullptr;
}

/// The delete confirmation names the workspace the delete goes to, and its host, also after a switch.
void tst_MainWindow::deleteConfirmationNamesTheCurrentWorkspace()
{
    HttpTestServer production;
    HttpTestServer staging;
    QVERIFY(production.listen() && staging.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Production"), production.baseUrl()));
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Staging"), staging.baseUrl()));
    AppUnderTest app;
    AppController& controller = app.controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Production"), QStringLiteral("p-secret"));
    controller.workspaceService().setSessionCredential(QStringLiteral("Staging"), QStringLiteral("s-secret"));
    controller.setCurrentWorkspace(QStringLiteral("Staging"));
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    controller.setCurrentWorkspace(QStringLiteral("Production"));
    OperationForm* form = showFormFor(window, Operation::Delete);
    QVERIFY(form);
    QTest::keyClicks(edit(form, "userIdEdit"), QStringLiteral("cust-4242"));

    app.prompts().answerConfirm(false);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(app.prompts().asked().size(), 1);
    const ScriptedUserPrompts::Question question = app.prompts().lastAsked();
    QVERIFY2(question.text.startsWith(
                 QStringLiteral("Delete cust-4242 from Production (127.0.0.1:%1)?").arg(production.baseUrl().port())),
             qPrintable(question.text));
    QVERIFY2(question.text.contains(QStringLiteral("comes back as a new profile, subscribed by default")),
             qPrintable(question.text));
    QCOMPARE(question.typeToConfirm, QStringLiteral("cust-4242"));
    QCOMPARE(production.requests().size() + staging.requests().size(), 0);

    app.prompts().answerConfirm(true);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(production.requests().size(), 1, 15000);
    QCOMPARE(production.requests().first().path, QStringLiteral("/api/v2/users/delete"));
    QCOMPARE(staging.requests().size(), 0);
}

/// An identify or event for a user this app deleted on the workspace warns first (when, by whom, and that it
/// creates a new, subscribed profile); an accepted identify afterwards (recreated on purpose) ends the warning.
void tst_MainWindow::sendingToADeletedUserAsksFirst()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Production"), server.baseUrl()));
    AppUnderTest app;
    AppController& controller = app.controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Production"), QStringLiteral("p-secret"));
    controller.setCurrentWorkspace(QStringLiteral("Production"));
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(pane);
    ScriptedUserPrompts& prompts = app.prompts();

    OperationForm* deleteForm = showFormFor(window, Operation::Delete);
    QVERIFY(deleteForm);
    QTest::keyClicks(edit(deleteForm, "userIdEdit"), QStringLiteral("cust-42"));
    prompts.answerConfirm(true);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->entry(0).value_or(HistoryEntry()).httpStatus, 200, 15000);

    // An event for the deleted user: asked, and Cancel sends nothing.
    OperationForm* eventForm = showFormFor(window, Operation::TrackEvent);
    QVERIFY(eventForm);
    QCOMPARE(edit(eventForm, "userIdEdit")->text(), QStringLiteral("cust-42")); // the current user
    QTest::keyClicks(edit(eventForm, "eventNameEdit"), QStringLiteral("Logged in"));
    prompts.answerChoice(QStringLiteral("Cancel"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(prompts.asked().size(), 2);
    const ScriptedUserPrompts::Question question = prompts.lastAsked();
    QCOMPARE(question.kind, ScriptedUserPrompts::Kind::Choose);
    QVERIFY2(question.text.contains(QStringLiteral("cust-42 was deleted on ")), qPrintable(question.text));
    QVERIFY2(question.text.contains(QStringLiteral(" by %1").arg(HistoryEntry::currentOperator())),
             qPrintable(question.text));
    QVERIFY2(question.text.contains(QStringLiteral("sending creates a new, subscribed profile")),
             qPrintable(question.text));
    QCOMPARE(question.options, (QStringList {QStringLiteral("Send anyway"), QStringLiteral("Cancel")}));
    QCOMPARE(question.options.value(question.defaultOption), QStringLiteral("Cancel"));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(controller.pendingCount(), 0);
    auto* send = eventForm->findChild<QPushButton*>(QStringLiteral("sendButton"));
    QVERIFY(send && send->isEnabled());

    // An identify, sent anyway: the user is recreated on purpose...
    OperationForm* identifyForm = showFormFor(window, Operation::Identify);
    QVERIFY(identifyForm);
    QCOMPARE(edit(identifyForm, "userIdEdit")->text(), QStringLiteral("cust-42"));
    prompts.answerChoice(QStringLiteral("Send anyway"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(prompts.asked().size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 15000);
    QCOMPARE(server.requests().at(1).path, QStringLiteral("/api/v2/users/track"));
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->entry(0).value_or(HistoryEntry()).httpStatus, 200, 15000);

    // ... so the event goes without a question now.
    showFormFor(window, Operation::TrackEvent);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 3, 15000);
    QCOMPARE(prompts.asked().size(), 3);
    QCOMPARE(prompts.unusedAnswers(), 0);
}

/// The "Done when": a Production-like workspace (a recording server on loopback saved as "Production") beside
/// another: no history action, form refill or retention change sends to it or removes its history before the
/// question is answered.
void tst_MainWindow::productionLikeWorkspaceIsNeverTouchedWithoutAnAnswer()
{
    HttpTestServer production;
    HttpTestServer staging;
    QVERIFY(production.listen() && staging.listen());
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Production"), production.baseUrl()));
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Staging"), staging.baseUrl()));
    AppUnderTest app;
    AppController& controller = app.controller();
    controller.workspaceService().setSessionCredential(QStringLiteral("Production"), QStringLiteral("p-secret"));
    controller.workspaceService().setSessionCredential(QStringLiteral("Staging"), QStringLiteral("s-secret"));
    controller.setCurrentWorkspace(QStringLiteral("Production"));
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-120); // older than the 90 days offered
    const qint64 stagingRow = app.history().insert(
        HistoryTestData::entry(HistoryTestData::simple(Operation::Unsubscribe, QStringLiteral("cust-1")),
                               longAgo,
                               HistoryEntry::StatusClass::Success,
                               QStringLiteral("Staging")));
    const qint64 productionRow
        = app.history().insert(HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("cust-2")),
                                                      longAgo,
                                                      HistoryEntry::StatusClass::Success,
                                                      QStringLiteral("Production")));
    QVERIFY(stagingRow > 0 && productionRow > 0);
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    auto* all = window.findChild<QCheckBox*>(QStringLiteral("allWorkspacesCheck"));
    QVERIFY(pane && all);
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(5, all->height() / 2));
    ScriptedUserPrompts& prompts = app.prompts();
    const auto sent = [&] { return production.requests().size() + staging.requests().size(); };

    // Every history action on the Staging row asks; cancelled, nothing is prepared or sent.
    for (const char* action : {"openInFormAction", "sendAgainAction", "undoAction"}) {
        QVERIFY(pane->selectEntry(stagingRow));
        prompts.answerChoice(QStringLiteral("Cancel"));
        auto* trigger = pane->actions()->findChild<QAction*>(QLatin1String(action));
        QVERIFY(trigger && trigger->isEnabled());
        trigger->trigger();
        QVERIFY2(prompts.lastAsked().text.contains(QStringLiteral("current workspace is Production")), action);
        QCOMPARE(sent(), 0);
    }
    // Refilled from Production's own row: no question, and still nothing sent until Send.
    QVERIFY(pane->selectEntry(productionRow));
    pane->actions()->sendAgainAction()->trigger();
    QCOMPARE(prompts.asked().size(), 3);
    QCOMPARE(edit(window.currentForm(), "userIdEdit")->text(), QStringLiteral("cust-2"));
    QCOMPARE(sent(), 0);

    // A retention change: Production's history stays until the question is answered yes.
    HistoryStore::Filter onProduction;
    onProduction.workspace = QStringLiteral("Production");
    const auto retainDays = [&](const QString& answer) {
        prompts.answerChoice(answer);
        window.findChild<QAction*>(QStringLiteral("actionHistoryRetention"))->trigger();
        QDialog* dialog = nullptr;
        for (auto* open : window.findChildren<QDialog*>(QStringLiteral("historyRetentionDialog"))) {
            dialog = open->isVisible() ? open : dialog;
        }
        QVERIFY(dialog);
        auto* days = dialog->findChild<QRadioButton*>(QStringLiteral("daysRadio"));
        QVERIFY(days);
        QTest::mouseClick(days, Qt::LeftButton, {}, QPoint(5, days->height() / 2));
        QTest::keyClick(dialog->findChild<QSpinBox*>(QStringLiteral("daysSpin")), Qt::Key_Return);
    };
    retainDays(QStringLiteral("Cancel"));
    QVERIFY(prompts.lastAsked().text.contains(QStringLiteral("1 from Production")));
    QCOMPARE(app.history().count(onProduction), qint64(1));
    QVERIFY(!app.history().retentionRunning());
    QCOMPARE(controller.historyRetention().mode, HistoryStore::Retention::Mode::KeepAll);
    retainDays(QCoreApplication::translate("HistoryDock", "Remove %n request(s)", nullptr, 2));
    QTRY_COMPARE(app.history().count(onProduction), qint64(0));
    QCOMPARE(sent(), 0);
    QCOMPARE(prompts.unusedAnswers(), 0);
}

/// Seen: Identify filled from one user (properties, channels, phone below the fold); the id and email changed
/// to another user; Ctrl+Return sent the first user's first_name and plan to the second.
void tst_MainWindow::otherUsersFieldsAreNotSentToTheNextUser()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    std::unique_ptr<AppUnderTest> app = appOn(server.baseUrl());
    MainWindow& window = app->window();
    OperationInput first = HistoryTestData::identify(QStringLiteral("cust-42"),
                                                     QStringLiteral("ann@example.com"),
                                                     QStringLiteral(R"({"first_name":"Ann","plan":"gold"})"));
    first.phone = QStringLiteral("+61 400 000 042");
    const qint64 row = app->history().insert(HistoryTestData::entry(
        first, QDateTime::currentDateTimeUtc(), HistoryEntry::StatusClass::Success, QStringLiteral("Local")));
    openRow(window, row);
    OperationForm* form = window.currentForm();
    QCOMPARE(window.currentOperationIndex(), 0);
    QLineEdit* userId = edit(form, "userIdEdit");
    QLineEdit* email = edit(form, "emailEdit");
    QVERIFY(userId && email);
    QCOMPARE(userId->text(), QStringLiteral("cust-42"));

    // Another user's id and email typed over the first's.
    userId->selectAll();
    QTest::keyClicks(userId, QStringLiteral("cust-43"));
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("bob@example.com"));
    auto* notice = form->findChild<QWidget*>(QStringLiteral("userFieldsNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    auto* noticeText = notice->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    QVERIFY(noticeText);
    QVERIFY2(noticeText->text().contains(QStringLiteral("filled for cust-42")), qPrintable(noticeText->text()));

    // Ctrl+Return asks, naming both users; No sends nothing and keeps everything.
    app->prompts().answerConfirm(false);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(app->prompts().asked().size(), 1);
    const QString question = app->prompts().lastAsked().text;
    QVERIFY2(question.contains(QStringLiteral("cust-42")) && question.contains(QStringLiteral("cust-43")),
             qPrintable(question));
    QCOMPARE(app->controller().pendingCount(), 0);
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(userId->text(), QStringLiteral("cust-43"));

    // One click clears them; what is sent then is only the second user's id and email.
    auto* clear = notice->findChild<QPushButton*>(QStringLiteral("clearOtherUserFieldsButton"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
    QCOMPARE(app->prompts().asked().size(), 1);
    const QJsonObject body = server.requests().constFirst().json();
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("cust-43"));
    QCOMPARE(body.value(QLatin1String("email")).toString(), QStringLiteral("bob@example.com"));
    QVERIFY2(!server.requests().constFirst().body.contains("Ann"), server.requests().constFirst().body.constData());
    QVERIFY(!server.requests().constFirst().body.contains("gold"));
    QVERIFY(!body.contains(QLatin1String("phone_number")));
}

/// New (Ctrl+N) empties the current form, every field of it.
void tst_MainWindow::ctrlNEmptiesTheForm()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int index = 0; index < window.forms().size(); ++index) {
        window.setCurrentOperationIndex(index);
        OperationForm* form = window.currentForm();
        const QList<QLineEdit*> edits = form->findChildren<QLineEdit*>();
        for (QLineEdit* line : edits) {
            if (line->isVisibleTo(form) && !line->isReadOnly()) {
                line->setText(QStringLiteral("typed"));
            }
        }
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        for (QLineEdit* line : edits) {
            QVERIFY2(
                line->text().isEmpty() || line->isReadOnly(),
                qPrintable(
                    QStringLiteral("form %1: %2 still holds %3").arg(index).arg(line->objectName(), line->text())));
        }
        if (form->userIdField()) {
            QCOMPARE(QApplication::focusWidget(), form->userIdField());
        }
    }
}

/// Seen: after a restore filled a form it still showed the previous "Accepted (HTTP 200)".
void tst_MainWindow::refilledFormMarksTheEarlierResult()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    std::unique_ptr<AppUnderTest> app = appOn(server.baseUrl());
    MainWindow& window = app->window();
    auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));
    OperationForm* form = window.forms().at(0);
    window.setCurrentOperationIndex(0);
    QTest::keyClicks(edit(form, "userIdEdit"), QStringLiteral("cust-7"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    ResultView* result = resultView(form);
    QVERIFY(result && status);
    QTRY_COMPARE_WITH_TIMEOUT(result->headline(), QStringLiteral("Accepted (HTTP 200)"), 15000);

    const qint64 row = app->history().insert(HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("cust-8")),
                                                                    QDateTime::currentDateTimeUtc(),
                                                                    HistoryEntry::StatusClass::Success,
                                                                    QStringLiteral("Local")));
    openRow(window, row);
    QCOMPARE(edit(form, "userIdEdit")->text(), QStringLiteral("cust-8"));
    QVERIFY2(result->headline().startsWith(QStringLiteral("Earlier request")), qPrintable(result->headline()));
    QVERIFY2(status->text().startsWith(QStringLiteral("Earlier request")), qPrintable(status->text()));
}

/// Seen: after a workspace switch a Production failure stayed under the Sandbox banner.
void tst_MainWindow::workspaceSwitchMarksTheEarlierResult()
{
    HttpTestServer production;
    QVERIFY(production.listen());
    HttpTestServer::Response failure;
    failure.status = 503;
    failure.body = R"({"status":503,"message":"Service unavailable."})";
    production.setResponse(failure);
    std::unique_ptr<AppUnderTest> app = appOn(production.baseUrl(), QStringLiteral("Production"));
    MainWindow& window = app->window();
    auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));
    OperationForm* form = window.forms().at(0);
    window.setCurrentOperationIndex(0);
    QTest::keyClicks(edit(form, "userIdEdit"), QStringLiteral("cust-9"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    ResultView* result = resultView(form);
    QVERIFY(result && status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Last result")), 15000);
    const QString failed = result->headline();
    QVERIFY2(failed.contains(QStringLiteral("503")), qPrintable(failed));

    app->controller().setCurrentWorkspace(QStringLiteral("Sandbox"));
    QVERIFY2(result->headline().startsWith(QStringLiteral("Earlier request, to Production")),
             qPrintable(result->headline()));
    QVERIFY2(status->text().startsWith(QStringLiteral("Earlier request, to Production")), qPrintable(status->text()));
    QCOMPARE(production.requests().size(), 1);
}

/// A request in flight is cancelled with Esc; the history row says so and that it may have arrived.
void tst_MainWindow::cancelledRequestIsRecordedAsMaybeApplied()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    HttpTestServer::Response silent;
    silent.silent = true;
    server.setResponse(silent);
    std::unique_ptr<AppUnderTest> app = appOn(server.baseUrl());
    MainWindow& window = app->window();
    OperationForm* form = window.forms().at(0);
    window.setCurrentOperationIndex(0);
    auto* cancel = form->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QVERIFY(!cancel->isEnabled());
    QTest::keyClicks(edit(form, "userIdEdit"), QStringLiteral("cust-10"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
    QVERIFY(cancel->isEnabled());

    // Esc from the form, where the user is.
    QTest::mouseClick(edit(form, "userIdEdit"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    ResultView* result = resultView(form);
    QTRY_VERIFY_WITH_TIMEOUT(result->headline().startsWith(QStringLiteral("Cancelled")), 15000);
    QVERIFY2(result->details().contains(QStringLiteral("may have reached")), qPrintable(result->details()));
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(app->controller().pendingCount(), 0);
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QTRY_COMPARE_WITH_TIMEOUT(
        pane->model()->entry(0).value_or(HistoryEntry()).statusClass, HistoryEntry::StatusClass::Cancelled, 15000);
    const HistoryEntry recorded = pane->model()->entry(0).value();
    QVERIFY2(HistoryModel::statusText(recorded).contains(QStringLiteral("may have reached")),
             qPrintable(HistoryModel::statusText(recorded)));
}

/// A connection dropped after the request went out: "unknown outcome", not "failed", and the form says it may
/// have been applied.
void tst_MainWindow::droppedConnectionIsAnUnknownOutcome()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    server.setHangUp(true);
    std::unique_ptr<AppUnderTest> app = appOn(server.baseUrl());
    MainWindow& window = app->window();
    OperationForm* form = window.forms().at(6); // track event
    window.setCurrentOperationIndex(6);
    QTest::keyClicks(edit(form, "userIdEdit"), QStringLiteral("cust-11"));
    QTest::keyClicks(edit(form, "eventNameEdit"), QStringLiteral("Paid Invoice"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    ResultView* result = resultView(form);
    QTRY_VERIFY_WITH_TIMEOUT(result->headline().startsWith(QStringLiteral("Outcome unknown")), 30000);
    QVERIFY2(result->details().contains(QStringLiteral("may have reached Vero")), qPrintable(result->details()));
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QTRY_COMPARE_WITH_TIMEOUT(
        pane->model()->entry(0).value_or(HistoryEntry()).statusClass, HistoryEntry::StatusClass::Unknown, 15000);

    // Sending the same event again asks first: it may have reached Vero the first time.
    app->prompts().answerChoice(QStringLiteral("Cancel"));
    const qsizetype received = server.requests().size(); // Qt itself may have resent it once after the hang-up
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(app->prompts().asked().size(), 1);
    QCOMPARE(server.requests().size(), received);
}

/// A refused connection never reached the service: "failed", and the same event again is no duplicate.
void tst_MainWindow::refusedConnectionStaysFailed()
{
    std::unique_ptr<AppUnderTest> app = appOn(UnusedPort::baseUrl());
    MainWindow& window = app->window();
    OperationForm* form = window.forms().at(6);
    window.setCurrentOperationIndex(6);
    QTest::keyClicks(edit(form, "userIdEdit"), QStringLiteral("cust-12"));
    QTest::keyClicks(edit(form, "eventNameEdit"), QStringLiteral("Paid Invoice"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QTRY_COMPARE_WITH_TIMEOUT(
        pane->model()->entry(0).value_or(HistoryEntry()).statusClass, HistoryEntry::StatusClass::Failed, 30000);
    QVERIFY(!resultView(form)->headline().startsWith(QStringLiteral("Outcome unknown")));
    QTRY_VERIFY(form->findChild<QPushButton*>(QStringLiteral("sendButton"))->isEnabled());
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 2, 30000);
    QVERIFY(app->prompts().asked().isEmpty());
}

/// Quitting with unsent input keeps it: the next start brings it back; what was sent is no draft.
void tst_MainWindow::unsentInputComesBackAfterARestart()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    {
        std::unique_ptr<AppUnderTest> app = appOn(server.baseUrl());
        MainWindow& window = app->window();
        window.setCurrentOperationIndex(0);
        OperationForm* identify = window.forms().at(0);
        QTest::keyClicks(edit(identify, "userIdEdit"), QStringLiteral("draft-user"));
        QTest::keyClicks(edit(identify, "phoneEdit"), QStringLiteral("+61 400 111 222"));
        // The phone was typed for draft-user; the id then changed: the warning must survive the restart.
        QTest::keyClicks(edit(identify, "userIdEdit"), QStringLiteral("-2"));
        // The alias form is sent: it is no draft.
        window.setCurrentOperationIndex(2);
        OperationForm* alias = window.forms().at(2);
        QTest::keyClicks(edit(alias, "userIdEdit"), QStringLiteral("old-id"));
        QTest::keyClicks(edit(alias, "newIdEdit"), QStringLiteral("new-id"));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
        QTRY_COMPARE(app->controller().pendingCount(), 0);
        window.close();
    }
    AppUnderTest restarted;
    MainWindow& window = restarted.window();
    QCOMPARE(edit(window.forms().at(0), "userIdEdit")->text(), QStringLiteral("draft-user-2"));
    QCOMPARE(edit(window.forms().at(0), "phoneEdit")->text(), QStringLiteral("+61 400 111 222"));
    auto* notice = window.forms().at(0)->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    QVERIFY(notice);
    QCOMPARE(notice->text(),
             QStringLiteral("The phone number below was entered for draft-user, not for draft-user-2."));
    QVERIFY(edit(window.forms().at(2), "userIdEdit")->text().isEmpty());
    // The credential is nowhere in the settings file.
    QFile settings(AppSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("local-secret"));
}

/// At 1024x700, on a first start, the Identify form shows its properties table (several rows of it) without
/// scrolling, and the history is one click away.
void tst_MainWindow::identifyShowsItsPropertiesWithoutScrolling()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentOperationIndex(0);
    auto* table = window.currentForm()->findChild<QWidget*>(QStringLiteral("propertyTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    const int shown = table->visibleRegion().boundingRect().height();
    QVERIFY2(shown >= 100, qPrintable(QStringLiteral("%1 px of the properties table show").arg(shown)));
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("historyDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
}

void tst_MainWindow::productionHostUnderAnotherNameIsMarkedInTheTitle()
{
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Live"), Workspace::defaultBaseUrl()));
    AppUnderTest app;
    app.controller().setCurrentWorkspace(QStringLiteral("Live"));
    QCOMPARE(app.window().windowTitle(), QStringLiteral("Live (production)"));
}

void tst_MainWindow::longStatusMessagesNeverWidenTheWindow()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* status = window.findChild<LastResultLabel*>(QStringLiteral("lastResultLabel"));
    QVERIFY(status);
    const QString longText = QStringLiteral("Not sent: ") + QStringLiteral("a long reason ").repeated(60);
    status->showNotSent(longText);
    QCoreApplication::processEvents();
    QCOMPARE(window.size(), QSize(1024, 700));
    QVERIFY(window.minimumSizeHint().width() <= 1024);
    QCOMPARE(status->toolTip(), longText);
    QVERIFY(status->width() < status->fontMetrics().horizontalAdvance(longText));
}

void tst_MainWindow::firstWindowFitsTheAvailableArea()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The .ui asks for 1024x700; the screen here is smaller than that once its frame is counted.
    const QRect available = window.screen()->availableGeometry();
    const QSize minimum = window.minimumSizeHint();
    QVERIFY2(window.height() < 700 || available.height() >= 700 + 20, qPrintable(QString::number(window.height())));
    QVERIFY(window.width() <= qMax(available.width(), minimum.width()));
    QVERIFY(window.height() <= qMax(available.height(), minimum.height()));
    if (minimum.height() < available.height() - 40) {
        // The status bar is on screen.
        auto* status = window.findChild<QLabel*>(QStringLiteral("lastResultLabel"));
        const QPoint bottom = status->mapToGlobal(QPoint(0, status->height()));
        QVERIFY2(bottom.y() <= available.bottom() + 1, qPrintable(QString::number(bottom.y())));
    }
}

void tst_MainWindow::savedSizeLargerThanTheScreenIsFitted()
{
    // Seen: a window widened once (1024 -> 1142 px) came back at that width on every start, its right side off
    // screen.
    {
        AppUnderTest first;
        first.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&first.window()));
        const QRect available = first.window().screen()->availableGeometry();
        first.window().resize(available.width() + 300, available.height() + 200);
        QTRY_VERIFY(first.window().width() > available.width());
        first.window().close(); // saves the geometry
    }
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= qMax(available.width(), window.minimumSizeHint().width()),
             qPrintable(QString::number(window.width())));
    QVERIFY(window.height() <= qMax(available.height(), window.minimumSizeHint().height()));
}

void tst_MainWindow::workspacesVeroctlAddedAppearOnActivation()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("workspaceCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->findText(QStringLiteral("Added by veroctl")), -1);
    // Another process (veroctl workspace add) writes the settings.
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Added by veroctl"),
                                        QUrl(QStringLiteral("https://staging.example.com/api/v2"))));
    QEvent activate(QEvent::ActivationChange);
    QApplication::sendEvent(&window, &activate);
    QVERIFY(combo->findText(QStringLiteral("Added by veroctl")) >= 0);
}

/// Start-up as main.cpp holds it: the history's first page is not read for the first frame (the table empty,
/// "Loading…"), and arrives after it without anything asked of the user.
void tst_MainWindow::historyFirstPageArrivesAfterTheFirstFrame()
{
    AppUnderTest app;
    const QString workspace = app.controller().currentWorkspace().name;
    for (const QString& user : {QStringLiteral("u-1"), QStringLiteral("u-2"), QStringLiteral("u-3")}) {
        QVERIFY(app.history().insert(HistoryTestData::entry(HistoryTestData::identify(user),
                                                            QDateTime::currentDateTimeUtc(),
                                                            HistoryEntry::StatusClass::Success,
                                                            workspace))
                > 0);
    }
    MainWindow& window = app.window();
    window.holdWorkUntilFirstFrame();
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(pane);
    auto* count = pane->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(count);
    QCOMPARE(pane->model()->rowCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("Loading…"));

    FirstFrameWatcher firstFrame(&window);
    bool painted = false;
    connect(&firstFrame, &FirstFrameWatcher::firstFrame, &window, [&window, pane, &painted] {
        painted = true;
        QCOMPARE(pane->model()->rowCount(), 0); // nothing read before the first frame was on screen
        window.firstFrameShown();
    });
    window.show();
    QTRY_VERIFY(painted);
    QTRY_COMPARE(pane->model()->rowCount(), 3);
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("3 request")), qPrintable(count->text())); // "3 request(s)"
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"

/// Start-up builds the operation list and the form on screen only; the others are built the first time they are
/// shown, by the list, Ctrl+digit or a history row opened in its form.
void tst_MainWindow::onlyTheCurrentFormIsBuiltAtStart()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    QVERIFY(window.isFormBuilt(0));
    for (int index = 1; index < 8; ++index) {
        QVERIFY2(!window.isFormBuilt(index), qPrintable(QString::number(index)));
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(window.isFormBuilt(2));
    QCOMPARE(window.currentForm()->operations(), QList<Operation> {Operation::Alias});
    QTRY_COMPARE(QApplication::focusWidget(), window.currentForm()->userIdField());
    QVERIFY(!window.isFormBuilt(6));

    const qint64 row = app.history().insert(
        HistoryTestData::entry(HistoryTestData::trackEvent(QStringLiteral("u-7"), QStringLiteral("signed_up")),
                               QDateTime::currentDateTimeUtc(),
                               HistoryEntry::StatusClass::Success,
                               app.controller().currentWorkspace().name));
    QVERIFY(row > 0);
    openRow(window, row);
    QVERIFY(window.isFormBuilt(6));
    QCOMPARE(window.currentOperationIndex(), 6);
    QCOMPARE(edit(window.currentForm(), "userIdEdit")->text(), QStringLiteral("u-7"));
    QVERIFY(!window.isFormBuilt(7));
}

/// A form built after the user was typed in another one shows that user, as a form built at start would.
/// (A form built after a switch of workspace: deleteConfirmationNamesTheCurrentWorkspace.)
void tst_MainWindow::formBuiltLaterShowsTheCurrentUser()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClicks(edit(window.currentForm(), "userIdEdit"), QStringLiteral("cust-77"));
    QVERIFY(!window.isFormBuilt(1));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(window.isFormBuilt(1));
    QCOMPARE(edit(window.currentForm(), "userIdEdit")->text(), QStringLiteral("cust-77"));
}

/// A draft kept from last time is not lost when its form is never shown in between: it waits for the form.
void tst_MainWindow::draftOfAFormNeverShownSurvivesARestart()
{
    {
        AppUnderTest app;
        MainWindow& window = app.window();
        window.setCurrentOperationIndex(5);
        OperationForm* tags = window.currentForm();
        QTest::keyClicks(edit(tags, "userIdEdit"), QStringLiteral("tagged-user"));
        window.setCurrentOperationIndex(0);
        window.close();
    }
    {
        AppUnderTest app;
        MainWindow& window = app.window();
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Tags")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.isFormBuilt(5));
        window.close();
    }
    AppUnderTest app;
    MainWindow& window = app.window();
    window.setCurrentOperationIndex(5);
    OperationForm* tags = window.currentForm();
    QCOMPARE(tags->operations(), QList<Operation> {Operation::TagsEdit});
    QCOMPARE(edit(tags, "userIdEdit")->text(), QStringLiteral("tagged-user"));
}
