#include "cli/DeleteCommand.h"

#include "cli/Console.h"

DeleteCommand::DeleteCommand()
    : OperationCommand(Operation::Delete)
{
}

QList<QCommandLineOption> DeleteCommand::options() const
{
    return OperationCommand::options() << QCommandLineOption(QStringLiteral("yes"),
                                                             tr("Do not ask to type the id back (for scripts)."));
}

Fallible<void> DeleteCommand::mayProceed(const QCommandLineParser& parser) const
{
    if (parser.isSet(QStringLiteral("yes")) || Console::inputIsTerminal()) {
        return {};
    }
    return Fallible<void>::failure(tr("delete needs confirmation: run it in a terminal to type the id back, or add "
                                      "--yes. Nothing was sent."));
}

std::optional<ExitCode> DeleteCommand::beforeSending(const Prepared& prepared,
                                                     const QCommandLineParser& parser,
                                                     Console& console,
                                                     OutputFormatter&,
                                                     SendOutcome&)
{
    if (parser.isSet(QStringLiteral("yes"))) {
        return std::nullopt;
    }
    const QString id = prepared.input.id.trimmed();
    console.prompt(tr("Deleting user \"%1\" is permanent: all properties and activity are lost.").arg(id)
                   + QLatin1Char('\n') + tr("Type the user id to confirm: "));
    if (console.readLine() != id) {
        console.error(tr("The id typed does not match; nothing was sent."));
        return ExitCode::BadInput;
    }
    return std::nullopt;
}
