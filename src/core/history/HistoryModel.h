#pragma once

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimer>

// The history pane's table: time, workspace, operation, user, status, elapsed. Rows are fetched a page at a time
// (canFetchMore/fetchMore) by key through the store's indexes, so a million-row history costs one page at
// start-up. Rows hold no bodies and data() never reads the store; entry(row) reads the whole row when the
// detail view or an action needs it.
//
// The model also keeps what the pane shows about the list as a whole: whether it is a user's timeline, and
// how many rows the filters match (counted in the store after changes settle, so a burst of inserts costs one
// count).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        WorkspaceColumn,
        OperationColumn,
        UserColumn,
        StatusColumn,
        ElapsedColumn,
        ColumnCount
    };

    enum Role
    {
        RowIdRole = Qt::UserRole + 1, // qint64
        StatusClassRole,              // int(HistoryEntry::StatusClass), for colouring
        TimeRole,                     // QDateTime, UTC
        UserIdRole,                   // QString
        EmailRole,                    // QString
        OperationRole,                // QString operation key
        WorkspaceRole,                // QString, the name the row carries
        ProductionRole,               // bool: the request went to Vero's production service
    };

    static constexpr int DefaultPageSize = 200;

    explicit HistoryModel(QObject* parent = nullptr);

    // The model follows the store: new and completed rows appear, clears and retention reload it.
    void setStore(HistoryStore* store);
    HistoryStore* store() const { return m_store; }

    HistoryStore::Filter filter() const { return m_filter; }
    // A filter on another user (or on none) ends a timeline.
    void setFilter(const HistoryStore::Filter& filter);
    void setUserFilter(const QString& userIdOrEmail);
    void setOperationFilter(std::optional<Operation> operation);
    void setStatusFilter(HistoryStore::StatusFilter status);
    void setTextFilter(const QString& text);
    void setTimeRange(const QDateTime& from, const QDateTime& to);
    // Requests sent to one workspace only; none for every workspace.
    void setWorkspaceFilter(const std::optional<QString>& workspace);
    // Newest first (the pane) or oldest first (a user timeline).
    void setOrder(Qt::SortOrder order);
    Qt::SortOrder order() const { return m_order; }
    // "Everything sent about this user, oldest first": clears the other filters but the workspace (the same id on
    // another workspace is another user).
    void showUserTimeline(const QString& userIdOrEmail);
    // Back to every request of the workspace filtered on, newest first.
    void leaveTimeline();
    bool isTimeline() const { return m_timeline; }
    QString timelineUser() const { return m_timeline ? m_filter.user : QString(); }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Reloads from the store, for rows other processes (veroctl, a second window) wrote.
    void reload();
    // Appends rows written since the newest one shown (newest-first order) without disturbing the view.
    void refreshNewRows();

    // The summary of `row` (no bodies) and the whole entry (read from the store).
    HistoryEntry summary(int row) const;
    std::optional<HistoryEntry> entry(int row) const;
    // The row showing `id`, or -1 when it is not loaded.
    int rowOf(qint64 id) const;
    // Rows matching the filter in the whole history (a count through the indexes; the view shows fewer).
    qint64 totalCount() const;
    // The last count of the rows the filters match, as matchingCountChanged gave it; -1 when it is not known: a
    // free-text search counts only what is loaded, and says so while more could load.
    qint64 matchingCount() const { return m_matching; }
    // While held, the count waits (a million-row count would hold up the window's first frame); released, a
    // count asked for meanwhile runs from the event loop.
    void setCountingHeld(bool held);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(const HistoryEntry& entry);
    // When a request was sent, as the Time column shows it: the locale's short date and time, with seconds.
    static QString timeText(const QDateTime& time);
    // The workspace as a tooltip and screen readers say it: "Production (production)" for Vero's service.
    static QString workspaceText(const HistoryEntry& entry);

signals:
    void timelineChanged(bool isTimeline);
    void matchingCountChanged(qint64 count);

private:
    void onRowInserted(qint64 id);
    void onRowsInserted(int first, int last);
    void countMatching();
    void onRowCompleted(qint64 id);
    void onChangedElsewhere();
    HistoryStore::Page nextPage() const;
    QList<HistoryEntry> fetchPage(bool* atEnd) const;

    QPointer<HistoryStore> m_store;
    HistoryStore::Filter m_filter;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_pageSize = DefaultPageSize;
    QList<HistoryEntry> m_rows;
    bool m_atEnd = true;
    bool m_busy = false; // inside a reset or an insert: no nested fetch
    bool m_timeline = false;
    qint64 m_matching = -1;
    QTimer m_countTimer; // coalesces the counts a burst of changes asks for
    bool m_countingHeld = false;
    bool m_countWanted = false; // asked for while held
};
