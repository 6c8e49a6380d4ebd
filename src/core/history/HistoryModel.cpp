#include "core/history/HistoryModel.h"

#include <QLocale>

#include <algorithm>
#include <utility>

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    // Counting runs in the store, from the event loop: a model opens at once even on a million rows.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &HistoryModel::countMatching);
    connect(this, &QAbstractItemModel::modelReset, &m_countTimer, qOverload<>(&QTimer::start));
    connect(this, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        onRowsInserted(first, last);
    });
}

void HistoryModel::setStore(HistoryStore* store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        connect(m_store, &HistoryStore::rowInserted, this, &HistoryModel::onRowInserted);
        connect(m_store, &HistoryStore::rowCompleted, this, &HistoryModel::onRowCompleted);
        connect(m_store, &HistoryStore::contentsReset, this, &HistoryModel::reload);
        connect(m_store, &HistoryStore::changedElsewhere, this, &HistoryModel::onChangedElsewhere);
        connect(m_store, &QObject::destroyed, this, &HistoryModel::reload);
    }
    reload();
}

void HistoryModel::setFilter(const HistoryStore::Filter& wanted)
{
    const bool endsTimeline = m_timeline && wanted.user != m_filter.user;
    // A timeline's other names for its user go with it, and only with it.
    HistoryStore::Filter filter = wanted;
    filter.alsoUser = m_timeline && !endsTimeline ? m_filter.alsoUser : QStringList();
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    if (endsTimeline) {
        m_timeline = false;
        m_order = Qt::DescendingOrder;
    }
    reload();
    if (endsTimeline) {
        emit timelineChanged(false);
    }
}

void HistoryModel::setUserFilter(const QString& userIdOrEmail)
{
    HistoryStore::Filter filter = m_filter;
    filter.user = userIdOrEmail.trimmed();
    setFilter(filter);
}

void HistoryModel::setOperationFilter(std::optional<Operation> operation)
{
    HistoryStore::Filter filter = m_filter;
    filter.operation = operation;
    setFilter(filter);
}

void HistoryModel::setStatusFilter(HistoryStore::StatusFilter status)
{
    HistoryStore::Filter filter = m_filter;
    filter.status = status;
    setFilter(filter);
}

void HistoryModel::setTextFilter(const QString& text)
{
    HistoryStore::Filter filter = m_filter;
    filter.text = text.trimmed();
    setFilter(filter);
}

void HistoryModel::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    HistoryStore::Filter filter = m_filter;
    filter.from = from;
    filter.to = to;
    setFilter(filter);
}

void HistoryModel::setWorkspaceFilter(const std::optional<QString>& workspace)
{
    HistoryStore::Filter filter = m_filter;
    filter.workspace = workspace;
    setFilter(filter);
}

void HistoryModel::setOrder(Qt::SortOrder order)
{
    if (order == m_order) {
        return;
    }
    m_order = order;
    reload();
}

void HistoryModel::showUserTimeline(const QString& userIdOrEmail)
{
    HistoryStore::Filter filter;
    filter.user = userIdOrEmail.trimmed();
    filter.workspace = m_filter.workspace;
    // The user as the history knows them: under earlier ids of an alias chain, and by the emails sent with them.
    if (m_store && !filter.user.isEmpty()) {
        filter.alsoUser = m_store->otherNamesOf(filter.user, filter.workspace);
    }
    m_filter = filter;
    m_order = Qt::AscendingOrder;
    m_timeline = !filter.user.isEmpty();
    reload();
    emit timelineChanged(m_timeline);
}

void HistoryModel::leaveTimeline()
{
    const bool was = m_timeline;
    m_timeline = false;
    HistoryStore::Filter filter;
    filter.workspace = m_filter.workspace;
    m_filter = filter;
    m_order = Qt::DescendingOrder;
    reload();
    if (was) {
        emit timelineChanged(false);
    }
}

/// New rows at the top (newest first) add to the count without counting again: a million-row count per send
/// would be wasted work. Pages fetched while scrolling are already counted.
void HistoryModel::onRowsInserted(int first, int last)
{
    if (m_order == Qt::AscendingOrder || !m_filter.text.isEmpty()) {
        // A timeline (new rows and scrolled-in pages both land at the end; a user's rows count fast), or a
        // free-text search, which counts what is loaded.
        m_countTimer.start();
    } else if (first == 0 && m_matching >= 0 && !m_countTimer.isActive()) {
        m_matching += last - first + 1;
        emit matchingCountChanged(m_matching);
    } else if (first == 0) {
        m_countTimer.start();
    }
}

