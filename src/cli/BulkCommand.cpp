#include "cli/BulkCommand.h"

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

const QString OptOp = QStringLiteral("op");
const QString OptFile = QStringLiteral("file");
const QString OptMap = QStringLiteral("map");
const QString OptType = QStringLiteral("type");
const QString OptEventName = QStringLiteral("event-name");
const QString OptDelimiter = QStringLiteral("delimiter");
const QString OptEncoding = QStringLiteral("encoding");
const QString OptTagSeparator = QStringLiteral("tag-separator");
const QString OptConcurrency = QStringLiteral("concurrency");
const QString OptRate = QStringLiteral("rate");
const QString OptMaxAttempts = QStringLiteral("max-attempts");
const QString OptSkipInvalid = QStringLiteral("skip-invalid");
const QString OptYes = QStringLiteral("yes");
const QString OptFailedOut = QStringLiteral("failed-out");
const QString OptResume = QStringLiteral("resume");
const QString OptRetryFailed = QStringLiteral("retry-failed");
const QString OptCancel = QStringLiteral("cancel");
const QString OptList = QStringLiteral("list");
const QString OptShow = QStringLiteral("show");

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

QList<QCommandLineOption> BulkCommand::options() const
{
    return {
        {OptOp,
         tr("The operation for every row: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event."),
         QStringLiteral("OP")},
        {OptFile, tr("The CSV file, one row per user, with a header line."), QStringLiteral("FILE")},
        {OptMap,
         tr("Take FIELD from COLUMN instead of the column named FIELD (repeatable)."),
         QStringLiteral("FIELD=COLUMN")},
        {OptType,
         tr("Send property COLUMN as text, number or boolean instead of detecting it per cell (repeatable)."),
         QStringLiteral("COLUMN=TYPE")},
        {OptEventName, tr("The event for every row (event: instead of an event_name column)."), QStringLiteral("NAME")},
        {OptDelimiter, tr("The cell separator: ',', ';' or tab (detected when not given)."), QStringLiteral("SEP")},
        {OptEncoding,
         tr("The file's encoding: %1 (detected when not given).").arg(CsvEncodings::acceptedNames()),
         QStringLiteral("NAME")},
        {OptTagSeparator, tr("What separates several tags in one cell (default: | or ;)."), QStringLiteral("SEP")},
        {OptConcurrency,
         tr("Requests at a time, 1 to %1 (default 4).").arg(BulkRunner::MaxConcurrency),
         QStringLiteral("N")},
        {OptRate, tr("At most R requests per second (default: no limit; halved on 429 or 503)."), QStringLiteral("R")},
        {OptMaxAttempts,
         tr("Tries per row on 429, 5xx, timeouts and dropped connections, 1 to %1 (default 5).")
             .arg(BulkRunner::MaxAttempts),
         QStringLiteral("N")},
        {OptSkipInvalid, tr("Run even when some rows are invalid; they are skipped and reported.")},
        {OptYes, tr("Do not ask before deleting or unsubscribing (needed without a terminal).")},
        {OptFailedOut,
         tr("Write the failed, rejected and invalid rows to FILE (re-importable CSV)."),
         QStringLiteral("FILE")},
        {OptResume, tr("Send the pending rows of job JOB (after a stop, a kill or a crash)."), QStringLiteral("JOB")},
        {OptRetryFailed, tr("Send the failed rows of job JOB again."), QStringLiteral("JOB")},
        {OptCancel, tr("Mark job JOB cancelled; its pending rows are not sent."), QStringLiteral("JOB")},
        {OptList, tr("List the jobs (newest first).")},
        {OptShow, tr("Show job JOB and its rows that were not done."), QStringLiteral("JOB")},
    };
}

Fallible<BulkCommand::RunSettings> BulkCommand::readSettings(const QCommandLineParser& parser)
{
    RunSettings settings;
    bool ok = true;
    if (parser.isSet(OptConcurrency)) {
        settings.concurrency = parser.value(OptConcurrency).toInt(&ok);
        if (!ok || settings.concurrency < 1 || settings.concurrency > BulkRunner::MaxConcurrency)
            return Fallible<RunSettings>::failure(
                tr("--concurrency must be a whole number from 1 to %1.").arg(BulkRunner::MaxConcurrency));
    }
    if (parser.isSet(OptRate)) {
        settings.rate = parser.value(OptRate).toDouble(&ok);
        if (!ok || !(settings.rate > 0) || settings.rate > 10000)
            return Fallible<RunSettings>::failure(tr("--rate must be a number of requests per second above 0."));
    }
    if (parser.isSet(OptMaxAttempts)) {
        settings.maxAttempts = parser.value(OptMaxAttempts).toInt(&ok);
        if (!ok || settings.maxAttempts < 1 || settings.maxAttempts > BulkRunner::MaxAttempts)
            return Fallible<RunSettings>::failure(
                tr("--max-attempts must be a whole number from 1 to %1.").arg(BulkRunner::MaxAttempts));
    }
    return settings;
}

