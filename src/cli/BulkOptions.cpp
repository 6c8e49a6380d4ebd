#include "cli/BulkOptions.h"

#include "core/bulk/BulkRunner.h"

const QString BulkOptions::Op = QStringLiteral("op");
const QString BulkOptions::File = QStringLiteral("file");
const QString BulkOptions::Map = QStringLiteral("map");
const QString BulkOptions::Type = QStringLiteral("type");
const QString BulkOptions::EventName = QStringLiteral("event-name");
const QString BulkOptions::Delimiter = QStringLiteral("delimiter");
const QString BulkOptions::Encoding = QStringLiteral("encoding");
const QString BulkOptions::TagSeparator = QStringLiteral("tag-separator");
const QString BulkOptions::Concurrency = QStringLiteral("concurrency");
const QString BulkOptions::Rate = QStringLiteral("rate");
const QString BulkOptions::MaxAttempts = QStringLiteral("max-attempts");
const QString BulkOptions::SkipInvalid = QStringLiteral("skip-invalid");
const QString BulkOptions::Yes = QStringLiteral("yes");
const QString BulkOptions::FailedOut = QStringLiteral("failed-out");
const QString BulkOptions::Resume = QStringLiteral("resume");
const QString BulkOptions::RetryFailed = QStringLiteral("retry-failed");
const QString BulkOptions::Cancel = QStringLiteral("cancel");
const QString BulkOptions::List = QStringLiteral("list");
const QString BulkOptions::Show = QStringLiteral("show");

QList<QCommandLineOption> BulkOptions::all()
{
    return {
        {Op,
         tr("The operation for every row: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event."),
         QStringLiteral("OP")},
        {File, tr("The CSV file, one row per user, with a header line."), QStringLiteral("FILE")},
        {Map,
         tr("Take FIELD from COLUMN instead of the column named FIELD (repeatable)."),
         QStringLiteral("FIELD=COLUMN")},
        {Type,
         tr("Send property COLUMN as text, number or boolean instead of detecting it per cell (repeatable)."),
         QStringLiteral("COLUMN=TYPE")},
        {EventName, tr("The event for every row (event: instead of an event_name column)."), QStringLiteral("NAME")},
        {Delimiter, tr("The cell separator: ',', ';' or tab (detected when not given)."), QStringLiteral("SEP")},
        {Encoding,
         tr("The file's encoding: %1 (detected when not given).").arg(CsvEncodings::acceptedNames()),
         QStringLiteral("NAME")},
        {TagSeparator, tr("What separates several tags in one cell (default: | or ;)."), QStringLiteral("SEP")},
        {Concurrency,
         tr("Requests at a time, 1 to %1 (default 4).").arg(BulkRunner::MaxConcurrency),
         QStringLiteral("N")},
        {Rate, tr("At most R requests per second (default: no limit; halved on 429 or 503)."), QStringLiteral("R")},
        {MaxAttempts,
         tr("Tries per row on 429, 5xx, timeouts and dropped connections, 1 to %1 (default 5).")
             .arg(BulkRunner::MaxAttempts),
         QStringLiteral("N")},
        {SkipInvalid, tr("Run even when some rows are invalid; they are skipped and reported.")},
        {Yes, tr("Do not ask before deleting or unsubscribing (needed without a terminal).")},
        {FailedOut,
         tr("Write the failed, rejected and invalid rows to FILE (re-importable CSV)."),
         QStringLiteral("FILE")},
        {Resume, tr("Send the pending rows of job JOB (after a stop, a kill or a crash)."), QStringLiteral("JOB")},
        {RetryFailed, tr("Send the failed rows of job JOB again."), QStringLiteral("JOB")},
        {Cancel, tr("Mark job JOB cancelled; its pending rows are not sent."), QStringLiteral("JOB")},
        {List, tr("List the jobs (newest first).")},
        {Show, tr("Show job JOB and its rows that were not done."), QStringLiteral("JOB")},
    };
}

Fallible<BulkOptions::RunSettings> BulkOptions::runSettings(const QCommandLineParser& parser)
{
    RunSettings settings;
    bool ok = true;
    if (parser.isSet(Concurrency)) {
        settings.concurrency = parser.value(Concurrency).toInt(&ok);
        if (!ok || settings.concurrency < 1 || settings.concurrency > BulkRunner::MaxConcurrency)
            return Fallible<RunSettings>::failure(
                tr("--concurrency must be a whole number from 1 to %1.").arg(BulkRunner::MaxConcurrency));
    }
    if (parser.isSet(Rate)) {
        settings.rate = parser.value(Rate).toDouble(&ok);
        if (!ok || !(settings.rate > 0) || settings.rate > 10000)
            return Fallible<RunSettings>::failure(tr("--rate must be a number of requests per second above 0."));
    }
    if (parser.isSet(MaxAttempts)) {
        settings.maxAttempts = parser.value(MaxAttempts).toInt(&ok);
        if (!ok || settings.maxAttempts < 1 || settings.maxAttempts > BulkRunner::MaxAttempts)
            return Fallible<RunSettings>::failure(
                tr("--max-attempts must be a whole number from 1 to %1.").arg(BulkRunner::MaxAttempts));
    }
    return settings;
}

Fallible<BulkSource::Options> BulkOptions::sourceOptions(const QCommandLineParser& parser)
{
    BulkSource::Options options;
    const std::optional<Operation> operation = Operations::fromKey(parser.value(Op));
    if (!parser.isSet(Op) || !operation || *operation == Operation::Heartbeat) {
        return Fallible<BulkSource::Options>::failure(
            tr("--op must be one of: identify, edit, alias, unsubscribe, resubscribe, delete, tags, event."));
    }
    options.operation = *operation;
    auto overrides = BulkMapping::parseOverrides(parser.values(Map));
    if (!overrides)
        return Fallible<BulkSource::Options>::failure(overrides.error());
    options.map = overrides.value();
    auto types = BulkMapping::parsePropertyTypes(parser.values(Type));
    if (!types)
        return Fallible<BulkSource::Options>::failure(types.error());
    options.types = types.value();
    options.eventName = parser.value(EventName);
    if (parser.isSet(EventName) && *operation != Operation::TrackEvent) {
        return Fallible<BulkSource::Options>::failure(tr("--event-name is only for --op event."));
    }
    if (parser.isSet(Delimiter)) {
        options.delimiter = CsvFormat::delimiterFromName(parser.value(Delimiter));
        if (!options.delimiter) {
            return Fallible<BulkSource::Options>::failure(tr("--delimiter must be ',', ';' or tab."));
        }
    }
    if (parser.isSet(Encoding)) {
        options.encoding = CsvEncodings::fromName(parser.value(Encoding));
        if (!options.encoding) {
            return Fallible<BulkSource::Options>::failure(
                tr("--encoding must be one of: %1.").arg(CsvEncodings::acceptedNames()));
        }
    }
    if (parser.isSet(TagSeparator)) {
        options.tagSeparators = parser.value(TagSeparator);
        if (options.tagSeparators.isEmpty()) {
            return Fallible<BulkSource::Options>::failure(tr("--tag-separator must not be empty."));
        }
    }
    return options;
}
