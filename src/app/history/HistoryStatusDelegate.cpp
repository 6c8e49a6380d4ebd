#include "app/history/HistoryStatusDelegate.h"

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryModel.h"

#include <QPalette>

namespace {
// A base colour darker than this (HSL lightness, 0 to 255) is a dark theme, where the status colours are
// lightened by this factor (percent) to keep their contrast.
constexpr int DarkBaseLightness = 128;
constexpr int DarkThemeLightening = 170;
} // namespace

void HistoryStatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = HistoryEntry::StatusClass(index.data(HistoryModel::StatusClassRole).toInt());
    QColor colour;
    switch (status) {
        case HistoryEntry::StatusClass::Success:
            colour = QColor(0x1b, 0x7f, 0x3b); // green, readable on light and selected rows alike
            break;
        case HistoryEntry::StatusClass::Rejected:
        case HistoryEntry::StatusClass::Cancelled:
        case HistoryEntry::StatusClass::Unknown:
            colour = QColor(0xb3, 0x5c, 0x00); // amber
            break;
        case HistoryEntry::StatusClass::Failed:
        case HistoryEntry::StatusClass::NotSent:
            colour = QColor(0xc0, 0x1c, 0x28); // red
            break;
        case HistoryEntry::StatusClass::Pending:
            option->font.setItalic(true);
            return;
    }
    // Dark themes: lighten so the colour keeps its contrast.
    if (option->palette.color(QPalette::Base).lightness() < DarkBaseLightness) {
        colour = colour.lighter(DarkThemeLightening);
    }
    option->palette.setColor(QPalette::Text, colour);
}
