#include "cli/EventCommand.h"

#include "cli/Console.h"
#include "cli/OutputFormatter.h"
#include "core/history/DuplicateEvent.h"

EventCommand::EventCommand()
    : OperationCommand(Operation::TrackEvent)
{
}

QList<QCommandLineOption> EventCommand::options() const
{
    return OperationCommand::options() << QCommandLineOption(
               QStringLiteral("no-duplicates"),
               tr("Refuse (exit code 2, nothing sent) when this computer sent the same event with "
                  "the same data to the same user a few minutes ago, which Vero would drop as a "
                  "duplicate. Without it, veroctl warns and sends."));
}

std::optional<ExitCode> EventCommand::beforeSending(const Prepared& prepared,
                                                    const QCommandLineParser& parser,
                                                    Console& console,
                                                    OutputFormatter& output,
                                                    SendOutcome& outcome)
{
    // The workspace name is what the history rows carry, so only this workspace's events count.
    outcome.duplicate = DuplicateEvent::find(history(console), prepared.workspace.name, prepared.input);
    if (!outcome.duplicate) {
        return std::nullopt;
    }
    outcome.duplicateMessage = outcome.duplicate->message(prepared.input);
    if (!parser.isSet(QStringLiteral("no-duplicates"))) {
        console.warning(outcome.duplicateMessage);
        return std::nullopt;
    }
    const QString refusal = tr("%1 Nothing was sent (--no-duplicates).").arg(outcome.duplicateMessage);
    console.error(refusal);
    outcome.refused = true;
    outcome.result.sent = false;
    outcome.result.error = refusal;
    output.outcome(outcome);
    return ExitCode::BadInput;
}
