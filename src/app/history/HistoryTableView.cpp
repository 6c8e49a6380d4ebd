#include "app/history/HistoryTableView.h"

#include "app/history/HistoryStatusDelegate.h"
#include "app/history/HistoryWorkspaceDelegate.h"
#include "core/history/HistoryModel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace {
// Row height and column padding beyond the font's height and text, in pixels.
constexpr int RowPadding = 8;
constexpr int ColumnPadding = 8;
// Widths in average characters: the user column, the least a status keeps ("400 Bad request."), the least any
// column can be dragged to.
constexpr int UserColumnChars = 20;
constexpr int WorkspaceColumnChars = 12;
constexpr int ReadableStatusChars = 18;
constexpr int MinimumColumnChars = 6;
} // namespace

HistoryTableView::HistoryTableView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView* header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Rows come from the store by id: the only order is time, newest or oldest first.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (m_model && section == HistoryModel::TimeColumn) {
            m_model->setOrder(m_model->order() == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
        // A click on another column moved the indicator there; time is still the order.
        updateSortIndicator();
    });
}

void HistoryTableView::setHistoryModel(HistoryModel* model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    setModel(model);
    setItemDelegateForColumn(HistoryModel::StatusColumn, new HistoryStatusDelegate(this));
    setItemDelegateForColumn(HistoryModel::WorkspaceColumn, new HistoryWorkspaceDelegate(this));
    fitColumnsToFont();
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateSortIndicator();
        emit currentRowChanged(currentRow());
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        emit currentRowChanged(current.isValid() ? current.row() : -1);
    });
    updateSortIndicator();
}

bool HistoryTableView::selectEntry(qint64 id)
{
    if (!m_model) {
        return false;
    }
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

int HistoryTableView::currentRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

void HistoryTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitStatusColumn();
}

void HistoryTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("historyContextMenu"));
    for (QAction* action : std::as_const(m_menuActions)) {
        if (action) {
            menu.addAction(action);
        } else {
            menu.addSeparator();
        }
    }
    // From the keyboard (Menu key, Shift+F10) the position means nothing: open at the current row instead.
    QPoint at = event->globalPos();
    const QModelIndex current = currentIndex();
    if (event->reason() == QContextMenuEvent::Keyboard && current.isValid()) {
        at = viewport()->mapToGlobal(visualRect(current).bottomLeft());
    }
    menu.exec(at);
}

/// Widths from the font, not the rows.
void HistoryTableView::fitColumnsToFont()
{
    const QFontMetrics metrics = fontMetrics();
    verticalHeader()->setDefaultSectionSize(metrics.height() + RowPadding);
    const int padding = 2 * metrics.averageCharWidth() + ColumnPadding;
    QHeaderView* header = horizontalHeader();
    header->resizeSection(HistoryModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("8888-88-88 88:88:88")) + padding);
    header->resizeSection(HistoryModel::OperationColumn,
                          metrics.horizontalAdvance(QStringLiteral("Track event: signed_up")) + padding);
    header->resizeSection(HistoryModel::UserColumn, metrics.averageCharWidth() * UserColumnChars + padding);
    // Room for the production marker's icon too.
    header->resizeSection(HistoryModel::WorkspaceColumn,
                          metrics.averageCharWidth() * WorkspaceColumnChars + metrics.height() + padding);
    const QString elapsedTitle = m_model->headerData(HistoryModel::ElapsedColumn, Qt::Horizontal).toString();
    header->resizeSection(
        HistoryModel::ElapsedColumn,
        qMax(metrics.horizontalAdvance(QStringLiteral("88888 ms")), metrics.horizontalAdvance(elapsedTitle)) + padding);
    header->setMinimumSectionSize(metrics.averageCharWidth() * MinimumColumnChars);
    fitStatusColumn();
}

/// The status column takes the room the others leave, but keeps enough to be read in a narrow dock, where the
/// table scrolls sideways instead.
void HistoryTableView::fitStatusColumn()
{
    QHeaderView* header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        if (column != HistoryModel::StatusColumn) {
            others += header->sectionSize(column);
        }
    }
    const int readable = fontMetrics().averageCharWidth() * ReadableStatusChars;
    header->resizeSection(HistoryModel::StatusColumn, qMax(readable, viewport()->width() - others));
}

void HistoryTableView::updateSortIndicator()
{
    if (!m_model) {
        return;
    }
    QHeaderView* header = horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(HistoryModel::TimeColumn, m_model->order());
}
