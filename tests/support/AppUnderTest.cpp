#include "AppUnderTest.h"

#include "app/shell/MainWindow.h"
#include "core/workspace/WorkspaceStore.h"

AppController::Options AppUnderTest::offlineOptions()
{
    AppController::Options options;
    options.manageSandbox = false;
    options.credentialService = QStringLiteral("vero-admin-tests");
    return options;
}

AppUnderTest::AppUnderTest(const AppController::Options& options, const QString& historyFile)
    : m_history(std::make_unique<HistoryStore>(historyFile.isEmpty() ? m_dir.filePath(QStringLiteral("history.sqlite"))
                                                                     : historyFile))
{
    if (!m_history->open()) {
        qWarning("AppUnderTest: the history is in memory: %s", qPrintable(m_history->notice()));
    }
    m_controller = std::make_unique<AppController>(m_history.get(), options);
}

AppUnderTest::~AppUnderTest()
{
    m_window.reset();
    m_controller.reset();
}

MainWindow& AppUnderTest::window()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_controller.get(), m_history.get(), &m_prompts);
    }
    return *m_window;
}

bool AppUnderTest::saveWorkspace(const QString& name, const QUrl& baseUrl)
{
    Workspace workspace;
    workspace.name = name;
    workspace.baseUrl = baseUrl;
    WorkspaceStore store;
    store.save(workspace);
    return store.sync();
}
