#pragma once

#include "cli/SendOutcome.h"
#include "core/api/ApiRequest.h"
#include "core/api/Workspace.h"

#include <QList>

#include <memory>

class Console;

// How veroctl shows what a command produced: text for people (TextFormatter) or JSON for scripts
// (JsonFormatter, --json). Commands hand over the data; messages about problems go to Console either way.
class OutputFormatter
{
public:
    virtual ~OutputFormatter() = default;

    static std::unique_ptr<OutputFormatter> create(bool json, Console& console);

    // A request as it would go out (--dry-run), with the credential never shown.
    virtual void request(const ApiRequest& request, const Workspace& workspace) = 0;
    // The answer to a request, or why it was not sent.
    virtual void outcome(const SendOutcome& outcome) = 0;
    // The saved workspaces (workspace list).
    virtual void workspaces(const QList<Workspace>& workspaces) = 0;
};
