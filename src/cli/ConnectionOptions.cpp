#include "cli/ConnectionOptions.h"

#include "core/api/CredentialText.h"
#include "core/sandbox/SandboxEndpointFile.h"
#include "core/workspace/WorkspaceService.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {
const char* const TokenVariable = "VERO_AUTH_TOKEN";
} // namespace

ConnectionOptions::ConnectionOptions(const QCommandLineParser& parser, WorkspaceService& workspaces)
    : m_parser(parser)
    , m_workspaces(workspaces)
{
}

bool ConnectionOptions::isSet(const char* option) const
{
    return m_parser.isSet(QString::fromLatin1(option));
}

QString ConnectionOptions::value(const char* option) const
{
    return m_parser.value(QString::fromLatin1(option));
}

QString ConnectionOptions::noSuchWorkspace(const QString& name)
{
    return tr("There is no workspace named \"%1\". 'veroctl workspace list' shows them.").arg(name);
}

Fallible<Workspace> ConnectionOptions::workspace() const
{
    if (!isSet("workspace")) {
        return workspaceFromOptions();
    }
    const QString name = value("workspace");
    if (WorkspaceService::isSandboxName(name)) {
        const Fallible<SandboxEndpointFile::Endpoint> endpoint = SandboxEndpointFile().read();
        if (!endpoint) {
            return Fallible<Workspace>::failure(endpoint.error());
        }
        // The app's Sandbox workspace, as AppController makes it.
        Workspace sandbox;
        sandbox.name = WorkspaceService::sandboxName();
        sandbox.baseUrl = endpoint->rootUrl;
        sandbox.baseUrl.setPath(QStringLiteral("/api/v2"));
        sandbox.credentialName = QStringLiteral("auth_token");
        sandbox.credentialPlacement = Workspace::CredentialPlacement::Body;
        return withOptions(std::move(sandbox));
    }
    std::optional<Workspace> saved = m_workspaces.find(name);
    if (!saved) {
        return Fallible<Workspace>::failure(noSuchWorkspace(name));
    }
    return withOptions(std::move(*saved));
}

bool ConnectionOptions::namesAppSandbox() const
{
    return isSet("workspace") && WorkspaceService::isSandboxName(value("workspace"));
}

ExitCode ConnectionOptions::workspaceFailureCode() const
{
    // No app sandbox to reach is like a workspace that does not answer; anything else is the command line's fault.
    return namesAppSandbox() ? ExitCode::Failed : ExitCode::BadInput;
}

Fallible<Workspace> ConnectionOptions::workspaceFromOptions() const
{
    Workspace workspace;
    workspace.name = commandLineName();
    return withOptions(std::move(workspace));
}

Fallible<Workspace> ConnectionOptions::withOptions(Workspace workspace) const
{
    if (isSet("base-url")) {
        workspace.baseUrl = QUrl(value("base-url"), QUrl::StrictMode);
    }
    if (isSet("credential-name")) {
        workspace.credentialName = value("credential-name");
    }
    if (isSet("credential-in")
        && !Workspace::placementFromKey(value("credential-in"), &workspace.credentialPlacement)) {
        return Fallible<Workspace>::failure(tr("--credential-in must be body or query."));
    }
    if (isSet("timeout")) {
        bool ok = false;
        workspace.timeoutSeconds = value("timeout").toInt(&ok);
        if (!ok) {
            return Fallible<Workspace>::failure(tr("--timeout must be a whole number of seconds."));
        }
    }
    if (isSet("ca-file")) {
        workspace.caFile = value("ca-file");
    }
    const ValidationErrors errors = workspace.validate();
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const ValidationError& error : errors) {
            messages.append(error.message);
        }
        return Fallible<Workspace>::failure(messages.join(QLatin1Char('\n')));
    }
    return workspace;
}

namespace {

// A file or a variable ends its one line with a line end; that is not part of the credential. Anything else
// (a space, a second line) is, and is refused.
QByteArray withoutLineEnd(QByteArray bytes)
{
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r')) {
            bytes.chop(1);
        }
    }
    return bytes;
}

// The credential in `bytes`, or why it cannot be used, naming `source`.
Fallible<QString> credentialText(const QByteArray& bytes, const QString& source)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(withoutLineEnd(bytes));
    const QString problem = decoder.hasError() ? QCoreApplication::translate("veroctl", "It is not UTF-8 text.")
                                               : CredentialText::problem(text);
    if (!problem.isEmpty()) {
        return Fallible<QString>::failure(
            QCoreApplication::translate("veroctl", "The credential in %1 cannot be used: %2 Nothing was sent.")
                .arg(source, problem));
    }
    return text;
}

} // namespace

