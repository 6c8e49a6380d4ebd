#include "cli/ConnectionOptions.h"

#include "core/workspace/WorkspaceService.h"

#include <QFile>

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
    std::optional<Workspace> saved = m_workspaces.find(name);
    if (!saved) {
        return Fallible<Workspace>::failure(noSuchWorkspace(name));
    }
    return withOptions(std::move(*saved));
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

Fallible<QString> ConnectionOptions::credential(const Workspace& workspace) const
{
    if (isSet("token-file")) {
        QFile file(value("token-file"));
        if (!file.open(QIODevice::ReadOnly)) {
            return Fallible<QString>::failure(
                tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString()));
        }
        const QString token = QString::fromUtf8(file.readAll()).trimmed();
        if (token.isEmpty()) {
            return Fallible<QString>::failure(tr("The token file %1 is empty.").arg(file.fileName()));
        }
        return token;
    }
    const QString fromEnvironment = qEnvironmentVariable(TokenVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    if (!isSet("workspace")) {
        return Fallible<QString>::failure(tr(
            "No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a stored token."));
    }
    const WorkspaceService::Credential stored = m_workspaces.readCredentialNow(workspace.name);
    if (stored.found) {
        return stored.secret;
    }
    const QString reason = stored.error.isEmpty() ? tr("No credential is stored for this workspace.") : stored.error;
    return Fallible<QString>::failure(tr("No credential for workspace \"%1\": %2 Store one with 'veroctl workspace "
                                         "set-token %1', or set $VERO_AUTH_TOKEN.")
                                          .arg(workspace.name, reason));
}
