#pragma once

#include "core/api/ApiRequest.h"
#include "core/bulk/BulkJob.h"
#include "core/bulk/BulkOutboxSchema.h"
#include "core/bulk/BulkSource.h"
#include "core/history/HistoryDatabase.h"
#include "core/platform/Fallible.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

// The crash-safe record of bulk runs (bulk.sqlite next to the history, through the same HistoryDatabase): a job
// and every row's built request (never the credential) are written before the first request goes out, and each
// row's state changes after. Resuming needs neither the CSV nor the program that started the job. State changes
// are buffered and committed in one transaction (`commit()`), so a run of a million rows does not pay a disk
// sync per row; a row whose "done" was not yet committed when the process died is sent again on resume, which
// BulkRunner explains is safe.
class BulkOutbox
{
    Q_DECLARE_TR_FUNCTIONS(BulkOutbox)
public:
    using RowState = BulkJob::RowState;

    // Rows written per transaction while a job is created.
    static constexpr int WriteBatchRows = 2000;

    struct PendingRow
    {
        qint64 seq = 0;
        qint64 line = 0;
        int attempts = 0;
        ApiRequest request;
    };
    struct ResultRow
    {
        qint64 line = 0;
        RowState state = RowState::Pending;
        int httpStatus = 0;
        int attempts = 0;
        QString error;
        QStringList cells;
    };

    // bulk.sqlite in the application data folder.
    static QString defaultPath();

    explicit BulkOutbox(const QString& filePath = defaultPath());

    // Opens (or creates) the file; says why when it cannot.
    [[nodiscard]] Fallible<void> open();
    QString filePath() const { return m_database.filePath(); }

    // Reads `source` to its end and writes the job with every row: valid rows pending, invalid ones skipped
    // with their messages (callers refuse to start a job with invalid rows unless the user chose to skip them).
    // `progress` gets the bytes read now and then.
    [[nodiscard]] Fallible<BulkJob> createJob(BulkSource& source,
                                              const QString& workspace,
                                              const QJsonObject& options,
                                              const std::function<void(qint64 bytesRead)>& progress = {});
    [[nodiscard]] Fallible<BulkJob> job(const QString& id) const;
    // Newest first.
    [[nodiscard]] Fallible<QList<BulkJob>> jobs() const;
    // The jobs of `workspace` that stopped before their last row without being cancelled (killed, crashed,
    // closed, or stopped by the network or the credential) and that no other program is sending now; newest
    // first. What the app offers to resume at start-up.
    [[nodiscard]] Fallible<QList<BulkJob>> interruptedJobs(const QString& workspace) const;
    [[nodiscard]] Fallible<void> setJobState(const QString& id, const QString& state);

    // Rows still to send (in the file's order), after `afterSeq`.
    [[nodiscard]] Fallible<QList<PendingRow>> pendingRows(const QString& id, qint64 afterSeq, int limit) const;
    // Resume: rows left in flight by a run that stopped go back to pending. Returns how many.
    [[nodiscard]] Fallible<int> requeueInFlight(const QString& id);
    // Retry failed rows: failed (and optionally rejected) rows go back to pending with their attempts reset.
    [[nodiscard]] Fallible<int> requeueFailed(const QString& id, bool rejectedToo);

    // Buffered until commit().
    void markInFlight(const QString& id, qint64 seq);
    void
    recordOutcome(const QString& id, qint64 seq, RowState state, int attempts, int httpStatus, const QString& error);
    int bufferedUpdates() const { return int(m_updates.size()); }
    [[nodiscard]] Fallible<void> commit();

    // The rows in `states`, in the file's order, for the results table and the failed-rows export.
    [[nodiscard]] Fallible<QList<ResultRow>> rows(const QString& id, const QList<RowState>& states) const;

private:
    struct Update
    {
        QString job;
        qint64 seq = 0;
        RowState state = RowState::Pending;
        int attempts = -1; // -1: unchanged
        int httpStatus = 0;
        QString error;
    };
    Fallible<void> countRows(BulkJob* job) const;
    QString newJobId() const;

    BulkOutboxSchema m_schema;
    HistoryDatabase m_database;
    QList<Update> m_updates;
};
