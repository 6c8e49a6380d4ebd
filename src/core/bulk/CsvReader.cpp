#include "core/bulk/CsvReader.h"

#include <QIODevice>

CsvReader::CsvReader(QIODevice* device, CsvFormat format, qint64 chunkBytes)
    : m_device(device)
    , m_chunkBytes(chunkBytes)
    , m_format(format)
    , m_decoder(format.encoding)
{
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    // Drop what was consumed so the buffer holds at most the record being read plus one chunk.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray bytes = m_device->read(m_chunkBytes);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_bytesRead += bytes.size();
    m_buffer += m_decoder.decode(bytes);
    return true;
}

bool CsvReader::next(Record* record)
{
    if (hasError())
        return false;
    for (;;) {
        switch (parse(record)) {
            case Parse::Record:
                return true;
            case Parse::End:
            case Parse::Failed:
                return false;
            case Parse::NeedMore:
                if (m_buffer.size() - m_pos > MaxRecordChars) {
                    failRunaway();
                    return false;
                }
                fill();
                break;
        }
    }
}

void CsvReader::failRunaway()
{
    m_error = tr("Line %1: a record runs on for more than %2 characters; a quote is probably never closed.")
                  .arg(m_line)
                  .arg(MaxRecordChars);
}

CsvReader::Parse CsvReader::parse(Record* record)
{
    const QChar delimiter = m_format.delimiter;
    const qsizetype size = m_buffer.size();
    qsizetype pos = m_pos;
    qint64 line = m_line;

    // Skip empty lines (a record is never empty; a line holding only "" is a record with one empty cell).
    while (pos < size && (m_buffer.at(pos) == u'\n' || m_buffer.at(pos) == u'\r')) {
        if (m_buffer.at(pos) == u'\r') {
            if (pos + 1 == size && !m_atEnd)
                return Parse::NeedMore; // the \n of a CRLF may be in the next chunk
            if (pos + 1 < size && m_buffer.at(pos + 1) == u'\n')
                ++pos;
        }
        ++pos;
        ++line;
    }
    if (pos == size) {
        m_pos = pos;
        m_line = line;
        return m_atEnd ? Parse::End : Parse::NeedMore;
    }

    const qint64 startLine = line;
    QStringList cells;
    QString cell;
    for (;;) {
        // One cell, starting at pos.
        cell.clear();
        if (pos < size && m_buffer.at(pos) == u'"') {
            ++pos;
            for (;;) {
                if (pos == size) {
                    if (!m_atEnd)
                        return Parse::NeedMore;
                    m_error = tr("Line %1: a quoted cell is never closed.").arg(startLine);
                    return Parse::Failed;
                }
                const QChar c = m_buffer.at(pos);
                if (c == u'"') {
                    if (pos + 1 == size && !m_atEnd)
                        return Parse::NeedMore; // is it "" or the end of the cell?
                    if (pos + 1 < size && m_buffer.at(pos + 1) == u'"') {
                        cell += u'"';
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && !(pos + 1 < size && m_buffer.at(pos + 1) == u'\n')))
                    ++line;
                cell += c;
                ++pos;
            }
        }
        // The unquoted cell, or what follows a closing quote before the delimiter (kept, as spreadsheets do).
        while (pos < size) {
            const QChar c = m_buffer.at(pos);
            if (c == delimiter || c == u'\n' || c == u'\r')
                break;
            cell += c;
            ++pos;
        }
        if (pos == size && !m_atEnd)
            return Parse::NeedMore;
        cells.append(cell);
        if (pos == size)
            break; // the last line has no line end
        const QChar end = m_buffer.at(pos);
        if (end == delimiter) {
            ++pos;
            continue;
        }
        // A line end closes the record.
        if (end == u'\r') {
            if (pos + 1 == size && !m_atEnd)
                return Parse::NeedMore;
            if (pos + 1 < size && m_buffer.at(pos + 1) == u'\n')
                ++pos;
        }
        ++pos;
        ++line;
        break;
    }
    if (pos - m_pos > MaxRecordChars) {
        m_line = startLine;
        failRunaway();
        return Parse::Failed;
    }
    m_pos = pos;
    m_line = line;
    record->line = startLine;
    record->cells = std::move(cells);
    return Parse::Record;
}
