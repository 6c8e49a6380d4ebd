#include "core/bulk/BulkProblemExport.h"

#include "core/bulk/CsvWriter.h"

#include <QDir>
#include <QSaveFile>

Fallible<qint64> BulkProblemExport::write(const BulkOutbox& outbox, const BulkJob& job, const QString& path)
{
    using RowState = BulkJob::RowState;
    const auto rows = outbox.rows(job.id, {RowState::Failed, RowState::Rejected, RowState::Skipped});
    if (!rows)
        return Fallible<qint64>::failure(rows.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Fallible<qint64>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString text = CsvWriter::record(job.header + BulkMapping::resultColumns());
    for (const BulkOutbox::ResultRow& row : rows.value()) {
        QStringList cells = row.cells;
        while (cells.size() < job.header.size())
            cells.append(QString());
        cells.resize(job.header.size());
        cells << QString::number(row.line) << BulkJob::stateName(row.state)
              << (row.httpStatus > 0 ? QString::number(row.httpStatus) : QString()) << QString::number(row.attempts)
              << row.error;
        text += CsvWriter::record(cells);
        if (text.size() > 1024 * 1024) {
            file.write(text.toUtf8());
            text.clear();
        }
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return Fallible<qint64>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return qint64(rows->size());
}
