#pragma once

#include "cli/Command.h"

class WorkspaceService;

// veroctl workspace list | add NAME | remove NAME | set-token NAME: the saved workspaces the app uses too,
// through the same WorkspaceService. set-token reads the credential from standard input only.
class WorkspaceCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("workspace"); }
    QList<QCommandLineOption> options() const override { return {}; }
    void addPositionalArguments(QCommandLineParser& parser) const override;
    ExitCode execute(const QCommandLineParser& parser, Console& console) override;

private:
    static ExitCode list(const QCommandLineParser& parser, WorkspaceService& service, Console& console);
    static ExitCode
    add(const QCommandLineParser& parser, const QString& name, WorkspaceService& service, Console& console);
    static ExitCode remove(const QString& name, WorkspaceService& service, Console& console);
    static ExitCode setToken(const QString& name, WorkspaceService& service, Console& console);
};
