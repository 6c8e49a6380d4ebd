#pragma once

#include "cli/BulkOptions.h"
#include "cli/Command.h"
#include "core/api/Workspace.h"
#include "core/bulk/BulkJob.h"
#include "core/platform/Fallible.h"

#include <functional>
#include <optional>

class BulkOutbox;
class WorkspaceService;

// veroctl bulk: runs one operation for every row of a CSV file through the crash-safe outbox, and manages the
// jobs it keeps (--list, --show, --resume, --retry-failed, --cancel). Every row is validated before anything is
// sent; the job id is printed as soon as the job exists, so a script can resume it. Exit codes (a contract):
// 0 every row done; 1 some rows rejected, failed or invalid (dry run: some invalid); 2 the file, mapping or
// options are unusable and nothing was sent; 3 the run stopped with rows still pending: it can be resumed.
class BulkCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("bulk"); }
    QList<QCommandLineOption> options() const override;
    QStringList repeatableOptions() const override { return {QStringLiteral("map"), QStringLiteral("type")}; }
    ExitCode execute(const QCommandLineParser& parser, Console& console) override;

private:
    struct Target
    {
        Workspace workspace;
        QString credential;
    };
    // The workspace of the common options and its credential, or nothing, having said why on standard error.
    // `refuse` (may be empty) gets the workspace before the credential is read and returns why it may not be used.
    static std::optional<Target> resolveTarget(const QCommandLineParser& parser,
                                               Console& console,
                                               const std::function<QString(const Workspace&)>& refuse = {});
    ExitCode startNew(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox);
    ExitCode resume(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox, bool failedToo);
    ExitCode list(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox);
    ExitCode show(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox);
    ExitCode cancel(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox);

    // Sends the job's pending rows to `workspace`, showing progress; the exit code for how it ended.
    ExitCode run(const BulkJob& job,
                 const Workspace& workspace,
                 const QString& credential,
                 const BulkOptions::RunSettings& settings,
                 const QCommandLineParser& parser,
                 Console& console,
                 BulkOutbox& outbox);
    // Delete and unsubscribe ask for the workspace's name to be typed (or --yes); false when not confirmed.
    bool confirmDestructive(Operation operation,
                            qint64 rows,
                            const Workspace& workspace,
                            const QCommandLineParser& parser,
                            Console& console);
    static ExitCode exitCodeFor(const BulkJob& job);
    static void printSummary(const BulkJob& job, const QCommandLineParser& parser, Console& console);
    static bool
    writeFailedOut(const BulkJob& job, const QCommandLineParser& parser, Console& console, const BulkOutbox& outbox);
};
