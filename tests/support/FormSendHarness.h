#pragma once

#include "HttpTestServer.h"
#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"
#include "core/api/VeroClient.h"
#include "core/api/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class OperationForm;
class SandboxProcess;
class SandboxTestClient;

// Where the form tests send what a form emitted: through the core (RequestBuilder, VeroClient) to a recording
// server on loopback, which keeps every request exactly as it arrived, or to a real vero-sandbox child whose
// inspection API then shows the state the request left behind.
class FormSendHarness
{
public:
    FormSendHarness();
    ~FormSendHarness();

    static QString credential() { return QStringLiteral("form-test-credential"); }

    bool listen();
    HttpTestServer& server() { return m_server; }
    Workspace recordingWorkspace() const;

    // Starts vero-sandbox (when the build has it); false, with the reason in sandboxError(), otherwise.
    bool startSandbox();
    QString sandboxError() const { return m_sandboxError; }
    Workspace sandboxWorkspace() const;
    // http://127.0.0.1:PORT of the sandbox started, for its inspection API.
    QUrl sandboxRootUrl() const;
    QJsonObject sandboxUser(const QString& id);
    QJsonArray sandboxEvents(const QString& userId);

    // Builds `input` with the core (it must be valid), sends it to `workspace` and waits for the answer.
    ApiResult send(const OperationInput& input, const Workspace& workspace);
    // Sends every sendRequested of `form` to `workspace` and shows the result in the form, as the app does.
    void connectForm(OperationForm* form, const Workspace& workspace);
    int sentCount() const { return m_sentCount; }

private:
    HttpTestServer m_server;
    VeroClient m_client;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_sandboxClient;
    QString m_sandboxError;
    int m_sentCount = 0;
};
