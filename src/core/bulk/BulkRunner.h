#pragma once

#include "core/api/ApiResult.h"
#include "core/api/VeroClient.h"
#include "core/api/Workspace.h"
#include "core/bulk/BulkJobLock.h"
#include "core/bulk/BulkOutbox.h"
#include "core/bulk/BulkPacing.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class HistoryRecorder;

// Sends a job's pending rows from the outbox: a few at a time, paced (BulkPacing), retried with exponential
// back-off and jitter on 429, 5xx, timeouts and dropped connections, each row's outcome written back to the
// outbox. Resuming after a kill is safe: rows that were in flight go out again, and for every operation that is
// harmless (identify, edit, tags, unsubscribe, resubscribe and delete set a state, so a second identical request
// changes nothing; Vero drops an event identical to one it took minutes before; an alias sent again after it was
// applied asks Vero to rename an id that no longer exists).
class BulkRunner : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int concurrency = 4; // 1 to MaxConcurrency
        double rate = 0;     // requests per second, 0 for no limit
        int maxAttempts = 5; // per row, the first try included
        // Outcomes are committed (history first, then the outbox) every this many rows or this often, whichever
        // comes first: a kill sends again at most about commitEveryRows answered rows besides those in flight,
        // and one transaction per batch instead of per row is what lets a run go at thousands of rows a second.
        int commitEveryMs = 250;
        int commitEveryRows = 64;
        qint64 firstBackoffMs = 500; // the wait before the first retry; doubles for each next one
        qint64 maxBackoffMs = 30'000;
    };
    static constexpr int MaxConcurrency = 16;
    static constexpr int MaxAttempts = 20;

    enum class Stop
    {
        Finished,    // no row left pending
        Cancelled,   // cancel(): pending rows stay pending and can be resumed
        Interrupted, // the service refused the credential, the workspace is unusable, or the outbox cannot be
                     // written: pending rows stay pending
    };
    Q_ENUM(Stop)

    struct Counts
    {
        qint64 total = 0;
        qint64 done = 0;
        qint64 rejected = 0;
        qint64 failed = 0;
        qint64 skipped = 0;
        qint64 pending = 0; // not yet finished, in flight included
        int inFlight = 0;
        double rate = 0; // the pacing's current limit, 0 when none
    };

    // A job's counts as the outbox has them (nothing in flight).
    static Counts countsOf(const BulkJob& job);

    // `recorder` (may be null) puts every request in the history with source "bulk"; it is made batched
    // (HistoryRecorder::setBatched) and flushed before each commit of the outbox, so a row done is in the history.
    BulkRunner(BulkOutbox* outbox,
               VeroClient* client,
               HistoryRecorder* recorder,
               const BulkJob& job,
               const Workspace& workspace,
               const QString& credential,
               Settings settings,
               QObject* parent = nullptr);

    // Puts rows left in flight by an earlier run back in the queue and starts sending.
    void start();
    void pause();
    void resume();
    // Stops sending; requests in flight are answered and recorded, then `stopped(Cancelled)`.
    void cancel();

    bool isPaused() const { return m_paused; }
    Counts counts() const { return m_counts; }
    QString stopReason() const { return m_stopReason; }

    // The wait before attempt `attempt` (2 for the first retry): `first` doubling, at most `max`, with jitter in
    // [50%, 100%]; never less than what Retry-After asked. Exposed for tests.
    static qint64 backoffMs(int attempt, int retryAfterSeconds, double jitter, qint64 first = 500, qint64 max = 30'000);
    // What to do with a row after `result`: done, retry, rejected, or stop the whole run.
    enum class Verdict
    {
        Done,
        Retry,
        Rejected,
        StopRun,
    };
    static Verdict verdict(const ApiResult& result);

signals:
    void progressed(const BulkRunner::Counts& counts);
    void stopped(BulkRunner::Stop how, const QString& reason);

private:
    void pump();
    bool refill();
    void send(BulkOutbox::PendingRow row);
    void onFinished(VeroClient::RequestId id, const ApiResult& result);
    void commit();
    [[nodiscard]] Fallible<void> commitNow();
    void finishIfDone();
    void stopWith(Stop how, const QString& reason);
    qint64 nowMs() const { return m_clock.elapsed(); }
    double observedRate() const;

    BulkOutbox* m_outbox;
    VeroClient* m_client;
    HistoryRecorder* m_recorder;
    BulkJob m_job;
    Workspace m_workspace;
    QString m_credential;
    Settings m_settings;
    BulkPacing m_pacing;
    BulkJobLock m_lock; // held from start() to the stop: one program sends a job at a time

    QList<BulkOutbox::PendingRow> m_queue; // loaded from the outbox, in order
    qint64 m_lastLoadedSeq = 0;
    bool m_outboxDrained = false;
    int m_waitingRetries = 0;
    QHash<VeroClient::RequestId, BulkOutbox::PendingRow> m_inFlight;
    QTimer m_pumpTimer;
    QTimer m_commitTimer;
    QElapsedTimer m_clock;
    qint64 m_sentCount = 0;
    int m_answeredSinceCommit = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_stopping = false;
    std::optional<Stop> m_stopAs;
    QString m_stopReason;
    Counts m_counts;
};
