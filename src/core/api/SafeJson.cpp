#include "core/api/SafeJson.h"

#include <QString>

namespace {
bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029 || c.category() == QChar::Other_Format;
}
} // namespace

QByteArray SafeJson::compact(const QJsonDocument& document)
{
    const QByteArray json = document.toJson(QJsonDocument::Compact);
    // Every byte below 0x7F stands for itself, so pure ASCII JSON has nothing to escape.
    if (std::all_of(json.cbegin(), json.cend(), [](char byte) { return uchar(byte) < 0x7F; })) {
        return json;
    }
    const QString text = QString::fromUtf8(json);
    QString escaped;
    escaped.reserve(text.size());
    // These characters can only be inside JSON strings (the structure is ASCII), where \uXXXX means the same.
    for (const QChar c : text) {
        if (needsEscape(c)) {
            escaped += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        } else {
            escaped += c;
        }
    }
    return escaped.toUtf8();
}
