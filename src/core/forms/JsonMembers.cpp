#include "core/forms/JsonMembers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The index just past the string that starts at `start` (a quote).
qsizetype endOfString(const QString& text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (text.at(i) == QLatin1Char('"')) {
            return i + 1;
        }
    }
    return text.size();
}

// The index of the comma or brace that ends the value starting at `start`.
qsizetype endOfValue(const QString& text, qsizetype start)
{
    int depth = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            i = endOfString(text, i) - 1;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (depth == 0) {
                return i;
            }
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            return i;
        }
    }
    return text.size();
}

qsizetype skipSpace(const QString& text, qsizetype i)
{
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    return i;
}

// One JSON value from its text, scalars included.
QJsonValue valueOf(const QString& text)
{
    return QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']')).array().first();
}

QString textOf(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

std::optional<QList<JsonMembers::Member>> JsonMembers::read(const QString& text)
{
    // Valid JSON first: the scan below can then trust the syntax.
    if (!QJsonDocument::fromJson(text.toUtf8()).isObject()) {
        return std::nullopt;
    }
    QList<Member> members;
    qsizetype i = skipSpace(text, 0) + 1; // past "{"
    while (true) {
        i = skipSpace(text, i);
        if (i >= text.size() || text.at(i) != QLatin1Char('"')) {
            break; // "}": the end
        }
        const qsizetype keyEnd = endOfString(text, i);
        Member member;
        member.key = valueOf(text.mid(i, keyEnd - i)).toString();
        const qsizetype valueStart = skipSpace(text, keyEnd) + 1; // past ":"
        const qsizetype valueEnd = endOfValue(text, valueStart);
        member.value = valueOf(text.mid(valueStart, valueEnd - valueStart).trimmed());
        members.append(member);
        i = valueEnd + 1; // past "," (or "}", and the loop ends)
    }
    return members;
}

QStringList JsonMembers::repeatedKeys(const QList<Member>& members)
{
    QStringList seen;
    QStringList repeated;
    for (const Member& member : members) {
        if (seen.contains(member.key) && !repeated.contains(member.key)) {
            repeated.append(member.key);
        }
        seen.append(member.key);
    }
    return repeated;
}

QString JsonMembers::write(const QList<Member>& members, bool indented)
{
    QStringList parts;
    for (const Member& member : members) {
        parts.append(textOf(QJsonValue(member.key)) + (indented ? QStringLiteral(": ") : QStringLiteral(":"))
                     + textOf(member.value));
    }
    if (!indented) {
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    return QStringLiteral("{\n    ") + parts.join(QStringLiteral(",\n    ")) + QStringLiteral("\n}\n");
}
