#pragma once

#include "core/history/HistoryQuery.h"
#include "core/platform/Fallible.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class HistoryDatabase;

// Removes the history rows a retention policy does not keep, oldest first, in batches: each batch is its own
// transaction, so a long pass never holds the write lock for long (veroctl and the app share the file).
//
// A policy counts and ages each workspace on its own: sandbox traffic never pushes production requests out.
// What it would remove is worked out first, as a Plan the user can be shown (how many rows, from which dates and
// workspaces) and export; applying a plan removes only what it counted, never a request recorded after it.
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
        int value = 0; // days or rows, per workspace
        bool operator==(const Policy&) const = default;
    };

    // Where the age of a request is counted back from.
    enum class Ages
    {
        FromNow,           // the clock: what the user sees and agrees to in the retention question
        FromNewestRequest, // the earlier of the clock and the workspace's newest request (start-up: a clock set
                           // years ahead, or a workspace left unused, never empties a workspace's history)
    };

    // The rows a policy removes, as they stood when the plan was made.
    struct Plan
    {
        Plan() = default; // not an aggregate: a braced policy never converts to a plan by accident

        struct Part
        {
            QString workspace;
            HistoryQuery::Filter filter; // exactly this part's rows: the workspace, and bounded by id
            qint64 rows = 0;
            QDateTime oldest;
            QDateTime newest;
            qint64 deletions = 0; // accepted user deletions among them: the warning before recreating them goes too
        };
        Policy policy;
        QList<Part> parts; // only workspaces that lose rows, by name

        qint64 rows() const;
        qint64 deletions() const;
        bool isEmpty() const { return parts.isEmpty(); }
        QList<HistoryQuery::Filter> filters() const;
        // "480 requests: 300 from Sandbox (2 Nov 2026 to 28 Nov 2026), 180 from Production (...)".
        QString summary() const;
    };

    // Rows per transaction when the caller waits for the whole pass.
    static constexpr int BatchRows = 5000;
    // Rows per event-loop turn in the background: a batch this size takes a few milliseconds, so the window
    // keeps repainting while a large history is trimmed at start-up.
    static constexpr int BackgroundBatchRows = 2000;

    // `database` must outlive this object; each batch uses its connection of the moment (it may be replaced
    // after a recovery).
    explicit HistoryRetention(const HistoryDatabase* database, QObject* parent = nullptr);

    // What `policy` would remove now, per workspace.
    [[nodiscard]] Fallible<Plan>
    plan(const Policy& policy, Ages ages = Ages::FromNow, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Removes what `plan` counted (or less, when some of it went meanwhile), in batches of `batchSize` rows.
    // Returns how many rows went.
    [[nodiscard]] Fallible<qint64> apply(const Plan& plan, int batchSize = BatchRows);
    // The plan of `policy` now, applied at once.
    [[nodiscard]] Fallible<qint64> apply(const Policy& policy, int batchSize = BatchRows);
    // The same, one batch per event-loop turn; emits finished at the end. A call while a pass runs replaces the
    // plan that pass applies from its next batch on.
    void applyInBackground(const Plan& plan, int batchSize = BackgroundBatchRows);
    // The plan of `policy` now, applied in the background.
    void applyInBackground(const Policy& policy, int batchSize = BackgroundBatchRows);
    bool isRunning() const { return m_running; }

signals:
    // A background pass ended: `removed` rows went; `error` is empty unless a batch failed.
    void finished(qint64 removed, const QString& error);

private:
    Fallible<Plan::Part>
    planPart(const Policy& policy, const QString& workspace, Ages ages, const QDateTime& now) const;
    // Deletes up to `batchSize` rows of `filter`, oldest first. Returns how many went.
    Fallible<qint64> deleteBatch(const HistoryQuery::Filter& filter, int batchSize);
    void continueInBackground();

    const HistoryDatabase* m_database;
    bool m_running = false;
    Plan m_backgroundPlan;
    qsizetype m_backgroundPart = 0;
    int m_backgroundBatch = BackgroundBatchRows;
    qint64 m_backgroundRemoved = 0;
};
