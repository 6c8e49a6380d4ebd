#include "core/bulk/CsvEncoding.h"

#include <QStringDecoder>

namespace CsvEncodings {

QString name(CsvEncoding encoding)
{
    switch (encoding) {
        case CsvEncoding::Utf8:
            return QStringLiteral("utf-8");
        case CsvEncoding::Utf8WithBom:
            return QStringLiteral("utf-8-bom");
        case CsvEncoding::Utf16LE:
            return QStringLiteral("utf-16le");
        case CsvEncoding::Utf16BE:
            return QStringLiteral("utf-16be");
        case CsvEncoding::Windows1252:
            return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<CsvEncoding> fromName(const QString& given)
{
    const QString key = given.trimmed().toLower();
    if (key == u"utf-8" || key == u"utf8")
        return CsvEncoding::Utf8;
    if (key == u"utf-8-bom" || key == u"utf8-bom")
        return CsvEncoding::Utf8WithBom;
    if (key == u"utf-16" || key == u"utf-16le" || key == u"utf16le")
        return CsvEncoding::Utf16LE;
    if (key == u"utf-16be" || key == u"utf16be")
        return CsvEncoding::Utf16BE;
    if (key == u"windows-1252" || key == u"cp1252")
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

QString acceptedNames()
{
    return QStringLiteral("utf-8, utf-8-bom, utf-16 (utf-16le), utf-16be, windows-1252 (cp1252)");
}

CsvEncoding detect(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return CsvEncoding::Utf8WithBom;
    if (head.startsWith("\xFF\xFE"))
        return CsvEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return CsvEncoding::Utf16BE;
    // A stateful decoder keeps a sequence cut at the end of `head` pending instead of calling it an error.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(head);
    Q_UNUSED(decoded);
    return decoder.hasError() ? CsvEncoding::Windows1252 : CsvEncoding::Utf8;
}

int bomLength(CsvEncoding encoding, QByteArrayView head)
{
    switch (encoding) {
        case CsvEncoding::Utf8:
        case CsvEncoding::Utf8WithBom:
            return head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        case CsvEncoding::Utf16LE:
            return head.startsWith("\xFF\xFE") ? 2 : 0;
        case CsvEncoding::Utf16BE:
            return head.startsWith("\xFE\xFF") ? 2 : 0;
        case CsvEncoding::Windows1252:
            return 0;
    }
    return 0;
}

} // namespace CsvEncodings
