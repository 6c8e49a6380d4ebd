#include "AppUnderTest.h"
#include "SandboxTab.h"
#include "SandboxTestClient.h"
#include "VeroRequire.h"
#include "app/forms/OperationForm.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryPane.h"
#include "app/sandbox/SandboxPanel.h"
#include "app/shell/MainWindow.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"
#include "core/platform/PrivateFiles.h"
#include "core/sandbox/SandboxEndpointFile.h"

#include "core/history/HistoryModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The Sandbox panel in the app: a sandbox that can be reached from a terminal (its token shown, a copied curl
// command that runs as it is, the same port across starts, its address in a private file for veroctl), and a
// panel that follows the controller (a stopped sandbox can be restarted from it).
class tst_SandboxDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void copiedCurlRunsAgainstTheAppsSandbox();
    void portIsKeptAcrossStartsWhenFree();
    void addressFileIsPrivateAndGoesWithTheSandbox();
    void stoppedSandboxRestartsFromThePanel();
    void panelIsBuiltWhenTheDockIsFirstShown();

private:
    AppController::Options sandboxOptions() const;
    // The app with its sandbox running, its window shown.
    std::unique_ptr<AppUnderTest> startApp();

    QTemporaryDir m_dir;
};

void tst_SandboxDock::initTestCase()
{
    Bootstrap::setUpApplication();
    QVERIFY(m_dir.isValid());
}

void tst_SandboxDock::init()
{
    AppSettings().clear();
    AppSettings().sync();
}

AppController::Options tst_SandboxDock::sandboxOptions() const
{
    AppController::Options options = AppUnderTest::offlineOptions();
    options.manageSandbox = true;
    options.sandboxProgram = QStringLiteral(VERO_SANDBOX_PATH);
    options.sandboxStateFile = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxEndpointFile = m_dir.filePath(QStringLiteral("runtime/vero-admin-sandbox.json"));
    return options;
}

std::unique_ptr<AppUnderTest> tst_SandboxDock::startApp()
{
    auto app = std::make_unique<AppUnderTest>(sandboxOptions());
    app->window().show();
    if (!QTest::qWaitForWindowExposed(&app->window())) {
        return nullptr;
    }
    AppController& controller = app->controller();
    const bool running
        = QTest::qWaitFor([&] { return controller.sandboxState() == AppController::SandboxState::Running; }, 30000);
    return running ? std::move(app) : nullptr;
}

