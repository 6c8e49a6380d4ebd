#include "cli/WorkspaceCommand.h"

#include "cli/ConnectionOptions.h"
#include "cli/Console.h"
#include "cli/OutputFormatter.h"
#include "cli/TerminalText.h"
#include "core/api/CredentialText.h"
#include "core/workspace/WorkspaceService.h"

void WorkspaceCommand::addPositionalArguments(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, add NAME, remove NAME, or set-token NAME."));
}

ExitCode WorkspaceCommand::execute(const QCommandLineParser& parser, Console& console)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QString workspaceName = positional.value(2);
    WorkspaceService service;

    if (action == QLatin1String("list")) {
        return list(parser, service, console);
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("set-token")) {
        console.error(tr("workspace expects list, add NAME, remove NAME or set-token NAME."));
        return ExitCode::BadInput;
    }
    if (workspaceName.isEmpty()) {
        console.error(tr("workspace %1 needs a workspace NAME.").arg(action));
        return ExitCode::BadInput;
    }
    if (action == QLatin1String("add")) {
        return add(parser, workspaceName, service, console);
    }
    if (!service.find(workspaceName)) {
        console.error(ConnectionOptions::noSuchWorkspace(workspaceName));
        return ExitCode::BadInput;
    }
    if (action == QLatin1String("remove")) {
        return remove(workspaceName, service, console);
    }
    return setToken(workspaceName, service, console);
}

ExitCode WorkspaceCommand::list(const QCommandLineParser& parser, WorkspaceService& service, Console& console)
{
    OutputFormatter::create(parser.isSet(QStringLiteral("json")), console)->workspaces(service.saved());
    return ExitCode::Accepted;
}

ExitCode WorkspaceCommand::add(const QCommandLineParser& parser,
                               const QString& workspaceName,
                               WorkspaceService& service,
                               Console& console)
{
    const Fallible<Workspace> given = ConnectionOptions(parser, service).workspaceFromOptions();
    if (!given) {
        console.errorLines(given.error());
        return ExitCode::BadInput;
    }
    // Adding an existing name updates it, keeping what the command line does not change.
    const std::optional<Workspace> existing = service.find(workspaceName);
    Workspace workspace = existing.value_or(*given);
    if (existing) {
        if (parser.isSet(QStringLiteral("base-url"))) {
            workspace.baseUrl = given->baseUrl;
        }
        if (parser.isSet(QStringLiteral("credential-name"))) {
            workspace.credentialName = given->credentialName;
        }
        if (parser.isSet(QStringLiteral("credential-in"))) {
            workspace.credentialPlacement = given->credentialPlacement;
        }
        if (parser.isSet(QStringLiteral("timeout"))) {
            workspace.timeoutSeconds = given->timeoutSeconds;
        }
        if (parser.isSet(QStringLiteral("ca-file"))) {
            workspace.caFile = given->caFile;
        }
    }
    workspace.name = workspaceName;
    const WorkspaceService::Outcome saved = service.saveNow(workspace, !existing, QString());
    if (!saved.errors.isEmpty()) {
        for (const ValidationError& error : saved.errors) {
            console.error(error.message);
        }
        return ExitCode::BadInput;
    }
    if (!saved.ok()) {
        console.error(saved.settingsError);
        return ExitCode::BadInput;
    }
    console.out() << TerminalText::escaped(
        tr("Saved workspace \"%1\" (%2).").arg(workspaceName, workspace.baseUrl.toDisplayString()))
                  << Qt::endl;
    return ExitCode::Accepted;
}

ExitCode WorkspaceCommand::remove(const QString& workspaceName, WorkspaceService& service, Console& console)
{
    const WorkspaceService::Outcome removed = service.removeNow(workspaceName);
    if (!removed.settingsWritten) {
        console.error(removed.settingsError);
        return ExitCode::BadInput;
    }
    if (!removed.credentialError.isEmpty()) {
        console.warning(
            tr("the workspace's credential could not be removed from the keychain: %1").arg(removed.credentialError));
    }
    console.out() << TerminalText::escaped(tr("Removed workspace \"%1\".").arg(workspaceName)) << Qt::endl;
    return ExitCode::Accepted;
}

ExitCode WorkspaceCommand::setToken(const QString& workspaceName, WorkspaceService& service, Console& console)
{
    // The secret comes from standard input only, never from an argument (visible in ps and shell history).
    if (Console::inputIsTerminal()) {
        console.prompt(tr("Paste the credential for \"%1\" and press Enter: ").arg(workspaceName));
    }
    // A script pipes the token in: read all it gives, so a second line is refused rather than dropped.
    QString token = Console::inputIsTerminal() ? console.readLine() : console.readAll(CredentialText::MaxLength + 2);
    if (token.endsWith(QLatin1Char('\n'))) {
        token.chop(token.endsWith(QStringLiteral("\r\n")) ? 2 : 1);
    }
    if (token.isEmpty()) {
        console.error(tr("No credential was given on standard input; nothing was stored."));
        return ExitCode::BadInput;
    }
    if (const QString problem = CredentialText::problem(token); !problem.isEmpty()) {
        console.error(tr("The credential on standard input cannot be used: %1 Nothing was stored.").arg(problem));
        return ExitCode::BadInput;
    }
    const WorkspaceService::Outcome written = service.setCredentialNow(workspaceName, token);
    if (!written.ok()) {
        console.error(tr("The credential could not be stored: %1").arg(written.credentialError));
        return ExitCode::BadInput;
    }
    console.out() << TerminalText::escaped(
        tr("Stored the credential for \"%1\" in the system keychain.").arg(workspaceName))
                  << Qt::endl;
    return ExitCode::Accepted;
}
