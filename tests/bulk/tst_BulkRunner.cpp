#include "core/bulk/BulkRunner.h"

#include "core/history/HistoryRecorder.h"
#include "core/history/HistoryStore.h"

#include "SandboxTestClient.h"
#include "VeroRequire.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Back-off in tens of milliseconds, so retries do not make the suite slow; the waits themselves are tested in
// backoffGrowsAndHonoursRetryAfter.
BulkRunner::Settings quickRetries()
{
    BulkRunner::Settings settings;
    settings.firstBackoffMs = 20;
    settings.maxBackoffMs = 200;
    return settings;
}

QString writeCsv(const QString& path, const QByteArray& header, int rows, const char* pattern)
{
    QByteArray bytes = header + '\n';
    for (int i = 1; i <= rows; ++i)
        bytes += QByteArray(pattern).replace("%N", QByteArray::number(i)) + '\n';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class tst_BulkRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void verdicts();
    void backoffGrowsAndHonoursRetryAfter();
    void sendsEveryRow();
    void retriesServerErrorsUntilDone();
    void failedAfterMaxAttemptsAndRetryable();
    void slowsDownOnRateLimit();
    void cancelThenResumeSendsTheRest();
    void rowsInFlightAtAKillAreSentAgain();
    void aRowDoneIsInTheHistoryAtEveryCommit();
    void wrongCredentialStopsWithRowsPending();
    void aJobBeingSentElsewhereIsLeftAlone();
    void aLockLeftByAKilledRunIsTakenOver();

private:
    BulkJob createJob(Operation operation, const QByteArray& header, int rows, const char* pattern);
    BulkRunner::Stop run(BulkRunner& runner, int timeoutMs = 60000);
    void setFaults(const QByteArray& json);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<BulkOutbox> m_outbox;
    Workspace m_workspace;
    int m_files = 0;
};

void tst_BulkRunner::initTestCase()
{
    m_sandbox = SandboxTestClient::start({QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->rootUrl());
    m_workspace.name = QStringLiteral("Sandbox");
    m_workspace.baseUrl = m_sandbox->apiBaseUrl();
    m_workspace.timeoutSeconds = 10;
    m_outbox = std::make_unique<BulkOutbox>(m_dir.filePath(QStringLiteral("bulk.sqlite")));
    QVERIFY(m_outbox->open().ok());
}

void tst_BulkRunner::init()
{
    QVERIFY(m_client->reset());
    setFaults(R"({"latency_ms":0,"fail_rate":0,"rate_limit":0,"drop_rate":0})");
}

void tst_BulkRunner::setFaults(const QByteArray& json)
{
    const auto reply = m_client->send("PUT", QStringLiteral("/sandbox/faults"), json);
    QVERIFY2(reply.status == 200, reply.body.constData());
}

BulkJob tst_BulkRunner::createJob(Operation operation, const QByteArray& header, int rows, const char* pattern)
{
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files)), header, rows, pattern);
    BulkSource::Options options;
    options.operation = operation;
    auto source = BulkSource::open(csv, options);
    if (!source)
        qFatal("%s", qPrintable(source.error()));
    auto job = m_outbox->createJob(*source.value(), m_workspace.name, {});
    if (!job)
        qFatal("%s", qPrintable(job.error()));
    return job.value();
}

BulkRunner::Stop tst_BulkRunner::run(BulkRunner& runner, int timeoutMs)
{
    QSignalSpy stopped(&runner, &BulkRunner::stopped);
    runner.start();
    if (!stopped.wait(timeoutMs))
        qFatal("the run did not stop within %d ms", timeoutMs);
    const auto how = stopped.first().at(0).value<BulkRunner::Stop>();
    if (how != BulkRunner::Stop::Finished)
        qInfo("stopped: %s", qPrintable(stopped.first().at(1).toString()));
    return how;
}

void tst_BulkRunner::verdicts()
{
    using V = BulkRunner::Verdict;
    const auto with = [](int status) {
        ApiResult result;
        result.status = status;
        return BulkRunner::verdict(result);
    };
    QCOMPARE(with(200), V::Done);
    QCOMPARE(with(202), V::Done);
    QCOMPARE(with(400), V::Rejected);
    QCOMPARE(with(404), V::Rejected);
    QCOMPARE(with(429), V::Retry);
    QCOMPARE(with(500), V::Retry);
    QCOMPARE(with(503), V::Retry);
    QCOMPARE(with(0), V::Retry); // timeout, dropped connection
    QCOMPARE(with(401), V::StopRun);
    ApiResult notSent;
    notSent.sent = false;
    notSent.error = QStringLiteral("bad CA file");
    QCOMPARE(BulkRunner::verdict(notSent), V::StopRun);
}

