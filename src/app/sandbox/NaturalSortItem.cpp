#include "app/sandbox/NaturalSortItem.h"

#include <QCollator>

namespace {

// Text in the user's locale, ignoring case. QCollator's numeric mode needs ICU, which not every Qt build has,
// so the numbers are compared here.
const QCollator& textCollator()
{
    static const QCollator collator = [] {
        QCollator made;
        made.setCaseSensitivity(Qt::CaseInsensitive);
        return made;
    }();
    return collator;
}

// The run of digits or of other characters that starts at `from`.
QStringView chunkAt(QStringView text, qsizetype from)
{
    const bool digits = text.at(from).isDigit();
    qsizetype end = from;
    while (end < text.size() && text.at(end).isDigit() == digits) {
        ++end;
    }
    return text.mid(from, end - from);
}

int compareNumbers(QStringView a, QStringView b)
{
    // Leading zeros do not make a number larger; then the longer number is, and same lengths compare as text.
    while (a.size() > 1 && a.front() == QLatin1Char('0')) {
        a = a.mid(1);
    }
    while (b.size() > 1 && b.front() == QLatin1Char('0')) {
        b = b.mid(1);
    }
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    return a.compare(b);
}

} // namespace

NaturalSortItem::NaturalSortItem(const QString& text)
    : QTableWidgetItem(text)
{
    setToolTip(text);
}

int NaturalSortItem::compare(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QStringView left = chunkAt(a, i);
        const QStringView right = chunkAt(b, j);
        const bool numbers = left.front().isDigit() && right.front().isDigit();
        const int order = numbers ? compareNumbers(left, right) : textCollator().compare(left, right);
        if (order != 0) {
            return order < 0 ? -1 : 1;
        }
        i += left.size();
        j += right.size();
    }
    return i < a.size() ? 1 : (j < b.size() ? -1 : 0);
}

bool NaturalSortItem::operator<(const QTableWidgetItem& other) const
{
    return compare(text(), other.text()) < 0;
}
