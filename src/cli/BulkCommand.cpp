#include "cli/BulkCommand.h"

#include "cli/BulkOptions.h"
#include "cli/BulkProgress.h"
#include "cli/ConnectionOptions.h"
#include "cli/Console.h"
#include "core/bulk/BulkOutbox.h"
#include "core/bulk/BulkProblemExport.h"
#include "core/bulk/BulkRunner.h"
#include "core/bulk/BulkSource.h"
#include "core/bulk/BulkValidation.h"
#include "core/history/HistoryRecorder.h"
#include "core/history/HistoryStore.h"
#include "core/platform/TerminationSignals.h"
#include "core/workspace/WorkspaceService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

namespace {

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

QList<QCommandLineOption> BulkCommand::options() const
{
    return BulkOptions::all();
}

ExitCode BulkCommand::execute(const QCommandLineParser& parser, Console& console)
{
    if (parser.positionalArguments().size() > 1) {
        console.error(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));
        return ExitCode::BadInput;
    }
    const QStringList modes {
        BulkOptions::Resume, BulkOptions::RetryFailed, BulkOptions::Cancel, BulkOptions::List, BulkOptions::Show};
    QStringList chosen;
    for (const QString& mode : modes) {
        if (parser.isSet(mode))
            chosen.append(QStringLiteral("--") + mode);
    }
    if (parser.isSet(BulkOptions::File))
        chosen.append(QStringLiteral("--file"));
    if (chosen.size() != 1) {
        console.error(chosen.isEmpty() ? tr("Give --op OP --file FILE for a new run, or one of --resume, "
                                            "--retry-failed, --cancel, --list, --show.")
                                       : tr("Use one of %1 at a time.").arg(chosen.join(QStringLiteral(", "))));
        return ExitCode::BadInput;
    }
    BulkOutbox outbox;
    if (auto opened = outbox.open(); !opened) {
        console.error(opened.error());
        return ExitCode::BadInput;
    }
    if (parser.isSet(BulkOptions::List))
        return list(parser, console, outbox);
    if (parser.isSet(BulkOptions::Show))
        return show(parser, console, outbox);
    if (parser.isSet(BulkOptions::Cancel))
        return cancel(parser, console, outbox);
    if (parser.isSet(BulkOptions::Resume))
        return resume(parser, console, outbox, false);
    if (parser.isSet(BulkOptions::RetryFailed))
        return resume(parser, console, outbox, true);
    return startNew(parser, console, outbox);
}

ExitCode BulkCommand::startNew(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox)
{
    const auto read = BulkOptions::sourceOptions(parser);
    if (!read) {
        console.error(read.error());
        return ExitCode::BadInput;
    }
    const BulkSource::Options& options = read.value();
    const Operation operation = options.operation;
    const auto settings = BulkOptions::runSettings(parser);
    if (!settings) {
        console.error(settings.error());
        return ExitCode::BadInput;
    }

    // Validation first: the whole file, before the workspace is even looked at.
    auto source = BulkSource::open(parser.value(BulkOptions::File), options);
    if (!source) {
        console.error(source.error());
        return ExitCode::BadInput;
    }
    console.error(tr("%1: %2").arg(parser.value(BulkOptions::File), source.value()->format().describe()));
    const BulkValidation report = BulkValidation::run(*source.value());
    for (const QString& line : report.describe())
        console.error(line);
    console.error(tr("%1 rows: %2 valid, %3 invalid, %4 with warnings.")
                      .arg(report.rows)
                      .arg(report.rows - report.invalid)
                      .arg(report.invalid)
                      .arg(report.warned));
    if (!report.readError.isEmpty()) {
        console.error(report.readError);
        return ExitCode::BadInput;
    }
    if (report.rows == 0) {
        console.error(tr("The file has a header but no rows: nothing to send."));
        return ExitCode::BadInput;
    }
    if (parser.isSet(QStringLiteral("dry-run")))
        return report.invalid > 0 ? ExitCode::Rejected : ExitCode::Accepted;
    if (report.invalid > 0 && !parser.isSet(BulkOptions::SkipInvalid)) {
        console.error(tr("Nothing was sent: fix the invalid rows, or run with --skip-invalid to send the others."));
        return ExitCode::BadInput;
    }

    const auto target = resolveTarget(parser, console);
    if (!target)
        return ExitCode::BadInput;
    const Workspace& workspace = target->workspace;
    if (!confirmDestructive(operation, report.rows - report.invalid, workspace, parser, console))
        return ExitCode::BadInput;

    // The rows are read again from the file into the outbox: the same reader, so the same rows.
    auto again = BulkSource::open(parser.value(BulkOptions::File), options);
    if (!again) {
        console.error(again.error());
        return ExitCode::BadInput;
    }
    const QJsonObject jobOptions {{QStringLiteral("base_url"), workspace.baseUrl.toString()},
                                  {QStringLiteral("format"), again.value()->format().describe()}};
    auto job = outbox.createJob(*again.value(), workspace.name, jobOptions);
    if (!job) {
        console.error(job.error());
        return ExitCode::BadInput;
    }
    console.error(tr("job %1: %2 rows to send to %3 (%4); resume it with 'veroctl bulk --resume %1' if it stops.")
                      .arg(job->id)
                      .arg(job->pending)
                      .arg(workspace.name, workspace.baseUrl.host()));
    return run(job.value(), workspace, target->credential, *settings, parser, console, outbox);
}

