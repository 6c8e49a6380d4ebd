#include "app/widgets/CellMarks.h"

#include <QColor>
#include <QString>
#include <QTableWidget>

namespace {
// A pale red under dark text, as the field messages' red.
QColor markColour()
{
    return QColor(0xff, 0xeb, 0xee);
}
} // namespace

void CellMarks::clear(QTableWidget* table)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QTableWidgetItem* item = table->item(row, column); item && isMarked(item)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
        }
    }
}

void CellMarks::mark(QTableWidgetItem* item, const QString& message)
{
    if (!item) {
        return;
    }
    const QString tip
        = isMarked(item) && !item->toolTip().isEmpty() ? item->toolTip() + QLatin1Char('\n') + message : message;
    item->setData(Qt::BackgroundRole, markColour());
    item->setToolTip(tip);
}

bool CellMarks::isMarked(const QTableWidgetItem* item)
{
    return item && item->data(Qt::BackgroundRole).isValid();
}
