#include "core/bulk/BulkRunner.h"

#include "core/history/HistoryRecorder.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {
// Rows read from the outbox at a time: enough to keep sixteen requests busy, little memory.
constexpr int LoadRows = 256;
} // namespace

BulkRunner::BulkRunner(BulkOutbox* outbox,
                       VeroClient* client,
                       HistoryRecorder* recorder,
                       const BulkJob& job,
                       const Workspace& workspace,
                       const QString& credential,
                       Settings settings,
                       QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_recorder(recorder)
    , m_job(job)
    , m_workspace(workspace)
    , m_credential(credential)
    , m_settings(settings)
    , m_pacing(settings.rate)
    , m_lock(outbox->filePath(), job.id)
{
    m_settings.concurrency = std::clamp(m_settings.concurrency, 1, MaxConcurrency);
    m_settings.maxAttempts = std::clamp(m_settings.maxAttempts, 1, MaxAttempts);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &BulkRunner::pump);
    m_commitTimer.setInterval(std::max(10, m_settings.commitEveryMs));
    connect(&m_commitTimer, &QTimer::timeout, this, &BulkRunner::commit);
    connect(m_client, &VeroClient::finished, this, &BulkRunner::onFinished);
    if (m_recorder)
        m_recorder->setBatched(true);
    m_counts = countsOf(job);
}

BulkRunner::Counts BulkRunner::countsOf(const BulkJob& job)
{
    Counts counts;
    counts.total = job.total;
    counts.done = job.done;
    counts.rejected = job.rejected;
    counts.failed = job.failed;
    counts.skipped = job.skipped;
    counts.pending = job.pending;
    return counts;
}

qint64 BulkRunner::backoffMs(int attempt, int retryAfterSeconds, double jitter, qint64 first, qint64 max)
{
    const int doublings = std::clamp(attempt - 2, 0, 16);
    const qint64 ceiling = std::min(max, first << doublings);
    const qint64 wait = qint64(double(ceiling) * std::clamp(0.5 + jitter / 2, 0.5, 1.0));
    return std::max(wait, qint64(std::max(0, retryAfterSeconds)) * 1000);
}

BulkRunner::Verdict BulkRunner::verdict(const ApiResult& result)
{
    if (result.outcome() == ApiResult::Outcome::NotSent)
        return Verdict::StopRun; // the workspace itself is unusable: every row would fail the same way
    const int status = result.status;
    if (status >= 200 && status < 300)
        return Verdict::Done;
    if (status == 401 || status == 403)
        return Verdict::StopRun; // the credential: retrying every row would only repeat it
    if (status == 429 || status >= 500 || status == 0)
        return Verdict::Retry;
    return Verdict::Rejected;
}

void BulkRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (!m_lock.tryLock()) {
        // Another program sends this job now: its state and its rows in flight are left alone. From the event
        // loop, so a caller that waits for stopped() after start() gets it.
        const QString who = m_lock.holder();
        QTimer::singleShot(0, this, [this, who] {
            emit stopped(Stop::Interrupted,
                         tr("Job %1 is being sent by %2 right now; nothing was sent from here. Let that run finish, "
                            "or stop it there, then resume.")
                             .arg(m_job.id, who.isEmpty() ? tr("another program") : who));
        });
        return;
    }
    auto requeued = m_outbox->requeueInFlight(m_job.id);
    if (!requeued) {
        stopWith(Stop::Interrupted, tr("Could not read the job: %1").arg(requeued.error()));
        return;
    }
    if (auto state = m_outbox->setJobState(m_job.id, QStringLiteral("running")); !state) {
        stopWith(Stop::Interrupted, tr("Could not write the job: %1").arg(state.error()));
        return;
    }
    m_commitTimer.start();
    emit progressed(m_counts);
    QTimer::singleShot(0, this, &BulkRunner::pump);
}

void BulkRunner::pause()
{
    if (m_stopping || m_paused)
        return;
    m_paused = true;
    m_pumpTimer.stop();
    auto state = m_outbox->setJobState(m_job.id, QStringLiteral("paused"));
    Q_UNUSED(state); // the state is informational: a paused job is resumed like a running one
    emit progressed(m_counts);
}

void BulkRunner::resume()
{
    if (m_stopping || !m_paused)
        return;
    m_paused = false;
    auto state = m_outbox->setJobState(m_job.id, QStringLiteral("running"));
    Q_UNUSED(state);
    pump();
}

void BulkRunner::cancel()
{
    if (m_stopping)
        return;
    stopWith(Stop::Cancelled, tr("Cancelled. The rows not sent stay pending; resume the job to send them."));
}

bool BulkRunner::refill()
{
    if (!m_queue.isEmpty() || m_outboxDrained)
        return !m_queue.isEmpty();
    auto rows = m_outbox->pendingRows(m_job.id, m_lastLoadedSeq, LoadRows);
    if (!rows) {
        stopWith(Stop::Interrupted, tr("Could not read the job: %1").arg(rows.error()));
        return false;
    }
    if (rows->isEmpty()) {
        m_outboxDrained = true;
        return false;
    }
    m_queue = rows.value();
    m_lastLoadedSeq = m_queue.last().seq;
    return true;
}

void BulkRunner::pump()
{
    while (!m_paused && !m_stopping && m_inFlight.size() < m_settings.concurrency) {
        if (!refill())
            break;
        const qint64 now = nowMs();
        const qint64 at = m_pacing.nextSendAt(now);
        if (at > now) {
            m_pumpTimer.start(int(at - now));
            return;
        }
        send(m_queue.takeFirst());
    }
    finishIfDone();
}

