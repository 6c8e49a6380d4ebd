#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

// Only one program sends a job at a time: a second one (the app resuming a job veroctl is running, or two
// veroctl) would send rows twice and put the first one's rows in flight back in the queue. A lock file beside
// the outbox, one per job, is held while a runner sends; a lock left by a process that died (killed, crashed) is
// taken over, whatever its age.
class BulkJobLock
{
    Q_DECLARE_TR_FUNCTIONS(BulkJobLock)
public:
    BulkJobLock(const QString& outboxPath, const QString& jobId);

    // False when another live process holds the job; holder() then says which.
    bool tryLock();
    void unlock() { m_file.unlock(); }
    bool isLocked() const { return m_file.isLocked(); }
    // "veroctl, process 1234" for the process holding the lock; empty when none is known.
    QString holder() const;

    // Whether another process is sending the job now (the lock is tried and let go at once).
    static bool isHeldElsewhere(const QString& outboxPath, const QString& jobId);

private:
    QLockFile m_file;
};
