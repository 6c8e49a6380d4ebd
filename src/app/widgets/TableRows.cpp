#include "app/widgets/TableRows.h"

#include <QItemSelectionModel>
#include <QTableWidget>

#include <algorithm>
#include <functional>

int TableRows::removeSelected(QTableWidget* table)
{
    QList<int> selected;
    for (const QModelIndex& index : table->selectionModel()->selectedRows()) {
        selected.append(index.row());
    }
    std::sort(selected.begin(), selected.end(), std::greater<>());
    for (int row : selected) {
        table->removeRow(row);
    }
    return int(selected.size());
}