bool BulkCommand::confirmDestructive(Operation operation,
                                     qint64 rows,
                                     const Workspace& workspace,
                                     const QCommandLineParser& parser,
                                     Console& console)
{
    if (operation != Operation::Delete && operation != Operation::Unsubscribe)
        return true;
    if (parser.isSet(BulkOptions::Yes))
        return true;
    if (!Console::inputIsTerminal()) {
        console.error(tr("Refusing to %1 %2 users on %3 without --yes (no terminal to ask).")
                          .arg(Operations::key(operation))
                          .arg(rows)
                          .arg(workspace.name));
        return false;
    }
    console.prompt(tr("%1 %2 users on %3 (%4)? Type the workspace name to go on: ")
                       .arg(operation == Operation::Delete ? tr("Delete") : tr("Unsubscribe"))
                       .arg(rows)
                       .arg(workspace.name, workspace.baseUrl.host()));
    if (console.readLine() != workspace.name) {
        console.error(tr("Not confirmed; nothing was sent."));
        return false;
    }
    return true;
}

ExitCode BulkCommand::resume(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox, bool failedToo)
{
    const QString id = parser.value(failedToo ? BulkOptions::RetryFailed : BulkOptions::Resume);
    auto job = outbox.job(id);
    if (!job) {
        console.error(job.error());
        return ExitCode::BadInput;
    }
    const auto settings = BulkOptions::runSettings(parser);
    if (!settings) {
        console.error(settings.error());
        return ExitCode::BadInput;
    }
    // A job goes on only where it started: the same workspace name and address, named again by the user.
    const QString baseUrl = job->options.value(QStringLiteral("base_url")).toString();
    const auto target = resolveTarget(parser, console, [&](const Workspace& workspace) {
        if (workspace.name == job->workspace && workspace.baseUrl.toString() == baseUrl)
            return QString();
        const QString how = job->workspace == ConnectionOptions::commandLineName()
                                ? QStringLiteral("--base-url ") + baseUrl
                                : QStringLiteral("--workspace ") + job->workspace;
        return tr("Job %1 was created for %2 (%3); resume it with %4.").arg(id, job->workspace, baseUrl, how);
    });
    if (!target)
        return ExitCode::BadInput;
    const Workspace& workspace = target->workspace;
    if (failedToo) {
        auto requeued = outbox.requeueFailed(id, false);
        if (!requeued) {
            console.error(requeued.error());
            return ExitCode::BadInput;
        }
        console.error(tr("job %1: %2 failed rows to send again.").arg(id).arg(requeued.value()));
        job = outbox.job(id);
    }
    if (!confirmDestructive(job->operation, job->pending, workspace, parser, console))
        return ExitCode::BadInput;
    return run(job.value(), workspace, target->credential, *settings, parser, console, outbox);
}