ExitCode BulkCommand::execute(const QCommandLineParser& parser, Console& console)
{
    if (parser.positionalArguments().size() > 1) {
        console.error(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));
        return ExitCode::BadInput;
    }
    const QStringList modes {OptResume, OptRetryFailed, OptCancel, OptList, OptShow};
    QStringList chosen;
    for (const QString& mode : modes) {
        if (parser.isSet(mode))
            chosen.append(QStringLiteral("--") + mode);
    }
    if (parser.isSet(OptFile))
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
    if (parser.isSet(OptList))
        return list(parser, console, outbox);
    if (parser.isSet(OptShow))
        return show(parser, console, outbox);
    if (parser.isSet(OptCancel))
        return cancel(parser, console, outbox);
    if (parser.isSet(OptResume))
        return resume(parser, console, outbox, false);
    if (parser.isSet(OptRetryFailed))
        return resume(parser, console, outbox, true);
    return startNew(parser, console, outbox);
}

ExitCode BulkCommand::startNew(const QCommandLineParser& parser, Console& console, BulkOutbox& outbox)
{
    BulkSource::Options options;
    const std::optional<Operation> operation = Operations::fromKey(parser.value(OptOp));
    if (!parser.isSet(OptOp) || !operation || *operation == Operation::Heartbeat) {
        console.error(tr("--op must be one of: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event."));
        return ExitCode::BadInput;
    }
    options.operation = *operation;
    for (const QString& pair : parser.values(OptMap)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0 || equals == pair.size() - 1) {
            console.error(tr("--map takes FIELD=COLUMN, not \"%1\".").arg(pair));
            return ExitCode::BadInput;
        }
        const QString field = pair.left(equals).trimmed().toLower();
        if (options.map.contains(field)) {
            console.error(tr("--map %1 is given twice.").arg(field));
            return ExitCode::BadInput;
        }
        options.map.insert(field, pair.mid(equals + 1));
    }
    for (const QString& pair : parser.values(OptType)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        const auto type = equals > 0 ? BulkMapping::propertyTypeFromKey(pair.mid(equals + 1)) : std::nullopt;
        if (!type) {
            console.error(
                tr("--type takes COLUMN=TYPE with TYPE one of text, number, boolean, inferred; not \"%1\".").arg(pair));
            return ExitCode::BadInput;
        }
        const QString column = pair.left(equals).trimmed();
        if (options.types.contains(column)) {
            console.error(tr("--type %1 is given twice.").arg(column));
            return ExitCode::BadInput;
        }
        options.types.insert(column, *type);
    }
    options.eventName = parser.value(OptEventName);
    if (parser.isSet(OptEventName) && *operation != Operation::TrackEvent) {
        console.error(tr("--event-name is only for --op event."));
        return ExitCode::BadInput;
    }
    if (parser.isSet(OptDelimiter)) {
        options.delimiter = CsvFormat::delimiterFromName(parser.value(OptDelimiter));
        if (!options.delimiter) {
            console.error(tr("--delimiter must be ',', ';' or tab."));
            return ExitCode::BadInput;
        }
    }
    if (parser.isSet(OptEncoding)) {
        options.encoding = CsvEncodings::fromName(parser.value(OptEncoding));
        if (!options.encoding) {
            console.error(tr("--encoding must be one of: %1.").arg(CsvEncodings::acceptedNames()));
            return ExitCode::BadInput;
        }
    }
    if (parser.isSet(OptTagSeparator)) {
        options.tagSeparators = parser.value(OptTagSeparator);
        if (options.tagSeparators.isEmpty()) {
            console.error(tr("--tag-separator must not be empty."));
            return ExitCode::BadInput;
        }
    }
    const auto settings = readSettings(parser);
    if (!settings) {
        console.error(settings.error());
        return ExitCode::BadInput;
    }

    // Validation first: the whole file, before the workspace is even looked at.
    auto source = BulkSource::open(parser.value(OptFile), options);
    if (!source) {
        console.error(source.error());
        return ExitCode::BadInput;
    }
    console.error(tr("%1: %2").arg(parser.value(OptFile), source.value()->format().describe()));
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
    if (report.invalid > 0 && !parser.isSet(OptSkipInvalid)) {
        console.error(tr("Nothing was sent: fix the invalid rows, or run with --skip-invalid to send the others."));
        return ExitCode::BadInput;
    }

    const auto target = resolveTarget(parser, console);
    if (!target)
        return ExitCode::BadInput;
    const Workspace& workspace = target->workspace;
    if (!confirmDestructive(*operation, report.rows - report.invalid, workspace, parser, console))
        return ExitCode::BadInput;

    // The rows are read again from the file into the outbox: the same reader, so the same rows.
    auto again = BulkSource::open(parser.value(OptFile), options);
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
    if (parser.isSet(OptYes))
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
    const QString id = parser.value(failedToo ? OptRetryFailed : OptResume);
    auto job = outbox.job(id);
    if (!job) {
        console.error(job.error());
        return ExitCode::BadInput;
    }
    const auto settings = readSettings(parser);
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
                          const RunSettings& settings,
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
    if (!parser.isSet(OptFailedOut))
        return true;
    const auto written = BulkProblemExport::write(outbox, job, parser.value(OptFailedOut));
    if (!written) {
        console.error(written.error());
        return false;
    }
    console.error(tr("%1 rows not done written to %2.").arg(written.value()).arg(parser.value(OptFailedOut)));
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
    const auto job = outbox.job(parser.value(OptShow));
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
    const auto job = outbox.job(parser.value(OptCancel));
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
