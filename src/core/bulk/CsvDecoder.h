#pragma once

#include "core/bulk/CsvEncoding.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

// Turns a CSV file's bytes into text chunk by chunk, whatever its encoding: a character split across two
// chunks is kept for the next one, and a byte-order mark at the start is dropped. Qt 6.4's QStringDecoder has
// no Windows-1252 without ICU, so that one is a table here.
class CsvDecoder
{
public:
    explicit CsvDecoder(CsvEncoding encoding);

    QString decode(QByteArrayView bytes);
    // True once a byte sequence was not valid in the encoding (it became U+FFFD).
    bool hasError() const;

private:
    CsvEncoding m_encoding;
    QStringDecoder m_decoder;
};
