#include "core/bulk/BulkValidation.h"

namespace {
constexpr int ProgressEveryRows = 4096;
} // namespace

void BulkValidation::add(qint64 line, bool isError, const QString& message)
{
    ++issueCount;
    if (issues.size() < MaxIssues)
        issues.append(Issue {line, isError, message});
}

BulkValidation BulkValidation::run(BulkSource& source, const std::function<bool(qint64)>& progress)
{
    BulkValidation report;
    BulkRowBuilder::Row row;
    while (source.next(&row)) {
        ++report.rows;
        if (!row.ok()) {
            ++report.invalid;
            for (const QString& error : row.errors)
                report.add(row.line, true, error);
        } else if (!row.warnings.isEmpty()) {
            ++report.warned;
            for (const QString& warning : row.warnings)
                report.add(row.line, false, warning);
        }
        if (progress && report.rows % ProgressEveryRows == 0 && !progress(source.bytesRead())) {
            report.readError = tr("Validation was stopped at line %1.").arg(row.line);
            return report;
        }
    }
    report.readError = source.errorString();
    report.encodingError = source.hasEncodingError();
    if (report.encodingError && report.readError.isEmpty())
        report.readError = tr("The file is not valid %1: some characters would be sent wrong. Choose its encoding "
                              "(for example windows-1252).")
                               .arg(CsvEncodings::name(source.format().encoding));
    return report;
}

QStringList BulkValidation::describe() const
{
    QStringList lines;
    for (const Issue& issue : issues) {
        lines.append(issue.isError ? tr("line %1: error: %2").arg(issue.line).arg(issue.message)
                                   : tr("line %1: warning: %2").arg(issue.line).arg(issue.message));
    }
    if (issueCount > issues.size())
        lines.append(tr("... and %1 more").arg(issueCount - issues.size()));
    return lines;
}
