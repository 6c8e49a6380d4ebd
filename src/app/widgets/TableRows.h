#pragma once

class QTableWidget;

// Row handling the channels and properties tables share.
namespace TableRows {
// Removes every selected row, last first so the indexes of the others stay right. Returns how many went.
int removeSelected(QTableWidget* table);
} // namespace TableRows