void BulkRunner::send(BulkOutbox::PendingRow row)
{
    m_pacing.sent(nowMs());
    ++m_sentCount;
    ++row.attempts;
    m_outbox->markInFlight(m_job.id, row.seq);
    const VeroClient::RequestId id = m_client->send(row.request, m_workspace, m_credential);
    if (m_recorder)
        m_recorder->track(id, row.request, m_workspace, m_credential);
    m_inFlight.insert(id, row);
    m_counts.inFlight = int(m_inFlight.size());
}

double BulkRunner::observedRate() const
{
    const double seconds = std::max(1.0, double(nowMs()) / 1000.0);
    return double(m_sentCount) / seconds;
}

void BulkRunner::onFinished(VeroClient::RequestId id, const ApiResult& result)
{
    const auto found = m_inFlight.find(id);
    if (found == m_inFlight.end())
        return; // another sender's request on the same client
    BulkOutbox::PendingRow row = found.value();
    m_inFlight.erase(found);
    m_counts.inFlight = int(m_inFlight.size());

    const QString message = result.error.isEmpty() ? result.message : result.error;
    switch (verdict(result)) {
        case Verdict::Done:
            m_pacing.succeeded();
            m_outbox->recordOutcome(m_job.id, row.seq, BulkJob::RowState::Done, row.attempts, result.status, {});
            ++m_counts.done;
            --m_counts.pending;
            break;
        case Verdict::Rejected:
            m_outbox->recordOutcome(
                m_job.id, row.seq, BulkJob::RowState::Rejected, row.attempts, result.status, message);
            ++m_counts.rejected;
            --m_counts.pending;
            break;
        case Verdict::Retry:
            if (result.status == 429 || result.status == 503)
                m_pacing.throttled(nowMs(), observedRate(), qint64(result.retryAfterSeconds) * 1000);
            if (row.attempts >= m_settings.maxAttempts) {
                m_outbox->recordOutcome(
                    m_job.id, row.seq, BulkJob::RowState::Failed, row.attempts, result.status, message);
                ++m_counts.failed;
                --m_counts.pending;
                break;
            }
            m_outbox->recordOutcome(
                m_job.id, row.seq, BulkJob::RowState::Pending, row.attempts, result.status, message);
            ++m_waitingRetries;
            QTimer::singleShot(backoffMs(row.attempts + 1,
                                         result.retryAfterSeconds,
                                         QRandomGenerator::global()->generateDouble(),
                                         m_settings.firstBackoffMs,
                                         m_settings.maxBackoffMs),
                               this,
                               [this, row] {
                                   --m_waitingRetries;
                                   if (m_stopping)
                                       return finishIfDone();
                                   m_queue.prepend(row);
                                   pump();
                               });
            break;
        case Verdict::StopRun:
            // The row goes back to pending: it was never the row's fault.
            m_outbox->recordOutcome(
                m_job.id, row.seq, BulkJob::RowState::Pending, row.attempts - 1, result.status, message);
            if (!m_stopping)
                stopWith(Stop::Interrupted,
                         result.status > 0 ? tr("The service answered %1 (%2): stopped with rows still to send.")
                                                 .arg(result.status)
                                                 .arg(message)
                                           : tr("%1 Stopped with rows still to send.").arg(message));
            break;
    }
    m_counts.rate = m_pacing.currentRate();
    if (++m_answeredSinceCommit >= m_settings.commitEveryRows)
        commit();
    emit progressed(m_counts);
    if (m_stopping)
        finishIfDone();
    else
        pump();
}

Fallible<void> BulkRunner::commitNow()
{
    m_answeredSinceCommit = 0;
    // The history first: once the outbox says done, the row must be in the history (a failure there was reported
    // through the recorder's writeFailed and does not stop the run: history never does).
    if (m_recorder)
        (void)m_recorder->flush();
    return m_outbox->commit();
}

void BulkRunner::commit()
{
    if (auto committed = commitNow(); !committed && !m_stopping)
        stopWith(Stop::Interrupted,
                 tr("Could not write the outcome of rows to %1: %2").arg(m_outbox->filePath(), committed.error()));
}

void BulkRunner::stopWith(Stop how, const QString& reason)
{
    m_stopping = true;
    m_stopAs = how;
    m_stopReason = reason;
    m_pumpTimer.stop();
    finishIfDone();
}

void BulkRunner::finishIfDone()
{
    // A stopped run does not wait out back-off timers: those rows are pending in the outbox already.
    const bool idle = m_inFlight.isEmpty() && (m_stopping || m_waitingRetries == 0);
    if (!idle)
        return;
    if (!m_stopping) {
        if (!m_queue.isEmpty() || !m_outboxDrained)
            return;
        m_stopping = true;
        m_stopAs = Stop::Finished;
    }
    if (!m_stopAs)
        return;
    const Stop how = *m_stopAs;
    m_stopAs.reset(); // once
    m_commitTimer.stop();
    QString reason = m_stopReason;
    if (auto committed = commitNow(); !committed) {
        reason = tr("Could not write the outcome of rows to %1: %2").arg(m_outbox->filePath(), committed.error());
    }
    auto state = m_outbox->setJobState(m_job.id,
                                       how == Stop::Finished    ? QStringLiteral("finished")
                                       : how == Stop::Cancelled ? QStringLiteral("cancelled")
                                                                : QStringLiteral("interrupted"));
    Q_UNUSED(state);
    m_lock.unlock();
    emit progressed(m_counts);
    emit stopped(how, reason);
}
