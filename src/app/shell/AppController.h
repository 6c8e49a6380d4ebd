#pragma once

#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"
#include "core/api/ValidationError.h"
#include "core/api/VeroClient.h"
#include "core/api/Workspace.h"
#include "core/forms/CurrentUser.h"
#include "core/history/DeletedUser.h"
#include "core/history/DuplicateEvent.h"
#include "core/history/HistoryStore.h"
#include "core/platform/Fallible.h"
#include "core/sandbox/SandboxEndpointFile.h"
#include "core/workspace/WorkspaceService.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class HistoryRecorder;
class SandboxProcess;

// The application's one owner of the core objects: workspaces, credentials (keychain and session-only), the
// client and the sandbox child. It records every request in the history it is given and decides what happens
// before a send (validation, the duplicate-event check); the window only asks the user when told to. Widgets
// hand it what the user typed and get a result back; they never see a credential or a QNetworkReply.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Start vero-sandbox for the built-in Sandbox workspace when it becomes current.
        bool manageSandbox = true;
        // Wait for startDeferredWork() (main.cpp calls it once the window's first frame is shown) instead of
        // starting the sandbox from the event loop's first turn: the child's start-up then never competes with
        // the window's.
        bool deferSandboxStart = false;
        // Empty: SandboxProcess::defaultProgram().
        QString sandboxProgram;
        // Empty: sandbox-state.json in the app data folder.
        QString sandboxStateFile;
        // Empty: SandboxEndpointFile::defaultPath(), which veroctl --workspace Sandbox reads.
        QString sandboxEndpointFile;
        QString credentialService = CredentialStore::defaultService();
    };

    // How send() treats an event Vero would probably drop as a duplicate of one sent recently.
    struct SendOptions
    {
        enum class Duplicate
        {
            Report,             // send nothing; the outcome carries the earlier event for the user to decide
            SendAnyway,         // send it as it is
            AddUniqueTimestamp, // send it with DuplicateEvent::withUniqueTimestamp, so Vero keeps it
        };
        Duplicate duplicate = Duplicate::Report;
        // How send() treats an identify or event for a user the history says was deleted on the workspace.
        enum class Deleted
        {
            Report,     // send nothing; the outcome carries the deletion for the user to decide
            SendAnyway, // send it: the user is recreated as a new profile
        };
        Deleted deleted = Deleted::Report;
    };

    // What send() did.
    struct SendOutcome
    {
        enum class Status
        {
            Sent,              // on its way; the callback gets the result
            Invalid,           // nothing sent: `errors` says why
            PossibleDuplicate, // nothing sent: `duplicate` is the recent twin; ask, then send again with a choice
            DeletedUser,       // nothing sent: `deletedUser` says when and by whom; ask, then send again with a choice
        };
        Status status = Status::Sent;
        ValidationErrors errors;
        std::optional<DuplicateEvent> duplicate;
        std::optional<::DeletedUser> deletedUser;
        OperationInput input; // what was (or would be) sent, with the unique timestamp when one was added
        SendOptions options;  // the choices in force: a second send changes only the one its question was about
        quint64 ticket = 0;   // Sent: what cancel() takes
    };

    // Where a request prepared from a history row would go. History actions never send; they fill a form, and
    // this says whether the user must first choose between the row's workspace and the current one.
    struct RowTarget
    {
        enum class Kind
        {
            Current, // the row was sent to the current workspace
            Other,   // to another workspace that still exists (`row`)
            Missing, // to a workspace that no longer exists (or was never saved: veroctl's --base-url)
        };
        Kind kind = Kind::Current;
        QString rowWorkspace; // the name the row carries
        std::optional<Workspace> row;
        Workspace current;
    };

    enum class SandboxState
    {
        Stopped,
        Starting,
        Running,
        Failed,
    };

    using ResultCallback = std::function<void(const ApiResult&)>;

    // Every request sent is recorded in `history` (source "gui"), which must outlive the controller; a
    // retention policy other than "keep everything" is applied to it in the background.
    explicit AppController(HistoryStore* history, QObject* parent = nullptr);
    AppController(HistoryStore* history, const Options& options, QObject* parent = nullptr);
    ~AppController() override;

    // The Sandbox first, then the saved workspaces.
    QList<Workspace> workspaces() const;
    Workspace currentWorkspace() const;
    bool currentIsSandbox() const;
    void setCurrentWorkspace(const QString& name);
    // Re-reads the saved workspaces after the workspace dialog changed them.
    void reloadWorkspaces();

    // The user the forms are about (one for all of them).
    CurrentUser& currentUser() { return m_currentUser; }

    // Where a request from a history row sent to `rowWorkspace` would go now (see RowTarget).
    RowTarget rowTarget(const QString& rowWorkspace) const;

    // Saving, removing and the credentials of saved workspaces (the workspace dialog).
    WorkspaceService& workspaceService() { return m_workspaces; }
    // The saved retention policy. At start-up it is applied in the background, per workspace, with ages counted
    // from each workspace's newest request (a clock set ahead, or a workspace left unused, never empties a
    // workspace's history).
    HistoryStore::Retention historyRetention() const;
    // What `retention` would remove now, to show the user before it is chosen.
    [[nodiscard]] Fallible<HistoryStore::RetentionPlan>
    planHistoryRetention(const HistoryStore::Retention& retention) const;
    // The user agreed to `plan`: its policy is saved, and what it counted (nothing more) is removed in the
    // background.
    void setHistoryRetention(const HistoryStore::RetentionPlan& plan);

    SandboxState sandboxState() const { return m_sandboxState; }
    // Why the sandbox could not start; empty otherwise.
    QString sandboxError() const { return m_sandboxError; }
    // http://127.0.0.1:PORT while the sandbox runs; empty otherwise.
    QUrl sandboxRootUrl() const;
    // The running sandbox's session token (it guards test data on loopback; the inspection API wants it as a
    // Bearer token). Empty while no sandbox runs.
    QString sandboxToken() const;
    // Why veroctl cannot find the running sandbox (its address file could not be written); empty otherwise.
    QString sandboxEndpointError() const { return m_sandboxEndpointError; }
    void startSandbox();
    void stopSandbox();
    // Starts what start-up left for later (see Options::deferSandboxStart): the sandbox, when it is current.
    void startDeferredWork();

    // Builds the request with the core and checks an event against the history for a likely duplicate (see
    // SendOptions). Unless the outcome says otherwise, the request goes to the current workspace and `done` runs
    // with the result (unless `context` was destroyed meanwhile).
    [[nodiscard]] SendOutcome
    send(const OperationInput& input, QObject* context, ResultCallback done, const SendOptions& options);
    // The same with the default options: a likely duplicate is reported, not sent.
    [[nodiscard]] SendOutcome send(const OperationInput& input, QObject* context, ResultCallback done);
    // The credential requests to `workspace` carry: the sandbox's session token, else the keychain entry (or the
    // session's). A failure says why in words for the user. For senders of their own (bulk runs).
    using CredentialCallback = std::function<void(const Fallible<QString>&)>;
    void readCredential(const Workspace& workspace, QObject* context, CredentialCallback done);

    // Stops the request of `ticket` (SendOutcome::ticket). Not sent yet: it never goes out, and its result says
    // so. On its way: the wait ends and its result (and history row) says it was cancelled and may have reached
    // the service. Either way the callback runs, from the event loop. A finished request is left alone.
    void cancel(quint64 ticket);
    int pendingCount() const { return int(m_waiting.size() + m_inFlight.size() + m_readingCredentials.size()); }

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
    static QString cancelledBeforeSending();
    void onSandboxReady();
    void onSandboxFailed(const QString& message);
    // The address file veroctl reads, and the port the next start tries first.
    void publishSandbox();
    void unpublishSandbox();

    Options m_options;
    WorkspaceService m_workspaces;
    VeroClient m_client;
    HistoryStore* m_history = nullptr;
    std::unique_ptr<HistoryRecorder> m_recorder;
    QList<Workspace> m_saved;
    QString m_current;
    CurrentUser m_currentUser;

    std::unique_ptr<SandboxProcess> m_sandbox;
    SandboxState m_sandboxState = SandboxState::Stopped;
    QString m_sandboxError;
    QString m_sandboxToken;
    QString m_sandboxEndpointError;
    SandboxEndpointFile::Endpoint m_published;

    quint64 m_nextTicket = 1;
    QHash<quint64, Job> m_readingCredentials; // by ticket: waiting for the keychain
    QList<Job> m_waiting;                     // for the sandbox to come up
    QHash<VeroClient::RequestId, Job> m_inFlight;
};