void HistoryModel::setCountingHeld(bool held)
{
    m_countingHeld = held;
    if (!held && std::exchange(m_countWanted, false)) {
        m_countTimer.start();
    }
}

void HistoryModel::countMatching()
{
    if (m_countingHeld) {
        m_countWanted = true;
        return;
    }
    // Counting a free-text match reads every row: count only what is loaded, and say when there is more.
    if (!m_filter.text.isEmpty()) {
        m_matching = canFetchMore(QModelIndex()) ? -1 : rowCount();
    } else {
        m_matching = totalCount();
    }
    emit matchingCountChanged(m_matching);
}

HistoryStore::Page HistoryModel::nextPage() const
{
    HistoryStore::Page page;
    page.after = m_rows.isEmpty() ? 0 : m_rows.last().id;
    page.limit = m_pageSize;
    page.order = m_order;
    return page;
}

/// Drops the loaded rows and loads the first page again.
void HistoryModel::reload()
{
    // Views and testers may call fetchMore() while a change is being announced; that must wait until it is done.
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_store;
    if (m_store) {
        m_rows = fetchPage(&m_atEnd);
    }
    endResetModel();
    m_busy = false;
}

/// The next page after the loaded rows. Asks for one row more than a page, to know whether another page follows.
QList<HistoryEntry> HistoryModel::fetchPage(bool* atEnd) const
{
    HistoryStore::Page page = nextPage();
    page.limit = m_pageSize + 1;
    QList<HistoryEntry> rows = m_store->fetch(m_filter, page);
    *atEnd = rows.size() <= m_pageSize;
    if (!*atEnd) {
        rows.removeLast();
    }
    return rows;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_store && !m_busy;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<HistoryEntry> page = fetchPage(&m_atEnd);
    if (page.isEmpty()) {
        return;
    }
    m_busy = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_busy = false;
}

void HistoryModel::refreshNewRows()
{
    if (!m_store) {
        return;
    }
    if (m_order == Qt::AscendingOrder) {
        // Oldest first: new rows belong at the end, where fetchMore finds them.
        if (m_atEnd) {
            m_atEnd = false;
            fetchMore(QModelIndex());
        }
        return;
    }
    HistoryStore::Page page;
    page.after = m_rows.isEmpty() ? 0 : m_rows.first().id;
    page.order = Qt::AscendingOrder;
    page.limit = 0;
    if (m_rows.isEmpty()) {
        reload();
        return;
    }
    QList<HistoryEntry> newer = m_store->fetch(m_filter, page);
    if (newer.isEmpty()) {
        return;
    }
    std::reverse(newer.begin(), newer.end());
    m_busy = true;
    beginInsertRows(QModelIndex(), 0, int(newer.size() - 1));
    m_rows = newer + m_rows;
    endInsertRows();
    m_busy = false;
}

void HistoryModel::onRowInserted(qint64 id)
{
    Q_UNUSED(id);
    refreshNewRows();
}

void HistoryModel::onRowCompleted(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_store) {
        return;
    }
    std::optional<HistoryEntry> updated = m_store->entry(id);
    if (!updated) {
        return;
    }
    // The table keeps summaries only.
    updated->requestBody.clear();
    updated->responseBody.clear();
    updated->input = QJsonObject();
    m_rows[row] = *updated;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

/// Another program wrote to the file: its new rows are added as ours are, its replies fill the rows shown as
/// pending, and rows it removed (a clear, a retention pass) make the model start again.
void HistoryModel::onChangedElsewhere()
{
    if (!m_store || m_busy) {
        return;
    }
    if (!m_rows.isEmpty() && !m_store->entry(m_rows.constFirst().id)) {
        reload();
        return;
    }
    refreshNewRows();
    QList<qint64> pending;
    for (const HistoryEntry& row : std::as_const(m_rows)) {
        if (row.statusClass == HistoryEntry::StatusClass::Pending) {
            pending << row.id;
        }
    }
    for (qint64 id : std::as_const(pending)) {
        onRowCompleted(id);
    }
}

