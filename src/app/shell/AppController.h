#pragma once

#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"
#include "core/api/ValidationError.h"
#include "core/api/VeroClient.h"
#include "core/api/Workspace.h"
#include "core/history/HistoryRecorder.h"
#include "core/history/HistoryStore.h"
#include "core/workspace/WorkspaceService.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class SandboxProcess;

// The application's one owner of the core objects: workspaces, credentials (keychain and session-only), the
// client and the sandbox child. Widgets hand it what the user typed and get a result back; they never see a
// credential or a QNetworkReply.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Start vero-sandbox for the built-in Sandbox workspace when it becomes current.
        bool manageSandbox = true;
        // Empty: SandboxProcess::defaultProgram().
        QString sandboxProgram;
        // Empty: sandbox-state.json in the app data folder.
        QString sandboxStateFile;
        QString credentialService = CredentialStore::defaultService();
        // Empty: history.sqlite in the app data folder, shared with veroctl.
        QString historyFile;
    };

    enum class SandboxState
    {
        Stopped,
        Starting,
        Running,
        Failed,
    };

    using ResultCallback = std::function<void(const ApiResult&)>;

    explicit AppController(QObject* parent = nullptr);
    explicit AppController(const Options& options, QObject* parent = nullptr);
    ~AppController() override;

    // The Sandbox first, then the saved workspaces.
    QList<Workspace> workspaces() const;
    Workspace currentWorkspace() const;
    bool currentIsSandbox() const;
    void setCurrentWorkspace(const QString& name);
    // Re-reads the saved workspaces after the workspace dialog changed them.
    void reloadWorkspaces();

    // Saving, removing and the credentials of saved workspaces (the workspace dialog).
    WorkspaceService& workspaceService() { return m_workspaces; }
    // Every request sent from the app is recorded here (source "gui").
    HistoryStore& historyStore() { return *m_history; }
    HistoryRecorder& historyRecorder() { return *m_recorder; }
    // The saved retention policy; setting it saves it and applies it in the background.
    HistoryStore::Retention historyRetention() const;
    void setHistoryRetention(const HistoryStore::Retention& retention);

    SandboxState sandboxState() const { return m_sandboxState; }
    // Why the sandbox could not start; empty otherwise.
    QString sandboxError() const { return m_sandboxError; }
    // http://127.0.0.1:PORT while the sandbox runs; empty otherwise.
    QUrl sandboxRootUrl() const;
    void startSandbox();
    void stopSandbox();

    // Builds the request with the core. With validation errors nothing is sent and the errors are returned;
    // otherwise the request goes to the current workspace and `done` runs with the result (unless `context`
    // was destroyed meanwhile).
    ValidationErrors send(const OperationInput& input, QObject* context, ResultCallback done);
    int pendingCount() const { return int(m_waiting.size() + m_inFlight.size()) + m_readingCredentials; }

signals:
    void workspacesChanged();
    void currentWorkspaceChanged(const Workspace& workspace);
    void sandboxStateChanged(AppController::SandboxState state);
    // The request as it went out, credential shown as ***: for the request history.
    void requestStarted(const WireRequest& redacted);
    void requestFinished(const OperationInput& input, const Workspace& workspace, const ApiResult& result);

private:
    struct Job
    {
        quint64 ticket = 0;
        OperationInput input;
        ApiRequest request;
        Workspace workspace;
        QPointer<QObject> context;
        ResultCallback done;
    };

    Workspace sandboxWorkspace() const;
    void dispatch(const Job& job);
    void sendWithCredential(const Job& job, const QString& credential);
    void finish(const Job& job, const ApiResult& result);
    void finishNotSent(const Job& job, const QString& error);
    void onSandboxReady();
    void onSandboxFailed(const QString& message);

    Options m_options;
    WorkspaceService m_workspaces;
    VeroClient m_client;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<HistoryRecorder> m_recorder;
    QList<Workspace> m_saved;
    QString m_current;

    std::unique_ptr<SandboxProcess> m_sandbox;
    SandboxState m_sandboxState = SandboxState::Stopped;
    QString m_sandboxError;
    QString m_sandboxToken;

    quint64 m_nextTicket = 1;
    int m_readingCredentials = 0;
    QList<Job> m_waiting; // for the sandbox to come up
    QHash<VeroClient::RequestId, Job> m_inFlight;
};
