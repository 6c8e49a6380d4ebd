#include "app/shell/AppController.h"

#include "core/api/RequestBuilder.h"
#include "core/history/HistoryRecorder.h"
#include "core/history/RetentionSetting.h"
#include "core/platform/AppSettings.h"
#include "core/sandbox/SandboxProcess.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace {

// A fresh random token per run: the sandbox accepts only it. It guards test data on loopback, not an account, so
// the Sandbox panel shows it and veroctl reads it from the app's private address file.
constexpr int SandboxTokenBytes = 24;
// The sandbox's last port: kept across starts when free, so a copied curl command keeps working.
const QString SandboxPortKey = QStringLiteral("sandbox/port");

QString randomToken()
{
    QByteArray bytes(SandboxTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          int(bytes.size() / sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString endpointPath(const AppController::Options& options)
{
    return options.sandboxEndpointFile.isEmpty() ? SandboxEndpointFile::defaultPath() : options.sandboxEndpointFile;
}

} // namespace

AppController::AppController(HistoryStore* history, QObject* parent)
    : AppController(history, Options(), parent)
{
}

AppController::AppController(HistoryStore* history, const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_workspaces(std::make_unique<WorkspaceStore>(), options.credentialService)
    , m_history(history)
    , m_recorder(std::make_unique<HistoryRecorder>(history, &m_client, HistoryEntry::Source::Gui))
{
    const HistoryStore::Retention retention = historyRetention();
    if (retention.mode != HistoryStore::Retention::Mode::KeepAll) {
        // From the event loop, so opening the window never waits for the plan's counts.
        QTimer::singleShot(0, this, [this, retention] {
            const Fallible<HistoryStore::RetentionPlan> plan
                = m_history->planRetention(retention, HistoryRetention::Ages::FromNewestRequest);
            if (plan && !plan->isEmpty()) {
                m_history->applyRetentionInBackground(*plan);
            }
        });
    }
    connect(&m_client, &VeroClient::started, this, [this](VeroClient::RequestId, const WireRequest& redacted) {
        emit requestStarted(redacted);
    });
    connect(&m_client, &VeroClient::finished, this, [this](VeroClient::RequestId id, const ApiResult& result) {
        const auto it = m_inFlight.find(id);
        if (it == m_inFlight.end()) {
            return;
        }
        const Job job = it.value();
        m_inFlight.erase(it);
        finish(job, result);
    });

    m_saved = m_workspaces.saved();
    m_current = m_workspaces.current();
    if (!WorkspaceService::isSandboxName(m_current) && !m_workspaces.find(m_current)) {
        m_current = WorkspaceService::sandboxName();
    }
    if (!m_options.deferSandboxStart) {
        // From the event loop so the window can connect to sandboxStateChanged first.
        QTimer::singleShot(0, this, &AppController::startDeferredWork);
    }
}

void AppController::startDeferredWork()
{
    if (currentIsSandbox() && m_options.manageSandbox && m_sandboxState == SandboxState::Stopped) {
        startSandbox();
    }
}

AppController::~AppController()
{
    m_client.abortAll();
    stopSandbox();
}

Workspace AppController::sandboxWorkspace() const
{
    Workspace workspace;
    workspace.name = WorkspaceService::sandboxName();
    workspace.baseUrl = m_sandbox && m_sandboxState == SandboxState::Running ? m_sandbox->apiBaseUrl() : QUrl();
    workspace.credentialName = QStringLiteral("auth_token");
    workspace.credentialPlacement = Workspace::CredentialPlacement::Body;
    return workspace;
}

QList<Workspace> AppController::workspaces() const
{
    QList<Workspace> all {sandboxWorkspace()};
    QList<Workspace> saved = m_saved;
    std::sort(saved.begin(), saved.end(), [](const Workspace& a, const Workspace& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Workspace& workspace : saved) {
        if (!WorkspaceService::isSandboxName(workspace.name)) {
            all.append(workspace);
        }
    }
    return all;
}

Workspace AppController::currentWorkspace() const
{
    if (!currentIsSandbox()) {
        for (const Workspace& workspace : m_saved) {
            if (workspace.name == m_current) {
                return workspace;
            }
        }
    }
    return sandboxWorkspace();
}

bool AppController::currentIsSandbox() const
{
    return WorkspaceService::isSandboxName(m_current);
}

void AppController::setCurrentWorkspace(const QString& name)
{
    const bool known
        = WorkspaceService::isSandboxName(name)
          || std::any_of(m_saved.cbegin(), m_saved.cend(), [&](const Workspace& w) { return w.name == name; });
    const QString next = known ? name : WorkspaceService::sandboxName();
    if (next == m_current) {
        return;
    }
    m_current = next;
    if (!m_workspaces.setCurrent(next)) {
        // Not fatal: the next start opens on the workspace saved before.
        qWarning("The current workspace could not be saved in %s", qPrintable(AppSettings::filePath()));
    }
    if (currentIsSandbox() && m_options.manageSandbox && m_sandboxState == SandboxState::Stopped) {
        startSandbox();
    }
    emit currentWorkspaceChanged(currentWorkspace());
}

void AppController::reloadWorkspaces()
{
    m_workspaces.reload();
    const QList<Workspace> saved = m_workspaces.saved();
    if (saved == m_saved) {
        // Nothing changed (the window was activated, veroctl did nothing): the forms keep what they show.
        return;
    }
    m_saved = saved;
    if (!currentIsSandbox() && !m_workspaces.find(m_current)) {
        m_current = WorkspaceService::sandboxName();
        if (m_options.manageSandbox && m_sandboxState == SandboxState::Stopped) {
            startSandbox();
        }
    }
    emit workspacesChanged();
    // Also when the name stayed: its URL or credential placement may have changed.
    emit currentWorkspaceChanged(currentWorkspace());
}

QUrl AppController::sandboxRootUrl() const
{
    return m_sandbox && m_sandboxState == SandboxState::Running ? m_sandbox->rootUrl() : QUrl();
}

QString AppController::sandboxToken() const
{
    return m_sandbox && m_sandboxState == SandboxState::Running ? m_sandboxToken : QString();
}

void AppController::startSandbox()
{
    if (m_sandboxState == SandboxState::Starting || m_sandboxState == SandboxState::Running) {
        return;
    }
    QString stateFile = m_options.sandboxStateFile;
    if (stateFile.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        stateFile = QDir(folder).filePath(QStringLiteral("sandbox-state.json"));
    }
    m_sandboxToken = randomToken();
    m_sandboxError.clear();
    m_sandbox = std::make_unique<SandboxProcess>();
    m_sandbox->setProgram(m_options.sandboxProgram.isEmpty() ? SandboxProcess::defaultProgram()
                                                             : m_options.sandboxProgram);
    const int lastPort = AppSettings().value(SandboxPortKey).toInt();
    const int port = SandboxProcess::loopbackPortIsFree(lastPort) ? lastPort : 0; // 0: the system picks one
    m_sandbox->setArguments({QStringLiteral("--port"), QString::number(port), QStringLiteral("--state"), stateFile});
    m_sandbox->setToken(m_sandboxToken); // in its environment: a command line is visible to every user (ps)
    connect(m_sandbox.get(), &SandboxProcess::ready, this, &AppController::onSandboxReady);
    connect(m_sandbox.get(), &SandboxProcess::failed, this, &AppController::onSandboxFailed);
    connect(m_sandbox.get(), &SandboxProcess::finished, this, [this] {
        if (m_sandboxState == SandboxState::Running) {
            onSandboxFailed(tr("The sandbox stopped unexpectedly."));
        }
    });
    m_sandboxState = SandboxState::Starting;
    emit sandboxStateChanged(m_sandboxState);
    m_sandbox->start();
}

void AppController::stopSandbox()
{
    if (!m_sandbox) {
        return;
    }
    m_sandbox->disconnect(this);
    unpublishSandbox();
    m_sandbox->stop();
    m_sandbox.reset();
    m_sandboxToken.clear();
    if (m_sandboxState != SandboxState::Stopped) {
        m_sandboxState = SandboxState::Stopped;
        emit sandboxStateChanged(m_sandboxState);
    }
    const QList<Job> waiting = std::exchange(m_waiting, {});
    for (const Job& job : waiting) {
        finishNotSent(job, tr("The sandbox was stopped before the request could be sent."));
    }
}

void AppController::publishSandbox()
{
    AppSettings().setValue(SandboxPortKey, m_sandbox->rootUrl().port());
    m_published = {m_sandbox->rootUrl(), m_sandboxToken, m_sandbox->processId()};
    const SandboxEndpointFile file(endpointPath(m_options));
    const Fallible<void> written = file.write(m_published);
    m_sandboxEndpointError = written ? QString() : written.error();
}

void AppController::unpublishSandbox()
{
    if (m_published.rootUrl.isEmpty()) {
        return;
    }
    const SandboxEndpointFile file(endpointPath(m_options));
    file.removeIfNaming(std::exchange(m_published, {}));
}

void AppController::onSandboxReady()
{
    publishSandbox();
    m_sandboxState = SandboxState::Running;
    emit sandboxStateChanged(m_sandboxState);
    if (currentIsSandbox()) {
        // The base URL is known only now.
        emit currentWorkspaceChanged(currentWorkspace());
    }
    const QList<Job> waiting = std::exchange(m_waiting, {});
    for (Job job : waiting) {
        job.workspace = sandboxWorkspace();
        sendWithCredential(job, m_sandboxToken);
    }
}

void AppController::onSandboxFailed(const QString& message)
{
    unpublishSandbox();
    m_sandboxState = SandboxState::Failed;
    m_sandboxError = message.isEmpty() ? tr("The sandbox could not be started.") : message;
    emit sandboxStateChanged(m_sandboxState);
    const QList<Job> waiting = std::exchange(m_waiting, {});
    for (const Job& job : waiting) {
        finishNotSent(job, tr("Not sent: the sandbox is not running. %1").arg(m_sandboxError));
    }
}

AppController::SendOutcome AppController::send(const OperationInput& input, QObject* context, ResultCallback done)
{
    return send(input, context, std::move(done), SendOptions());
}

AppController::SendOutcome
AppController::send(const OperationInput& input, QObject* context, ResultCallback done, const SendOptions& options)
{
    SendOutcome outcome;
    outcome.input = input;
    outcome.options = options;
    const Workspace workspace = currentWorkspace();
    if (options.duplicate == SendOptions::Duplicate::AddUniqueTimestamp) {
        outcome.input = DuplicateEvent::withUniqueTimestamp(input);
    }
    const RequestBuilder::Result built = RequestBuilder::build(outcome.input);
    if (!built.ok()) {
        outcome.status = SendOutcome::Status::Invalid;
        outcome.errors = built.errors;
        return outcome;
    }
    if (options.deleted == SendOptions::Deleted::Report) {
        outcome.deletedUser = DeletedUser::find(*m_history, workspace.name, outcome.input);
        if (outcome.deletedUser) {
            outcome.status = SendOutcome::Status::DeletedUser;
            return outcome;
        }
    }
    if (options.duplicate == SendOptions::Duplicate::Report) {
        outcome.duplicate = DuplicateEvent::find(*m_history, workspace.name, outcome.input);
        if (outcome.duplicate) {
            outcome.status = SendOutcome::Status::PossibleDuplicate;
            return outcome;
        }
    }
    Job job;
    job.ticket = m_nextTicket++;
    job.input = outcome.input;
    job.request = built.request;
    job.workspace = workspace;
    job.context = context;
    job.done = std::move(done);
    outcome.ticket = job.ticket;
    dispatch(job);
    return outcome;
}

void AppController::dispatch(const Job& job)
{
    if (WorkspaceService::isSandboxName(job.workspace.name)) {
        switch (m_sandboxState) {
            case SandboxState::Running:
                sendWithCredential(job, m_sandboxToken);
                return;
            case SandboxState::Starting:
                m_waiting.append(job);
                return;
            case SandboxState::Stopped:
                if (m_options.manageSandbox) {
                    m_waiting.append(job);
                    startSandbox();
                    return;
                }
                finishNotSent(job, tr("Not sent: the sandbox is not running."));
                return;
            case SandboxState::Failed:
                finishNotSent(job, tr("Not sent: the sandbox is not running. %1").arg(m_sandboxError));
                return;
        }
    }
    if (!Operations::needsCredential(job.request.operation)) {
        sendWithCredential(job, QString());
        return;
    }
    m_readingCredentials.insert(job.ticket, job);
    m_workspaces.readCredential(job.workspace.name, this, [this, job](const WorkspaceService::Credential& stored) {
        if (!m_readingCredentials.remove(job.ticket)) {
            return; // cancelled meanwhile; its result was given then
        }
        if (stored.found) {
            sendWithCredential(job, stored.secret);
        } else if (stored.error.isEmpty()) {
            finishNotSent(job,
                          tr("Not sent: no credential is stored for the workspace \"%1\". Set one in "
                             "Workspace > Manage workspaces.")
                              .arg(job.workspace.name));
        } else {
            finishNotSent(job,
                          tr("Not sent: the credential of the workspace \"%1\" could not be read. %2")
                              .arg(job.workspace.name, stored.error));
        }
    });
}

void AppController::cancel(quint64 ticket)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (it->ticket == ticket) {
            const Job job = *it;
            m_waiting.erase(it);
            finishNotSent(job, cancelledBeforeSending());
            return;
        }
    }
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it->ticket == ticket) {
            m_client.cancel(it.key()); // its result comes through VeroClient::finished, and so into the history
            return;
        }
    }
    const auto reading = m_readingCredentials.constFind(ticket);
    if (reading != m_readingCredentials.cend()) {
        const Job job = reading.value();
        m_readingCredentials.erase(reading);
        finishNotSent(job, cancelledBeforeSending());
    }
}

