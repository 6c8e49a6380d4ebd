#pragma once

#include "cli/OutputFormatter.h"

// veroctl's output for people: a curl command for a dry run, one summary line for an answer (on standard output
// when accepted, as an error otherwise), one tab-separated line per workspace.
class TextFormatter : public OutputFormatter
{
public:
    explicit TextFormatter(Console& console);

    void request(const ApiRequest& request, const Workspace& workspace) override;
    void outcome(const SendOutcome& outcome) override;
    void workspaces(const QList<Workspace>& workspaces) override;

private:
    Console& m_console;
};