std::optional<BulkCommand::Target> BulkCommand::resolveTarget(const QCommandLineParser& parser,
                                                              Console& console,
                                                              const std::function<QString(const Workspace&)>& refuse)
{
    WorkspaceService workspaces;
    const ConnectionOptions connection(parser, workspaces);
    const Fallible<Workspace> workspace = connection.workspace();
    if (!workspace) {
        console.errorLines(workspace.error());
        return std::nullopt;
    }
    if (refuse) {
        if (const QString why = refuse(*workspace); !why.isEmpty()) {
            console.error(why);
            return std::nullopt;
        }
    }
    const auto credential = connection.credential(*workspace);
    if (!credential) {
        console.error(credential.error());
        return std::nullopt;
    }
    if (!credential->notice.isEmpty())
        console.warning(credential->notice);
    return Target {*workspace, credential->secret};
}

ExitCode BulkCommand::run(const BulkJob& job,
                          const Workspace& workspace,
                          const QString& credential,
                          const BulkOptions::RunSettings& settings,
                          const QCommandLineParser& parser,
                          Console& console,
                          BulkOutbox& outbox)
{
    VeroClient client;
    HistoryStore history;
    (void)history.open();
    if (!history.notice().isEmpty())
        console.warning(history.notice());
    // Every request in the shared history, as the app's (source "bulk").
    HistoryRecorder recorder(&history, &client, HistoryEntry::Source::Bulk);
    recorder.setBulkJob(job.id);
    QObject::connect(
        &recorder, &HistoryRecorder::writeFailed, [&console](const QString& message) { console.warning(message); });

    BulkRunner::Settings runSettings;
    runSettings.concurrency = settings.concurrency;
    runSettings.rate = settings.rate;
    runSettings.maxAttempts = settings.maxAttempts;
    BulkRunner runner(&outbox, &client, &recorder, job, workspace, credential, runSettings);
    BulkProgress progress(console.err(), isatty(STDERR_FILENO) == 1);
    QObject::connect(
        &runner, &BulkRunner::progressed, [&](const BulkRunner::Counts& counts) { progress.update(counts); });

    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, &runner, &BulkRunner::cancel);
    QEventLoop loop;
    QString stopReason;
    QObject::connect(&runner, &BulkRunner::stopped, &loop, [&](BulkRunner::Stop, const QString& reason) {
        stopReason = reason;
        loop.quit();
    });
    runner.start();
    loop.exec();
    progress.finish(runner.counts());
    if (!stopReason.isEmpty())
        console.error(stopReason);
    const auto finished = outbox.job(job.id);
    if (!finished) {
        console.error(finished.error());
        return ExitCode::Failed;
    }
    printSummary(finished.value(), parser, console);
    writeFailedOut(finished.value(), parser, console, outbox);
    return exitCodeFor(finished.value());
}

ExitCode BulkCommand::exitCodeFor(const BulkJob& job)
{
    if (job.pending > 0)
        return ExitCode::Failed; // 3: stopped with rows pending; resumable
    if (job.rejected + job.failed + job.skipped > 0)
        return ExitCode::Rejected; // 1
    return ExitCode::Accepted;
}

void BulkCommand::printSummary(const BulkJob& job, const QCommandLineParser& parser, Console& console)
{
    if (parser.isSet(QStringLiteral("json"))) {
        console.out() << compact(QJsonDocument(job.toJson())) << Qt::endl;
        return;
    }
    // One arg() call with every value: a workspace or file name holding "%1" stays as it is.
    console.out() << tr("job %1 (%2, %3): %4 rows: %5 done, %6 rejected, %7 failed, %8 invalid, %9 pending")
                         .arg(job.id,
                              job.state,
                              Operations::key(job.operation),
                              QString::number(job.total),
                              QString::number(job.done),
                              QString::number(job.rejected),
                              QString::number(job.failed),
                              QString::number(job.skipped),
                              QString::number(job.pending))
                  << Qt::endl;
}