QString AppController::cancelledBeforeSending()
{
    return tr("Cancelled before it was sent: nothing reached the service.");
}

void AppController::sendWithCredential(const Job& job, const QString& credential)
{
    const VeroClient::RequestId id = m_client.send(job.request, job.workspace, credential);
    // Recorded before control returns to the event loop, so the pending row is written as the request goes out.
    m_recorder->track(id, job.input, job.workspace, credential);
    m_inFlight.insert(id, job);
}

void AppController::finish(const Job& job, const ApiResult& result)
{
    if (job.context && job.done) {
        job.done(result);
    }
    emit requestFinished(job.input, job.workspace, result);
}

void AppController::finishNotSent(const Job& job, const QString& error)
{
    ApiResult result;
    result.sent = false;
    result.error = error;
    // Always from the event loop, like every other result.
    QTimer::singleShot(0, this, [this, job, result] { finish(job, result); });
}

HistoryStore::Retention AppController::historyRetention() const
{
    return RetentionSetting::load(AppSettings());
}

Fallible<HistoryStore::RetentionPlan>
AppController::planHistoryRetention(const HistoryStore::Retention& retention) const
{
    return m_history->planRetention(retention);
}

void AppController::setHistoryRetention(const HistoryStore::RetentionPlan& plan)
{
    AppSettings settings;
    RetentionSetting::save(settings, plan.policy);
    if (!plan.isEmpty()) {
        m_history->applyRetentionInBackground(plan);
    }
}