void tst_BulkRunner::backoffGrowsAndHonoursRetryAfter()
{
    QCOMPARE(BulkRunner::backoffMs(2, -1, 1.0), 500);
    QCOMPARE(BulkRunner::backoffMs(3, -1, 1.0), 1000);
    QCOMPARE(BulkRunner::backoffMs(4, -1, 0.0), 1000); // jitter takes at most half
    QCOMPARE(BulkRunner::backoffMs(30, -1, 1.0), 30000);
    QCOMPARE(BulkRunner::backoffMs(2, 7, 1.0), 7000);
}

void tst_BulkRunner::sendsEveryRow()
{
    const BulkJob job = createJob(Operation::Identify, "id,email,plan", 40, "bulk-%N,u%N@example.com,pro");
    VeroClient client;
    BulkRunner runner(m_outbox.get(), &client, nullptr, job, m_workspace, SandboxTestClient::token(), {});
    QCOMPARE(run(runner), BulkRunner::Stop::Finished);
    QCOMPARE(runner.counts().done, 40);
    QCOMPARE(runner.counts().pending, 0);
    const BulkJob after = m_outbox->job(job.id).value();
    QCOMPARE(after.done, 40);
    QCOMPARE(after.state, QStringLiteral("finished"));
    QCOMPARE(m_client->users().size(), 40);
    QCOMPARE(m_client->user(QStringLiteral("bulk-17")).value(QStringLiteral("email")).toString(),
             QStringLiteral("u17@example.com"));
}

void tst_BulkRunner::retriesServerErrorsUntilDone()
{
    setFaults(R"({"fail_rate":0.3})");
    const BulkJob job = createJob(Operation::Identify, "id", 12, "retry-%N");
    VeroClient client;
    BulkRunner::Settings settings = quickRetries();
    settings.maxAttempts = BulkRunner::MaxAttempts;
    BulkRunner runner(m_outbox.get(), &client, nullptr, job, m_workspace, SandboxTestClient::token(), settings);
    QCOMPARE(run(runner, 120000), BulkRunner::Stop::Finished);
    QCOMPARE(runner.counts().done, 12);
    QCOMPARE(m_client->users().size(), 12);
    const auto rows = m_outbox->rows(job.id, {BulkJob::RowState::Done}).value();
    const bool someRetried
        = std::any_of(rows.cbegin(), rows.cend(), [](const BulkOutbox::ResultRow& row) { return row.attempts > 1; });
    QVERIFY(someRetried);
}

void tst_BulkRunner::failedAfterMaxAttemptsAndRetryable()
{
    setFaults(R"({"fail_rate":1})");
    const BulkJob job = createJob(Operation::Unsubscribe, "id", 3, "gone-%N");
    VeroClient client;
    BulkRunner::Settings settings = quickRetries();
    settings.maxAttempts = 2;
    {
        BulkRunner runner(m_outbox.get(), &client, nullptr, job, m_workspace, SandboxTestClient::token(), settings);
        QCOMPARE(run(runner), BulkRunner::Stop::Finished);
        QCOMPARE(runner.counts().failed, 3);
    }
    const auto failed = m_outbox->rows(job.id, {BulkJob::RowState::Failed}).value();
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.first().attempts, 2);
    QVERIFY(failed.first().httpStatus >= 500);

    // "Retry failed rows" once the service is back.
    setFaults(R"({"fail_rate":0})");
    QCOMPARE(m_outbox->requeueFailed(job.id, false).value(), 3);
    BulkRunner again(m_outbox.get(),
                     &client,
                     nullptr,
                     m_outbox->job(job.id).value(),
                     m_workspace,
                     SandboxTestClient::token(),
                     settings);
    QCOMPARE(run(again), BulkRunner::Stop::Finished);
    QCOMPARE(m_outbox->job(job.id)->done, 3);
}

void tst_BulkRunner::slowsDownOnRateLimit()
{
    setFaults(R"({"rate_limit":10})");
    const BulkJob job = createJob(Operation::Identify, "id", 40, "paced-%N");
    VeroClient client;
    BulkRunner::Settings settings;
    settings.concurrency = 8;
    settings.maxAttempts = BulkRunner::MaxAttempts;
    BulkRunner runner(m_outbox.get(), &client, nullptr, job, m_workspace, SandboxTestClient::token(), settings);
    double slowest = 0;
    connect(&runner, &BulkRunner::progressed, this, [&](const BulkRunner::Counts& counts) {
        if (counts.rate > 0 && (slowest == 0 || counts.rate < slowest))
            slowest = counts.rate;
    });
    QCOMPARE(run(runner, 120000), BulkRunner::Stop::Finished);
    QCOMPARE(runner.counts().done, 40);
    QVERIFY2(slowest > 0, "the run never slowed down after 429");
    QCOMPARE(m_client->users().size(), 40);
}

