#include "core/bulk/CsvWriter.h"

namespace CsvWriter {

QString record(const QStringList& cells, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const QString& cell = cells.at(i);
        const bool quote
            = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
        if (quote) {
            QString escaped = cell;
            escaped.replace(u'"', QStringLiteral("\"\""));
            line += u'"' + escaped + u'"';
        } else {
            line += cell;
        }
    }
    return line + QStringLiteral("\r\n");
}

} // namespace CsvWriter
