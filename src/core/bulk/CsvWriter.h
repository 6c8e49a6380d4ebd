#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

// Writes CSV records as Vero's own import wants them and as CsvReader reads them back: UTF-8 without a BOM,
// comma-separated, CRLF line ends, a cell quoted when it holds the delimiter, a quote or a line end.
namespace CsvWriter {

QString record(const QStringList& cells, QChar delimiter = u',');

} // namespace CsvWriter
