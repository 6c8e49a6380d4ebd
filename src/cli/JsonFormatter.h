#pragma once

#include "cli/OutputFormatter.h"

// veroctl's output for scripts (--json): one compact JSON document on standard output per command, whatever
// the outcome, so a script parses it and reads the exit code instead of scraping messages. Characters that
// could act on a terminal are written as \uXXXX (SafeJson).
//   dry run     {"method", "url", "headers", "body"}
//   answer      {"status", "message", "body", "body_cut", "elapsed_ms", "error"} and, when the history holds a recent
//   twin
//               event, "duplicate": {"earlier_id", "seconds_ago", "message"}
//   workspaces  [{"name", "base_url", "credential_name", "credential_in", "timeout", "ca_file"}]
class JsonFormatter : public OutputFormatter
{
public:
    explicit JsonFormatter(Console& console);

    void request(const ApiRequest& request, const Workspace& workspace) override;
    void outcome(const SendOutcome& outcome) override;
    void workspaces(const QList<Workspace>& workspaces) override;

private:
    Console& m_console;
};
