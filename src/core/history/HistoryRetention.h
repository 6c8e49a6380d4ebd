#pragma once

#include "core/platform/Fallible.h"

#include <QObject>

class HistoryDatabase;

// Removes the history rows a retention policy does not keep, oldest first, in batches: each batch is its own
// transaction, so a long pass never holds the write lock for long (veroctl and the app share the file).
class HistoryRetention : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        enum class Mode
        {
            KeepAll,
            Days,
            Rows,
        };
        Mode mode = Mode::KeepAll;
        int value = 0; // days or rows
        bool operator==(const Policy&) const = default;
    };

    // Rows per transaction when the caller waits for the whole pass.
    static constexpr int BatchRows = 5000;
    // Rows per event-loop turn in the background: a batch this size takes a few milliseconds, so the window
    // keeps repainting while a large history is trimmed at start-up.
    static constexpr int BackgroundBatchRows = 2000;

    // `database` must outlive this object; each batch uses its connection of the moment (it may be replaced
    // after a recovery).
    explicit HistoryRetention(const HistoryDatabase* database, QObject* parent = nullptr);

    // The whole pass now, in batches of `batchSize` rows. Returns how many rows went.
    [[nodiscard]] Fallible<qint64> apply(const Policy& policy, int batchSize = BatchRows);
    // The same, one batch per event-loop turn; emits finished at the end. A call while a pass runs changes the
    // policy that pass applies from its next batch on.
    void applyInBackground(const Policy& policy, int batchSize = BackgroundBatchRows);
    bool isRunning() const { return m_running; }

signals:
    // A background pass ended: `removed` rows went; `error` is empty unless a batch failed.
    void finished(qint64 removed, const QString& error);

private:
    Fallible<qint64> deleteBatch(const Policy& policy, int batchSize);
    void continueInBackground();

    const HistoryDatabase* m_database;
    bool m_running = false;
    Policy m_backgroundPolicy;
    int m_backgroundBatch = BackgroundBatchRows;
    qint64 m_backgroundRemoved = 0;
};