bool BulkCommand::writeFailedOut(const BulkJob& job,
                                 const QCommandLineParser& parser,
                                 Console& console,
                                 const BulkOutbox& outbox)
{
    if (!parser.isSet(BulkOptions::FailedOut))
        return true;
    const auto written = BulkProblemExport::write(outbox, job, parser.value(BulkOptions::FailedOut));
    if (!written) {
        console.error(written.error());
        return false;
    }
    console.error(tr("%1 rows not done written to %2.").arg(written.value()).arg(parser.value(BulkOptions::FailedOut)));
    return true;
}

ExitCode BulkCommand::list(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox)
{
    const auto jobs = outbox.jobs();
    if (!jobs) {
        console.error(jobs.error());
        return ExitCode::BadInput;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BulkJob& job : jobs.value())
            array.append(job.toJson());
        console.out() << compact(QJsonDocument(array)) << Qt::endl;
        return ExitCode::Accepted;
    }
    for (const BulkJob& job : jobs.value()) {
        console.out() << tr("%1  %2  %3  %4  %5 of %6 done, %7 rejected, %8 failed, %9 pending")
                             .arg(job.id,
                                  job.state,
                                  Operations::key(job.operation),
                                  job.workspace,
                                  QString::number(job.done),
                                  QString::number(job.total),
                                  QString::number(job.rejected),
                                  QString::number(job.failed),
                                  QString::number(job.pending))
                      << "  " << job.file << Qt::endl;
    }
    return ExitCode::Accepted;
}

ExitCode BulkCommand::show(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox)
{
    const auto job = outbox.job(parser.value(BulkOptions::Show));
    if (!job) {
        console.error(job.error());
        return ExitCode::BadInput;
    }
    using RowState = BulkJob::RowState;
    const auto rows = outbox.rows(job->id, {RowState::Rejected, RowState::Failed, RowState::Skipped});
    if (!rows) {
        console.error(rows.error());
        return ExitCode::BadInput;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = job->toJson();
        QJsonArray problems;
        for (const BulkOutbox::ResultRow& row : rows.value()) {
            problems.append(QJsonObject {{QStringLiteral("line"), row.line},
                                         {QStringLiteral("status"), BulkJob::stateName(row.state)},
                                         {QStringLiteral("http_status"), row.httpStatus},
                                         {QStringLiteral("attempts"), row.attempts},
                                         {QStringLiteral("error"), row.error}});
        }
        object.insert(QStringLiteral("rows_not_done"), problems);
        console.out() << compact(QJsonDocument(object)) << Qt::endl;
    } else {
        printSummary(job.value(), parser, console);
        console.out() << tr("file: %1\nworkspace: %2 (%3)\ncreated: %4")
                             .arg(job->file,
                                  job->workspace,
                                  job->options.value(QStringLiteral("base_url")).toString(),
                                  job->created.toString(Qt::ISODate))
                      << Qt::endl;
        for (const BulkOutbox::ResultRow& row : rows.value()) {
            console.out() << tr("line %1: %2").arg(row.line).arg(BulkJob::stateName(row.state))
                          << (row.httpStatus > 0 ? QStringLiteral(" (HTTP %1)").arg(row.httpStatus) : QString())
                          << (row.error.isEmpty() ? QString() : QStringLiteral(": ") + row.error) << Qt::endl;
        }
    }
    writeFailedOut(job.value(), parser, console, outbox);
    return ExitCode::Accepted;
}

ExitCode BulkCommand::cancel(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox)
{
    const auto job = outbox.job(parser.value(BulkOptions::Cancel));
    if (!job) {
        console.error(job.error());
        return ExitCode::BadInput;
    }
    if (auto state = outbox.setJobState(job->id, QStringLiteral("cancelled")); !state) {
        console.error(state.error());
        return ExitCode::BadInput;
    }
    console.error(tr("job %1 cancelled; %2 rows were not sent (--resume %1 would still send them).")
                      .arg(job->id)
                      .arg(job->pending));
    return ExitCode::Accepted;
}