int HistoryModel::rowOf(qint64 id) const
{
    // Rows are in id order (descending or ascending): a binary search finds one among millions.
    const bool descending = m_order == Qt::DescendingOrder;
    const auto it
        = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, [descending](const HistoryEntry& entry, qint64 key) {
              return descending ? entry.id > key : entry.id < key;
          });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

qint64 HistoryModel::totalCount() const
{
    return m_store ? m_store->count(m_filter) : 0;
}

HistoryEntry HistoryModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : HistoryEntry();
}

std::optional<HistoryEntry> HistoryModel::entry(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_store) {
        return std::nullopt;
    }
    return m_store->entry(m_rows.at(row).id);
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::statusText(const HistoryEntry& entry)
{
    switch (entry.statusClass) {
        case HistoryEntry::StatusClass::Pending:
            return tr("Pending");
        case HistoryEntry::StatusClass::NotSent:
            return tr("Not sent: %1").arg(entry.networkError);
        case HistoryEntry::StatusClass::Cancelled:
            return tr("Cancelled while waiting; it may have reached the service");
        case HistoryEntry::StatusClass::Unknown:
            return tr("Unknown outcome, may have been applied: %1").arg(entry.networkError);
        case HistoryEntry::StatusClass::Success:
        case HistoryEntry::StatusClass::Rejected:
        case HistoryEntry::StatusClass::Failed:
            break;
    }
    if (entry.httpStatus == 0) {
        return entry.networkError;
    }
    const QString detail = entry.message.isEmpty() ? entry.networkError : entry.message;
    return detail.isEmpty() ? QString::number(entry.httpStatus)
                            : QStringLiteral("%1 %2").arg(entry.httpStatus).arg(detail);
}

QString HistoryModel::workspaceText(const HistoryEntry& entry)
{
    const QString name = entry.workspace.isEmpty() ? tr("(no workspace recorded)") : entry.workspace;
    return entry.sentToProduction() ? tr("%1 (production)").arg(name) : name;
}

/// The default locale's (View > Language, else the system's) short date and time; seconds added to its time
/// format, since requests sent within the same minute must still read apart.
QString HistoryModel::timeText(const QDateTime& time)
{
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(u's')) {
        timeFormat.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    }
    return locale.toString(time.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u' ' + timeFormat);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HistoryEntry& entry = m_rows.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TimeColumn:
                    return timeText(entry.time);
                case WorkspaceColumn:
                    return entry.workspace;
                case OperationColumn:
                    return entry.eventName.isEmpty()
                               ? Operations::displayName(entry.operation)
                               : tr("%1: %2").arg(Operations::displayName(entry.operation), entry.eventName);
                case UserColumn:
                    return entry.userLabel();
                case StatusColumn:
                    return statusText(entry);
                case ElapsedColumn:
                    return entry.isPending() || entry.statusClass == HistoryEntry::StatusClass::NotSent
                               ? QString()
                               : tr("%1 ms").arg(QLocale().toString(entry.elapsedMs));
            }
            return {};
        case Qt::ToolTipRole:
            switch (index.column()) {
                case TimeColumn:
                    return entry.time.toLocalTime().toString(Qt::ISODateWithMs);
                case WorkspaceColumn:
                    return workspaceText(entry);
                case UserColumn:
                    return entry.email.isEmpty() ? entry.userLabel()
                                                 : tr("%1 <%2>").arg(entry.userLabel(), entry.email);
                case StatusColumn:
                    return entry.networkError.isEmpty() ? statusText(entry) : entry.networkError;
                default:
                    return {};
            }
        case Qt::AccessibleTextRole:
            return index.column() == WorkspaceColumn ? QVariant(workspaceText(entry)) : QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == ElapsedColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        case RowIdRole:
            return entry.id;
        case StatusClassRole:
            return int(entry.statusClass);
        case TimeRole:
            return entry.time;
        case UserIdRole:
            return entry.userId;
        case EmailRole:
            return entry.email;
        case OperationRole:
            return Operations::key(entry.operation);
        case WorkspaceRole:
            return entry.workspace;
        case ProductionRole:
            return entry.sentToProduction();
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case WorkspaceColumn:
            return tr("Workspace");
        case OperationColumn:
            return tr("Operation");
        case UserColumn:
            return tr("User");
        case StatusColumn:
            return tr("Status");
        case ElapsedColumn:
            return tr("Elapsed");
    }
    return {};
}