QString ConnectionOptions::credentialOrder()
{
    return tr("The credential is read from, in this order: --token-file FILE; the system keychain entry of "
              "--workspace NAME (see 'workspace set-token'); $VERO_AUTH_TOKEN, only when no workspace is named or "
              "the workspace has no stored credential (veroctl says when it ignores $VERO_AUTH_TOKEN, and refuses "
              "it when the keychain cannot be read). Never from an argument.");
}

Fallible<QString> ConnectionOptions::fromTokenFile() const
{
    QFile file(value("token-file"));
    if (QFileInfo(file.fileName()).isDir() || !file.open(QIODevice::ReadOnly)) {
        return Fallible<QString>::failure(
            tr("Cannot read the token file %1: %2")
                .arg(file.fileName(), QFileInfo(file.fileName()).isDir() ? tr("it is a folder.") : file.errorString()));
    }
    // Enough for any credential and its line end; a device that never ends (/dev/zero) is not read for ever.
    const QByteArray bytes = file.read(CredentialText::MaxLength * 4 + 2);
    if (withoutLineEnd(bytes).isEmpty()) {
        return Fallible<QString>::failure(tr("The token file %1 is empty.").arg(file.fileName()));
    }
    return credentialText(bytes, tr("the token file %1").arg(file.fileName()));
}

Fallible<QString> ConnectionOptions::fromEnvironment()
{
    return credentialText(qgetenv(TokenVariable), QStringLiteral("$VERO_AUTH_TOKEN"));
}

Fallible<ConnectionOptions::Credential> ConnectionOptions::credential(const Workspace& workspace) const
{
    using Result = Fallible<Credential>;
    const bool environmentSet = !withoutLineEnd(qgetenv(TokenVariable)).isEmpty();
    const QString ignored = tr("$VERO_AUTH_TOKEN is set but not used: %1");

    if (isSet("token-file")) {
        Fallible<QString> secret = fromTokenFile();
        if (!secret) {
            return Result::failure(secret.error());
        }
        return Credential {std::move(secret).value(),
                           environmentSet ? ignored.arg(tr("--token-file comes first.")) : QString()};
    }
    if (namesAppSandbox()) {
        // The token of the sandbox the app runs, from its private address file: no keychain entry, and an
        // exported token meant for a real workspace is never sent to it.
        const Fallible<SandboxEndpointFile::Endpoint> endpoint = SandboxEndpointFile().read();
        if (!endpoint) {
            return Result::failure(endpoint.error());
        }
        return Credential {endpoint->token,
                           environmentSet ? ignored.arg(tr("the app's sandbox has its own token.")) : QString()};
    }
    if (isSet("workspace")) {
        const WorkspaceService::Credential stored = m_workspaces.readCredentialNow(workspace.name);
        if (stored.found) {
            Fallible<QString> secret = credentialText(stored.secret.toUtf8(),
                                                      tr("the keychain entry of workspace \"%1\"").arg(workspace.name));
            if (!secret) {
                return Result::failure(secret.error());
            }
            return Credential {std::move(secret).value(),
                               environmentSet ? ignored.arg(
                                   tr("workspace \"%1\" has its own credential in the keychain.").arg(workspace.name))
                                              : QString()};
        }
        if (!environmentSet) {
            const QString reason
                = stored.error.isEmpty() ? tr("No credential is stored for this workspace.") : stored.error;
            return Result::failure(tr("No credential for workspace \"%1\": %2 Store one with 'veroctl workspace "
                                      "set-token %1', or set $VERO_AUTH_TOKEN.")
                                       .arg(workspace.name, reason));
        }
        if (!stored.error.isEmpty() && !stored.noKeychain) {
            // The workspace may well have its own credential (a locked keychain, access denied): an exported token
            // meant for somewhere else must not go to this workspace's host in its place.
            return Result::failure(tr("The keychain could not be read (%1), so veroctl cannot tell whether workspace "
                                      "\"%2\" has its own credential; $VERO_AUTH_TOKEN was not sent to %3. Unlock "
                                      "the keychain, or choose the credential with --token-file FILE.")
                                       .arg(stored.error, workspace.name, workspace.baseUrl.host()));
        }
        Fallible<QString> secret = fromEnvironment();
        if (!secret) {
            return Result::failure(secret.error());
        }
        const QString why
            = stored.error.isEmpty()
                  ? tr("workspace \"%1\" has no stored credential, so $VERO_AUTH_TOKEN is sent to %2.")
                        .arg(workspace.name, workspace.baseUrl.host())
                  : tr("this system has no keychain, so workspace \"%1\" has no stored credential; $VERO_AUTH_TOKEN is "
                       "sent to %2.")
                        .arg(workspace.name, workspace.baseUrl.host());
        return Credential {std::move(secret).value(), why};
    }
    if (!environmentSet) {
        return Result::failure(tr(
            "No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a stored token."));
    }
    Fallible<QString> secret = fromEnvironment();
    if (!secret) {
        return Result::failure(secret.error());
    }
    return Credential {std::move(secret).value(), QString()};
}