void tst_BulkRunner::cancelThenResumeSendsTheRest()
{
    setFaults(R"({"latency_ms":20})");
    const BulkJob job = createJob(Operation::TagsEdit, "id,add", 60, "tag-%N,vip");
    VeroClient client;
    BulkRunner::Settings settings;
    settings.concurrency = 2;
    {
        BulkRunner runner(m_outbox.get(), &client, nullptr, job, m_workspace, SandboxTestClient::token(), settings);
        connect(&runner, &BulkRunner::progressed, &runner, [&](const BulkRunner::Counts& counts) {
            if (counts.done >= 10)
                runner.cancel();
        });
        QCOMPARE(run(runner), BulkRunner::Stop::Cancelled);
        QVERIFY(runner.counts().pending > 0);
    }
    const BulkJob halfway = m_outbox->job(job.id).value();
    QCOMPARE(halfway.state, QStringLiteral("cancelled"));
    QVERIFY(halfway.done >= 10);
    QVERIFY(halfway.pending > 0);

    // Resumed from the file alone, by a new outbox connection, as veroctl bulk --resume does.
    BulkOutbox reopened(m_outbox->filePath());
    QVERIFY(reopened.open().ok());
    BulkRunner resumed(
        &reopened, &client, nullptr, reopened.job(job.id).value(), m_workspace, SandboxTestClient::token(), settings);
    QCOMPARE(run(resumed), BulkRunner::Stop::Finished);
    QCOMPARE(reopened.job(job.id)->done, 60);
}

void tst_BulkRunner::rowsInFlightAtAKillAreSentAgain()
{
    const BulkJob job = createJob(Operation::Identify, "id", 5, "kill-%N");
    // What a killed run leaves: two rows marked in flight, one done, the rest pending.
    const auto rows = m_outbox->pendingRows(job.id, 0, 10).value();
    m_outbox->markInFlight(job.id, rows.at(0).seq);
    m_outbox->markInFlight(job.id, rows.at(1).seq);
    m_outbox->recordOutcome(job.id, rows.at(2).seq, BulkJob::RowState::Done, 1, 200, {});
    QVERIFY(m_outbox->commit().ok());
    VeroClient client;
    BulkRunner runner(
        m_outbox.get(), &client, nullptr, m_outbox->job(job.id).value(), m_workspace, SandboxTestClient::token(), {});
    QCOMPARE(run(runner), BulkRunner::Stop::Finished);
    QCOMPARE(m_outbox->job(job.id)->done, 5);
    // Row 3 was done before the kill and is not sent again.
    QCOMPARE(m_client->users().size(), 4);
    QVERIFY(m_client->user(QStringLiteral("kill-1")).contains(QStringLiteral("id")));
}

