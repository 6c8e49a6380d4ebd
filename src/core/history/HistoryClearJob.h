#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QThread;

// Removes every row of a history file and compacts it. At a million rows this takes seconds (the delete, the
// search index, VACUUM), so HistoryStore::clearInBackground runs it in a thread of its own on a connection of
// its own, and the window keeps answering; HistoryStore::clear runs the same steps in place.
class HistoryClearJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        qint64 removed = -1;      // -1: the rows were not removed (removeError says why)
        QString removeError;      // SQLite's words
        QString compactError;     // the rows are gone but the file still holds their pages: SQLite's words
        bool compactBusy = false; // the compaction was blocked by another program reading the file
    };

    explicit HistoryClearJob(QObject* parent = nullptr);
    // Waits for a clear under way: the file is never left to a thread nobody waits for.
    ~HistoryClearJob() override;

    // The steps, on `database` (in the calling thread).
    static Outcome run(QSqlDatabase& database);

    // Runs the steps in a new thread, on a new connection to `filePath` (with `statements` run first, as every
    // connection to the file does); emits finished in this object's thread. One at a time.
    void start(const QString& filePath, const QStringList& statements);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(const HistoryClearJob::Outcome& outcome);

private:
    QThread* m_thread = nullptr;
    Outcome m_outcome; // written by the thread, read once it has finished
};
