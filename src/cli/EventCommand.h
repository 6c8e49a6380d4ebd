#pragma once

#include "cli/OperationCommand.h"

// veroctl event: before sending, looks in the shared history for the same event sent to the same user with the
// same data a moment ago, which Vero would drop as a duplicate (DuplicateEvent, as the app does). Found, it
// warns and sends anyway; with --no-duplicates it refuses instead and sends nothing.
class EventCommand : public OperationCommand
{
public:
    EventCommand();

    QList<QCommandLineOption> options() const override;

protected:
    std::optional<ExitCode> beforeSending(const Prepared& prepared,
                                          const QCommandLineParser& parser,
                                          Console& console,
                                          OutputFormatter& output,
                                          SendOutcome& outcome) override;
};
