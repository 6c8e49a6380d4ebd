#pragma once

#include <QStyledItemDelegate>

// Colours the history table's status column by outcome, so refused and failed requests stand out while
// scrolling. The text still says the outcome: colour is never the only cue.
class HistoryStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
