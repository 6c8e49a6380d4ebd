#pragma once

#include "cli/Command.h"
#include "cli/SendOutcome.h"
#include "core/api/ApiRequest.h"
#include "core/api/Operation.h"
#include "core/api/OperationInput.h"
#include "core/api/Workspace.h"
#include "core/platform/Fallible.h"

#include <memory>
#include <optional>

class HistoryStore;
class OutputFormatter;

// A command that sends one Track API operation: its options become an OperationInput, RequestBuilder checks
// and builds it, and the request goes to the workspace of the common options (or is printed, with --dry-run),
// recorded in the shared history like the app's. The operations that need more (channels, a confirmation, the
// duplicate check) override the steps below.
class OperationCommand : public Command
{
public:
    explicit OperationCommand(Operation operation);
    ~OperationCommand() override;

    QString name() const override;
    QList<QCommandLineOption> options() const override;
    QStringList repeatableOptions() const override;
    ExitCode execute(const QCommandLineParser& parser, Console& console) override;

protected:
    // Everything needed to send, once the input is valid and the workspace and credential are known.
    struct Prepared
    {
        OperationInput input;
        ApiRequest request;
        Workspace workspace;
        QString credential;
    };

    Operation operation() const { return m_operation; }

    // What the user gave, from the options. A failure says why (nothing is sent).
    virtual Fallible<OperationInput> readInput(const QCommandLineParser& parser) const;
    // Whether the command may go on to read the credential; a failure says why not.
    virtual Fallible<void> mayProceed(const QCommandLineParser& parser) const;
    // The last step before sending. Returns an exit code to stop there, having said why; `outcome` may gain
    // what the output should show about the request.
    virtual std::optional<ExitCode> beforeSending(const Prepared& prepared,
                                                  const QCommandLineParser& parser,
                                                  Console& console,
                                                  OutputFormatter& output,
                                                  SendOutcome& outcome);

    // The shared history, opened on first use; a problem with it is a warning, never a failure.
    HistoryStore& history(Console& console);

private:
    ApiResult send(const Prepared& prepared, Console& console);

    Operation m_operation;
    // Owned by the application, which main() ends with _Exit: see history().
    HistoryStore* m_history = nullptr;
};
