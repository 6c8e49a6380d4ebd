#include "app/history/HistoryWorkspaceDelegate.h"

#include "core/history/HistoryModel.h"

#include <QApplication>
#include <QStyle>

void HistoryWorkspaceDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(HistoryModel::ProductionRole).toBool()) {
        return;
    }
    option->font.setBold(true);
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
