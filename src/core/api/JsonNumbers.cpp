#include "core/api/JsonNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isNumberCharacter(QChar c)
{
    return isDigit(c) || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

} // namespace

QString JsonNumbers::canonical(QStringView number)
{
    qsizetype at = 0;
    const bool negative = number.startsWith(u'-');
    if (negative) {
        ++at;
    }
    QString digits;
    qint64 exponent = 0;
    const qsizetype integerStart = at;
    while (at < number.size() && isDigit(number.at(at))) {
        digits += number.at(at++);
    }
    if (at == integerStart) {
        return {};
    }
    if (at < number.size() && number.at(at) == u'.') {
        ++at;
        const qsizetype fractionStart = at;
        while (at < number.size() && isDigit(number.at(at))) {
            digits += number.at(at++);
        }
        if (at == fractionStart) {
            return {};
        }
        exponent -= at - fractionStart;
    }
    if (at < number.size() && (number.at(at) == u'e' || number.at(at) == u'E')) {
        bool ok = false;
        const qint64 written = number.sliced(at + 1).toLongLong(&ok);
        // An exponent too large to read is too large for any number that could be sent.
        if (!ok || written > 1000000 || written < -1000000) {
            return {};
        }
        exponent += written;
        at = number.size();
    }
    if (at != number.size()) {
        return {};
    }
    while (digits.startsWith(u'0')) {
        digits.remove(0, 1);
    }
    if (digits.isEmpty()) {
        return QStringLiteral("0"); // -0 and 0 are the same number
    }
    while (digits.endsWith(u'0')) {
        digits.chop(1);
        ++exponent;
    }
    return (negative ? QStringLiteral("-") : QString()) + digits + QLatin1Char('e') + QString::number(exponent);
}

QString JsonNumbers::asSent(QStringView number)
{
    const QByteArray array = '[' + number.toUtf8() + ']';
    const QJsonDocument document = QJsonDocument::fromJson(array);
    if (!document.isArray() || document.array().size() != 1) {
        return {};
    }
    const QByteArray written = document.toJson(QJsonDocument::Compact);
    return QString::fromUtf8(written.mid(1, written.size() - 2));
}

std::optional<JsonNumbers::Inexact> JsonNumbers::firstInexact(QStringView json)
{
    bool inString = false;
    for (qsizetype at = 0; at < json.size(); ++at) {
        const QChar c = json.at(at);
        if (inString) {
            if (c == u'\\') {
                ++at; // the escaped character cannot end the string
            } else if (c == u'"') {
                inString = false;
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
            continue;
        }
        if (!isDigit(c) && c != u'-') {
            continue;
        }
        qsizetype end = at;
        while (end < json.size() && isNumberCharacter(json.at(end))) {
            ++end;
        }
        const QStringView typed = json.sliced(at, end - at);
        at = end - 1;
        const QString typedValue = canonical(typed);
        if (typedValue.isEmpty()) {
            continue; // not a number: the parser says so
        }
        const QString sent = asSent(typed);
        if (!sent.isEmpty() && canonical(sent) != typedValue) {
            return Inexact {typed.toString(), sent};
        }
    }
    return std::nullopt;
}
