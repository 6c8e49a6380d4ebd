#include "core/history/HistoryWatcher.h"

#include <QFileInfo>
#include <QStringList>

HistoryWatcher::HistoryWatcher(const QString& filePath, DataVersion dataVersion, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_dataVersion(std::move(dataVersion))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &HistoryWatcher::checkNow);
    const auto changed = [this] {
        // Not restarted by every write: a steady stream of commits still shows within SettleMs.
        if (!m_settle.isActive()) {
            m_settle.start();
        }
        watchFiles(); // a write-ahead log made or replaced since is watched from now on
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    m_version = m_dataVersion();
    watchFiles();
}

void HistoryWatcher::watchFiles()
{
    // The folder too: the log is created by the first writer and may be removed by the last one to close.
    const QStringList paths {m_filePath, m_filePath + QStringLiteral("-wal"), QFileInfo(m_filePath).absolutePath()};
    for (const QString& path : paths) {
        if (!m_watcher.files().contains(path) && !m_watcher.directories().contains(path) && QFileInfo::exists(path)) {
            m_watcher.addPath(path);
        }
    }
}

void HistoryWatcher::checkNow()
{
    const qint64 version = m_dataVersion();
    if (version != m_version) {
        m_version = version;
        emit changedElsewhere();
    }
}
