#pragma once

#include "cli/OperationCommand.h"

// veroctl delete: deleting a user cannot be undone, so the user types the id back first, or a script says --yes.
// Without a terminal to ask in and without --yes, nothing is sent.
class DeleteCommand : public OperationCommand
{
public:
    DeleteCommand();

    QList<QCommandLineOption> options() const override;

protected:
    Fallible<void> mayProceed(const QCommandLineParser& parser) const override;
    std::optional<ExitCode> beforeSending(const Prepared& prepared,
                                          const QCommandLineParser& parser,
                                          Console& console,
                                          OutputFormatter& output,
                                          SendOutcome& outcome) override;
};
