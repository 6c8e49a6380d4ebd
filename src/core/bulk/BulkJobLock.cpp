#include "core/bulk/BulkJobLock.h"

#include <QFileInfo>

namespace {
QString lockPath(const QString& outboxPath, const QString& jobId)
{
    const QFileInfo outbox(outboxPath);
    return outbox.absolutePath() + QStringLiteral("/") + outbox.completeBaseName() + QStringLiteral("-") + jobId
           + QStringLiteral(".lock");
}
} // namespace

BulkJobLock::BulkJobLock(const QString& outboxPath, const QString& jobId)
    : m_file(lockPath(outboxPath, jobId))
{
    // Stale only when its process is gone: a run can hold a job for hours.
    m_file.setStaleLockTime(0);
}

bool BulkJobLock::tryLock()
{
    return m_file.isLocked() || m_file.tryLock(0);
}

QString BulkJobLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_file.getLockInfo(&pid, &host, &application))
        return {};
    return tr("%1, process %2").arg(application.isEmpty() ? tr("another program") : application).arg(pid);
}

bool BulkJobLock::isHeldElsewhere(const QString& outboxPath, const QString& jobId)
{
    BulkJobLock lock(outboxPath, jobId);
    if (!lock.tryLock())
        return lock.m_file.error() == QLockFile::LockFailedError;
    lock.unlock();
    return false;
}
