#pragma once

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
    // The options alone, ignoring --workspace (for `workspace add`, which names the workspace itself).
    [[nodiscard]] Fallible<Workspace> workspaceFromOptions() const;
    // From --token-file, else $VERO_AUTH_TOKEN, else the keychain entry of --workspace. Never from an argument:
    // those show in `ps` and the shell history.
    [[nodiscard]] Fallible<QString> credential(const Workspace& workspace) const;

    // The name history rows get for a request sent without --workspace.
    static QString commandLineName() { return QStringLiteral("command-line"); }
    static QString noSuchWorkspace(const QString& name);

private:
    Fallible<Workspace> withOptions(Workspace workspace) const;
    bool isSet(const char* option) const;
    QString value(const char* option) const;

    const QCommandLineParser& m_parser;
    WorkspaceService& m_workspaces;
};