void tst_SandboxDock::copiedCurlRunsAgainstTheAppsSandbox()
{
    VERO_REQUIRE(QFileInfo::exists(QStringLiteral(VERO_SANDBOX_PATH)), QStringLiteral("vero-sandbox is not built"));
    VERO_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(), QStringLiteral("no curl"));
    std::unique_ptr<AppUnderTest> app = startApp();
    QVERIFY(app);
    MainWindow& window = app->window();
    SandboxPanel* panel = openSandboxPanel(window);
    QVERIFY(panel);
    // The token is shown in the panel.
    auto* token = panel->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    QCOMPARE(token->text(), app->controller().sandboxToken());

    // Identify through the form.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClicks(window.currentForm()->findChild<QLineEdit*>(QStringLiteral("userIdEdit")),
                     QStringLiteral("curl-user-1"));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    auto* pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(app->controller().pendingCount() == 0 && pane->model()->rowCount() == 1, 15000);

    // The copied command is run as a user pastes it, after the sandbox forgot the user.
    SandboxTestClient client(app->controller().sandboxRootUrl(), true, app->controller().sandboxToken());
    QVERIFY(client.reset());
    const std::optional<HistoryEntry> sent = pane->model()->entry(0);
    QVERIFY(sent && sent->workspace == QStringLiteral("Sandbox"));
    QTRY_VERIFY(pane->selectEntry(sent->id));
    pane->actions()->copyCurlAction()->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("export VERO_AUTH_TOKEN=")), qPrintable(copied));
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VERO_AUTH_TOKEN"));
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), copied});
    QVERIFY(shell.waitForFinished(30000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    QCOMPARE(client.user(QStringLiteral("curl-user-1")).value(QLatin1String("id")).toString(),
             QStringLiteral("curl-user-1"));
}

void tst_SandboxDock::portIsKeptAcrossStartsWhenFree()
{
    VERO_REQUIRE(QFileInfo::exists(QStringLiteral(VERO_SANDBOX_PATH)), QStringLiteral("vero-sandbox is not built"));
    int firstPort = 0;
    {
        std::unique_ptr<AppUnderTest> app = startApp();
        QVERIFY(app);
        firstPort = app->controller().sandboxRootUrl().port();
    }
    {
        std::unique_ptr<AppUnderTest> app = startApp();
        QVERIFY(app);
        QCOMPARE(app->controller().sandboxRootUrl().port(), firstPort);
    }
    // Taken by something else: a fresh port, and the sandbox still starts.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(firstPort)));
    std::unique_ptr<AppUnderTest> app = startApp();
    QVERIFY(app);
    QVERIFY(app->controller().sandboxRootUrl().port() != firstPort);
}

void tst_SandboxDock::addressFileIsPrivateAndGoesWithTheSandbox()
{
    VERO_REQUIRE(QFileInfo::exists(QStringLiteral(VERO_SANDBOX_PATH)), QStringLiteral("vero-sandbox is not built"));
    const QString path = sandboxOptions().sandboxEndpointFile;
    std::unique_ptr<AppUnderTest> app = startApp();
    QVERIFY(app);
    QVERIFY(PrivateFiles::isPrivate(path));
    const Fallible<SandboxEndpointFile::Endpoint> endpoint = SandboxEndpointFile(path).read();
    QVERIFY2(endpoint, qPrintable(endpoint.error()));
    QCOMPARE(endpoint->rootUrl, app->controller().sandboxRootUrl());
    QCOMPARE(endpoint->token, app->controller().sandboxToken());
    app->controller().stopSandbox();
    QVERIFY(!QFile::exists(path));
}

void tst_SandboxDock::stoppedSandboxRestartsFromThePanel()
{
    VERO_REQUIRE(QFileInfo::exists(QStringLiteral(VERO_SANDBOX_PATH)), QStringLiteral("vero-sandbox is not built"));
    std::unique_ptr<AppUnderTest> app = startApp();
    QVERIFY(app);
    // The child dies under the app.
    QVERIFY(::kill(pid_t(SandboxEndpointFile(sandboxOptions().sandboxEndpointFile).read()->processId), SIGKILL) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(app->controller().sandboxState(), AppController::SandboxState::Failed, 15000);
    SandboxPanel* panel = openSandboxPanel(app->window());
    QVERIFY(panel);
    auto* status = panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("The sandbox stopped")), qPrintable(status->text()));
    auto* restart = panel->findChild<QPushButton*>(QStringLiteral("restartButton"));
    QVERIFY(restart && restart->isVisible());
    QTest::mouseClick(restart, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app->controller().sandboxState(), AppController::SandboxState::Running, 30000);
    QVERIFY(!restart->isVisible());
}

/// The panel is not built for the window's first frame (its dock starts behind the history's tab); opened, it
/// shows the sandbox that was already running, as a panel built at start would.
void tst_SandboxDock::panelIsBuiltWhenTheDockIsFirstShown()
{
    VERO_REQUIRE(QFileInfo::exists(QStringLiteral(VERO_SANDBOX_PATH)), QStringLiteral("vero-sandbox is not built"));
    std::unique_ptr<AppUnderTest> app = startApp();
    QVERIFY(app);
    MainWindow& window = app->window();
    QVERIFY(!window.findChild<SandboxPanel*>(QStringLiteral("sandboxPanel")));
    auto* statusBarLabel = window.findChild<QLabel*>(QStringLiteral("sandboxStatusLabel"));
    QVERIFY(statusBarLabel);
    QVERIFY2(statusBarLabel->text().contains(app->controller().sandboxRootUrl().authority()),
             qPrintable(statusBarLabel->text()));

    SandboxPanel* panel = openSandboxPanel(window);
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->rootUrl(), app->controller().sandboxRootUrl());
    QCOMPARE(panel->findChild<QLineEdit*>(QStringLiteral("tokenEdit"))->text(), app->controller().sandboxToken());
    auto* status = panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Local sandbox at")), qPrintable(status->text()));
}

QTEST_MAIN(tst_SandboxDock)
#include "tst_SandboxDock.moc"
