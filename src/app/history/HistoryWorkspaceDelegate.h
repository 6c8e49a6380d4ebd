#pragma once

#include <QStyledItemDelegate>

// Marks the history table's requests to Vero's production service in the workspace column: bold, with the
// style's warning icon, so they stand out without relying on colour (the tooltip and screen readers say
// "(production)").
class HistoryWorkspaceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so a test can see how a cell is marked.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
