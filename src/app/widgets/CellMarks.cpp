#include "app/widgets/CellMarks.h"

#include "app/style/StatePalette.h"

#include <QString>
#include <QTableWidget>

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
    // The error role's fill, readable under the view's text in light and dark themes.
    item->setData(Qt::BackgroundRole,
                  StatePalette(item->tableWidget() ? item->tableWidget()->palette() : QPalette())
                      .fill(StatePalette::Role::Error));
    item->setToolTip(tip);
}

bool CellMarks::isMarked(const QTableWidgetItem* item)
{
    return item && item->data(Qt::BackgroundRole).isValid();
}
