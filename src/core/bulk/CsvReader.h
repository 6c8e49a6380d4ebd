#pragma once

#include "core/bulk/CsvDecoder.h"
#include "core/bulk/CsvFormat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

// Reads a CSV file (RFC 4180) one record at a time, in the memory of one record: quoted cells with the
// delimiter, newlines and doubled quotes inside, CRLF, LF or CR line ends, a last line without one. Empty lines
// are skipped. Lines are counted as a text editor shows them, so a message can say "line 1042" for a record
// that starts there even when an earlier cell held newlines. Lenient where spreadsheets are (a quote inside an
// unquoted cell is kept as it is), strict where data would be lost (a quote never closed, a record too long).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // A record longer than this is refused: in practice an unclosed quote swallowing the rest of the file.
    static constexpr qsizetype MaxRecordChars = 1024 * 1024;

    struct Record
    {
        qint64 line = 0; // the line the record starts on, from 1
        QStringList cells;
    };

    // Bytes read from the device at a time.
    static constexpr qint64 DefaultChunkBytes = 64 * 1024;

    // `device` must be open for reading and outlive the reader. Tests pass a tiny `chunkBytes` to split
    // records, quotes and line ends across reads.
    CsvReader(QIODevice* device, CsvFormat format, qint64 chunkBytes = DefaultChunkBytes);

    // The next record, or false at the end of the file or on an error (see hasError()).
    bool next(Record* record);

    bool hasError() const { return !m_error.isEmpty(); }
    // In words, with the line number.
    QString errorString() const { return m_error; }
    // True when some bytes were not valid in the file's encoding (they read as U+FFFD).
    bool hasEncodingError() const { return m_decoder.hasError(); }
    // How far into the file reading is, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Parse
    {
        Record,   // a record was read
        NeedMore, // the buffer ended inside a record: read more, then parse it again from its start
        End,      // no more records
        Failed,   // m_error says why
    };
    Parse parse(Record* record);
    bool fill();
    void failRunaway();

    QIODevice* m_device;
    qint64 m_chunkBytes;
    CsvFormat m_format;
    CsvDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    QString m_error;
};
