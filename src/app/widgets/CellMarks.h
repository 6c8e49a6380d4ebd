#pragma once

class QString;
class QTableWidget;
class QTableWidgetItem;

// How the channels and properties tables mark a cell whose content would be refused: a red background and the
// message as the cell's tooltip, as the field's message below the table says it.
namespace CellMarks {
// Takes every mark off `table`.
void clear(QTableWidget* table);
// Marks `item`; a second message for the same cell goes on a line of its own.
void mark(QTableWidgetItem* item, const QString& message);
bool isMarked(const QTableWidgetItem* item);
} // namespace CellMarks
