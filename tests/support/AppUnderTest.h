#pragma once

#include "ScriptedUserPrompts.h"
#include "app/shell/AppController.h"
#include "core/history/HistoryStore.h"

#include <QTemporaryDir>

#include <memory>

class MainWindow;

// The app put together as main.cpp does, for GUI tests: a history in a file of its own (a fresh one unless a
// file is given), every question answered by a ScriptedUserPrompts, the controller, and the main window, made on
// first use. Destroyed in the app's order: window, controller, history.
class AppUnderTest
{
public:
    // No sandbox child, and a keychain service of the tests' own.
    static AppController::Options offlineOptions();
    // Saves a workspace in the settings, as the Workspaces dialog does, before the app under test starts; false
    // when the settings could not be written.
    [[nodiscard]] static bool saveWorkspace(const QString& name, const QUrl& baseUrl);

    explicit AppUnderTest(const AppController::Options& options = offlineOptions(),
                          const QString& historyFile = QString());
    ~AppUnderTest();

    HistoryStore& history() { return *m_history; }
    ScriptedUserPrompts& prompts() { return m_prompts; }
    AppController& controller() { return *m_controller; }
    MainWindow& window();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_history;
    ScriptedUserPrompts m_prompts;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};
