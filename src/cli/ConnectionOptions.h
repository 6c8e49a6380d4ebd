#pragma once

#include "cli/ExitCode.h"
#include "core/api/Workspace.h"
#include "core/platform/Fallible.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

class WorkspaceService;

// What the common options say about where a request goes and which credential it carries: --workspace (a saved
// workspace and its keychain entry), --base-url, --credential-name, --credential-in, --timeout, --ca-file,
// --token-file, and $VERO_AUTH_TOKEN. Every error is in words for the user; one with several problems has one
// line for each.
class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(veroctl)
public:
    ConnectionOptions(const QCommandLineParser& parser, WorkspaceService& workspaces);

    // The workspace of --workspace with the other options on top, or one named commandLineName() from the
    // options alone.
    [[nodiscard]] Fallible<Workspace> workspace() const;
    // --workspace Sandbox: the sandbox the Vero Admin app runs (SandboxEndpointFile), with its token.
    bool namesAppSandbox() const;
    // The exit code when workspace() fails: Failed when no app sandbox runs (as for a workspace that does not
    // answer), BadInput otherwise.
    ExitCode workspaceFailureCode() const;
    // The options alone, ignoring --workspace (for `workspace add`, which names the workspace itself).
    [[nodiscard]] Fallible<Workspace> workspaceFromOptions() const;
    // The credential to send and where it came from.
    struct Credential
    {
        QString secret;
        // Said on standard error: $VERO_AUTH_TOKEN was set but not used, or used because the workspace has
        // none. Empty when there is nothing to say.
        QString notice;
    };
    // In this order: --token-file; else the keychain entry of --workspace; else $VERO_AUTH_TOKEN, when no
    // workspace is named or the workspace has no credential of its own. Never from an argument: those show in
    // `ps` and the shell history. A credential that cannot be sent (CredentialText) is refused, naming where it
    // came from and never quoting it.
    [[nodiscard]] Fallible<Credential> credential(const Workspace& workspace) const;
    // The order above, for --help.
    static QString credentialOrder();

    // The name history rows get for a request sent without --workspace.
    static QString commandLineName() { return QStringLiteral("command-line"); }
    static QString noSuchWorkspace(const QString& name);

private:
    Fallible<Workspace> withOptions(Workspace workspace) const;
    bool isSet(const char* option) const;
    QString value(const char* option) const;
    Fallible<QString> fromTokenFile() const;
    static Fallible<QString> fromEnvironment();

    const QCommandLineParser& m_parser;
    WorkspaceService& m_workspaces;
};
