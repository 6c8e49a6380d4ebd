#include "app/history/HistoryStatusDelegate.h"

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryModel.h"

#include "app/style/StatePalette.h"

void HistoryStatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = HistoryEntry::StatusClass(index.data(HistoryModel::StatusClassRole).toInt());
    StatePalette::Role role = StatePalette::Role::Neutral;
    switch (status) {
        case HistoryEntry::StatusClass::Success:
            role = StatePalette::Role::Success;
            break;
        case HistoryEntry::StatusClass::Rejected:
        case HistoryEntry::StatusClass::Cancelled:
        case HistoryEntry::StatusClass::Unknown:
            role = StatePalette::Role::Warning;
            break;
        case HistoryEntry::StatusClass::Failed:
        case HistoryEntry::StatusClass::NotSent:
            role = StatePalette::Role::Error;
            break;
        case HistoryEntry::StatusClass::Pending:
            option->font.setItalic(true);
            return;
    }
    // Selected rows keep the highlighted text colour, which the style sets apart from this one.
    option->palette.setColor(QPalette::Text, StatePalette(option->palette).text(role));
}