void tst_BulkRunner::aRowDoneIsInTheHistoryAtEveryCommit()
{
    // Outcomes are committed by batches of rows (the timer is kept out of the way here), the history's batch first:
    // whatever a kill leaves, a row the outbox calls done is in the history, answered, once.
    const BulkJob job = createJob(Operation::TagsEdit, "id,add", 50, "hist-%N,vip");
    HistoryStore history(m_dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(history.open());
    HistoryStore::Filter ofJob;
    ofJob.bulkJob = job.id;
    HistoryStore::Filter answered = ofJob;
    answered.status = HistoryStore::StatusFilter::Success;
    // What another program (or a resume after a kill) would read from the two files, at every step of the run.
    BulkOutbox outboxFile(m_outbox->filePath());
    QVERIFY(outboxFile.open().ok());
    HistoryStore historyFile(history.filePath());
    QVERIFY(historyFile.open());

    VeroClient client;
    HistoryRecorder recorder(&history, &client, HistoryEntry::Source::Bulk);
    recorder.setBulkJob(job.id);
    BulkRunner::Settings settings;
    settings.concurrency = 3;
    settings.commitEveryRows = 8;
    settings.commitEveryMs = 600'000;
    BulkRunner runner(m_outbox.get(), &client, &recorder, job, m_workspace, SandboxTestClient::token(), settings);
    QList<qint64> committedDone;
    connect(&runner, &BulkRunner::progressed, &runner, [&] {
        const qint64 done = outboxFile.job(job.id).value().done;
        if (committedDone.isEmpty() || committedDone.last() != done)
            committedDone.append(done);
        QVERIFY2(historyFile.count(answered) >= done,
                 qPrintable(QStringLiteral("%1 rows done in the outbox, %2 answered in the history")
                                .arg(done)
                                .arg(historyFile.count(answered))));
        QCOMPARE(historyFile.count(ofJob), historyFile.count(answered)); // written when answered, never pending
    });
    QCOMPARE(run(runner), BulkRunner::Stop::Finished);
    // Committed a batch at a time, not all at the end nor row by row.
    QVERIFY2(committedDone.size() >= 4, qPrintable(QString::number(committedDone.size())));
    QCOMPARE(committedDone.value(1), 8);
    QCOMPARE(m_outbox->job(job.id)->done, 50);
    QCOMPARE(historyFile.count(ofJob), 50);
    QCOMPARE(historyFile.count(answered), 50);
    const QList<HistoryEntry> rows = historyFile.fetch(ofJob);
    QCOMPARE(rows.first().source, HistoryEntry::Source::Bulk);
    QCOMPARE(rows.first().httpStatus, 200);
}

void tst_BulkRunner::wrongCredentialStopsWithRowsPending()
{
    const BulkJob job = createJob(Operation::Delete, "id", 20, "keep-%N");
    VeroClient client;
    BulkRunner runner(m_outbox.get(), &client, nullptr, job, m_workspace, QStringLiteral("not-the-token"), {});
    QSignalSpy stopped(&runner, &BulkRunner::stopped);
    runner.start();
    QVERIFY(stopped.wait(30000));
    QCOMPARE(stopped.first().at(0).value<BulkRunner::Stop>(), BulkRunner::Stop::Interrupted);
    QVERIFY2(stopped.first().at(1).toString().contains(QStringLiteral("401")),
             qPrintable(stopped.first().at(1).toString()));
    // Not one row is marked failed or rejected for the credential's fault: all can be resumed.
    const BulkJob after = m_outbox->job(job.id).value();
    QCOMPARE(after.pending, 20);
    QCOMPARE(after.state, QStringLiteral("interrupted"));
}

void tst_BulkRunner::aJobBeingSentElsewhereIsLeftAlone()
{
    const BulkJob job = createJob(Operation::Identify, "id", 5, "twice-%N");
    // What another program sending the job leaves: a row in flight, the job running, the job's lock held.
    const auto rows = m_outbox->pendingRows(job.id, 0, 10).value();
    m_outbox->markInFlight(job.id, rows.at(0).seq);
    QVERIFY(m_outbox->setJobState(job.id, QStringLiteral("running")).ok());
    QVERIFY(m_outbox->commit().ok());
    BulkJobLock elsewhere(m_outbox->filePath(), job.id);
    QVERIFY(elsewhere.tryLock());
    QVERIFY(BulkJobLock::isHeldElsewhere(m_outbox->filePath(), job.id));
    VeroClient client;
    BulkRunner runner(
        m_outbox.get(), &client, nullptr, m_outbox->job(job.id).value(), m_workspace, SandboxTestClient::token(), {});
    QSignalSpy stopped(&runner, &BulkRunner::stopped);
    runner.start();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.first().at(0).value<BulkRunner::Stop>(), BulkRunner::Stop::Interrupted);
    QVERIFY2(stopped.first().at(1).toString().contains(QStringLiteral("is being sent by")),
             qPrintable(stopped.first().at(1).toString()));
    // Nothing sent from here, and the other run's state and row in flight untouched.
    QCOMPARE(m_client->users().size(), 0);
    const BulkJob after = m_outbox->job(job.id).value();
    QCOMPARE(after.state, QStringLiteral("running"));
    QCOMPARE(m_outbox->rows(job.id, {BulkJob::RowState::InFlight})->size(), 1);

    elsewhere.unlock();
    BulkRunner resumed(
        m_outbox.get(), &client, nullptr, m_outbox->job(job.id).value(), m_workspace, SandboxTestClient::token(), {});
    QCOMPARE(run(resumed), BulkRunner::Stop::Finished);
    QCOMPARE(m_client->users().size(), 5);
}

void tst_BulkRunner::aLockLeftByAKilledRunIsTakenOver()
{
    const BulkJob job = createJob(Operation::Identify, "id", 3, "killed-%N");
    // A lock file naming a process that no longer exists, as a SIGKILL leaves it.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QFileInfo outbox(m_outbox->filePath());
    QFile lock(outbox.absolutePath() + QStringLiteral("/bulk-") + job.id + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\nveroctl\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    QVERIFY(!BulkJobLock::isHeldElsewhere(m_outbox->filePath(), job.id));
    VeroClient client;
    BulkRunner runner(m_outbox.get(), &client, nullptr, job, m_workspace, SandboxTestClient::token(), {});
    QCOMPARE(run(runner), BulkRunner::Stop::Finished);
    QCOMPARE(m_client->users().size(), 3);
}

QTEST_GUILESS_MAIN(tst_BulkRunner)
#include "tst_BulkRunner.moc"
