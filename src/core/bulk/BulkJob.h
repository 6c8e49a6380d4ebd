#pragma once

#include "core/api/Operation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One bulk run as the outbox keeps it, and its counts. States of a job: "ready" (rows written, nothing sent
// yet), "running", "paused", "cancelled", "finished". A job whose process was killed stays "running" in the
// file; resuming it is safe (see BulkRunner).
struct BulkJob
{
    // The state of one row. Stored as integers: append, never renumber.
    enum class RowState
    {
        Pending = 0,
        InFlight = 1,
        Done = 2,
        Rejected = 3, // a 4xx other than 429: the service refused this row; not retried
        Failed = 4,   // retries used up on 429, 5xx, timeouts or dropped connections
        Skipped = 5,  // invalid in the file, skipped with --skip-invalid
    };

    QString id;
    QDateTime created;
    Operation operation = Operation::Identify;
    QString file;
    QString workspace;
    QString state;
    QStringList header;
    QJsonObject options;

    qint64 total = 0;
    qint64 pending = 0; // pending and in flight
    qint64 done = 0;
    qint64 rejected = 0;
    qint64 failed = 0;
    qint64 skipped = 0;

    bool hasUnfinishedRows() const { return pending > 0; }
    // The array veroctl bulk --list --json prints for a job.
    QJsonObject toJson() const;
    static QString stateName(RowState state);
};
