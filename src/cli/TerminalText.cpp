#include "cli/TerminalText.h"

namespace {
bool acts(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format;
}
} // namespace

QString TerminalText::escaped(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), acts)) {
        return text;
    }
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (!acts(c)) {
            result += c;
        } else if (c.unicode() < 0x100) {
            result += QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0'));
        } else {
            result += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        }
    }
    return result;
}
