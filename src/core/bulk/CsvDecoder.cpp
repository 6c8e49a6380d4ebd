#include "core/bulk/CsvDecoder.h"

namespace {

QStringDecoder::Encoding qtEncoding(CsvEncoding encoding)
{
    switch (encoding) {
        case CsvEncoding::Utf16LE:
            return QStringDecoder::Utf16LE;
        case CsvEncoding::Utf16BE:
            return QStringDecoder::Utf16BE;
        default:
            return QStringDecoder::Utf8;
    }
}

// Windows-1252 is Latin-1 except for 0x80-0x9F, where it has typographic characters (the euro sign, curly
// quotes, dashes) that Excel exports are full of. The five bytes it leaves undefined map to the C1 controls,
// as Windows itself does.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = (value >= 0x80 && value < 0xA0) ? QChar(Windows1252High[value - 0x80]) : QChar(char16_t(value));
    }
    return text;
}

} // namespace

CsvDecoder::CsvDecoder(CsvEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding))
{
}

QString CsvDecoder::decode(QByteArrayView bytes)
{
    if (m_encoding == CsvEncoding::Windows1252)
        return decodeWindows1252(bytes);
    // QStringDecoder drops a leading byte-order mark itself; the Utf8 decoder does so for UTF-8 with or without
    // one, so both CsvEncoding::Utf8 and Utf8WithBom read the same.
    return m_decoder.decode(bytes);
}

bool CsvDecoder::hasError() const
{
    return m_encoding != CsvEncoding::Windows1252 && m_decoder.hasError();
}
