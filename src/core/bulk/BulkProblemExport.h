#pragma once

#include "core/bulk/BulkOutbox.h"
#include "core/platform/Fallible.h"

#include <QCoreApplication>

// The failed, rejected and invalid rows of a job as a CSV that re-imports as it is: the original columns, then
// line, status, http_status, attempts and error (BulkMapping::resultColumns, which a re-import ignores).
class BulkProblemExport
{
    Q_DECLARE_TR_FUNCTIONS(BulkProblemExport)
public:
    // Writes the file with QSaveFile (all or nothing). Returns how many rows it holds.
    [[nodiscard]] static Fallible<qint64> write(const BulkOutbox& outbox, const BulkJob& job, const QString& path);
};
