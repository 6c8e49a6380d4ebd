#include "FormSendHarness.h"

#include "SandboxTestClient.h"
#include "app/forms/OperationForm.h"
#include "core/api/RequestBuilder.h"
#include "core/sandbox/SandboxProcess.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

FormSendHarness::FormSendHarness() = default;
FormSendHarness::~FormSendHarness() = default;

bool FormSendHarness::listen()
{
    return m_server.listen();
}

Workspace FormSendHarness::recordingWorkspace() const
{
    Workspace workspace;
    workspace.name = QStringLiteral("Recording server");
    workspace.baseUrl = m_server.baseUrl();
    workspace.timeoutSeconds = 30;
    return workspace;
}

bool FormSendHarness::startSandbox()
{
    if (QStringLiteral(VERO_SANDBOX_PATH).isEmpty()) {
        m_sandboxError = QStringLiteral("vero-sandbox is not part of this build");
        return false;
    }
    m_sandbox = SandboxTestClient::start();
    if (!m_sandbox->isRunning() || m_sandbox->rootUrl().isEmpty()) {
        m_sandboxError = m_sandbox->errorString();
        return false;
    }
    m_sandboxClient = std::make_unique<SandboxTestClient>(m_sandbox->rootUrl());
    return true;
}

Workspace FormSendHarness::sandboxWorkspace() const
{
    Workspace workspace;
    workspace.name = QStringLiteral("Sandbox");
    workspace.baseUrl = m_sandbox ? m_sandbox->apiBaseUrl() : QUrl();
    workspace.timeoutSeconds = 30;
    return workspace;
}

QUrl FormSendHarness::sandboxRootUrl() const
{
    return m_sandbox ? m_sandbox->rootUrl() : QUrl();
}

QJsonObject FormSendHarness::sandboxUser(const QString& id)
{
    return m_sandboxClient ? m_sandboxClient->user(id) : QJsonObject();
}

QJsonArray FormSendHarness::sandboxEvents(const QString& userId)
{
    return m_sandboxClient ? m_sandboxClient->events(userId) : QJsonArray();
}

ApiResult FormSendHarness::send(const OperationInput& input, const Workspace& workspace)
{
    const RequestBuilder::Result built = RequestBuilder::build(input);
    if (!built.ok()) {
        ApiResult notSent;
        notSent.sent = false;
        notSent.error = built.errors.first().message;
        return notSent;
    }
    // The sandbox only knows its own token; the recording server takes anything.
    const QString secret = workspace.name == QLatin1String("Sandbox") ? SandboxTestClient::token() : credential();
    std::optional<ApiResult> result;
    QEventLoop loop;
    const QMetaObject::Connection connection = QObject::connect(
        &m_client, &VeroClient::finished, &loop, [&](VeroClient::RequestId, const ApiResult& answer) {
            result = answer;
            loop.quit();
        });
    m_client.send(built.request, workspace, secret);
    ++m_sentCount;
    // A guard against a hung test, not a timed assertion: every answer normally comes in milliseconds.
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    if (!result) {
        ApiResult noAnswer;
        noAnswer.error = QStringLiteral("the test got no answer from the client");
        return noAnswer;
    }
    return *result;
}

void FormSendHarness::connectForm(OperationForm* form, const Workspace& workspace)
{
    QObject::connect(form, &OperationForm::sendRequested, form, [this, form, workspace](const OperationInput& input) {
        form->showResult(send(input, workspace));
    });
}
