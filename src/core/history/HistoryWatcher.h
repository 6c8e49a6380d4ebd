#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

// Notices commits that other connections (veroctl, a bulk run, another window) make to a history file, without
// polling: the file and its write-ahead log are watched, and SQLite's data_version, which only changes for
// other connections' commits, tells them from this process's own writes.
class HistoryWatcher : public QObject
{
    Q_OBJECT
public:
    // Coalesces a burst of writes (a bulk run commits many times a second) into one signal; short enough that
    // rows show within a second.
    static constexpr int SettleMs = 150;

    // SQLite's PRAGMA data_version on the owner's connection, -1 when it cannot be read.
    using DataVersion = std::function<qint64()>;

    // Watches `filePath`; `dataVersion` is called on the owner's thread.
    HistoryWatcher(const QString& filePath, DataVersion dataVersion, QObject* parent = nullptr);

    // What a change of the files leads to: emits changedElsewhere if another connection committed since the
    // last check. Tests call it to check at a moment of their choosing.
    void checkNow();

signals:
    void changedElsewhere();

private:
    void watchFiles();

    QString m_filePath;
    DataVersion m_dataVersion;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    qint64 m_version = -1;
};