AppController::RowTarget AppController::rowTarget(const QString& rowWorkspace) const
{
    RowTarget target;
    target.rowWorkspace = rowWorkspace;
    target.current = currentWorkspace();
    if (rowWorkspace == target.current.name) {
        return target;
    }
    const QList<Workspace> all = workspaces();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&rowWorkspace](const Workspace& workspace) {
        return workspace.name == rowWorkspace;
    });
    if (it == all.cend()) {
        target.kind = RowTarget::Kind::Missing;
    } else {
        target.kind = RowTarget::Kind::Other;
        target.row = *it;
    }
    return target;
}

void AppController::readCredential(const Workspace& workspace, QObject* context, CredentialCallback done)
{
    if (WorkspaceService::isSandboxName(workspace.name)) {
        if (m_sandboxState == SandboxState::Running)
            done(m_sandboxToken);
        else
            done(Fallible<QString>::failure(tr("The sandbox is not running. %1").arg(m_sandboxError)));
        return;
    }
    m_workspaces.readCredential(workspace.name, context, [workspace, done](const WorkspaceService::Credential& stored) {
        if (stored.found)
            done(stored.secret);
        else if (stored.error.isEmpty())
            done(Fallible<QString>::failure(tr("No credential is stored for the workspace \"%1\". Set one in "
                                               "Workspace > Manage workspaces.")
                                                .arg(workspace.name)));
        else
            done(Fallible<QString>::failure(
                tr("The credential of the workspace \"%1\" could not be read. %2").arg(workspace.name, stored.error)));
    });
}
