#include "core/bulk/CsvFormat.h"

#include "core/bulk/CsvDecoder.h"

#include <QList>

#include <array>

namespace {

constexpr std::array<QChar, 3> Candidates = {QChar(u','), QChar(u';'), QChar(u'\t')};
// Lines looked at when choosing the delimiter; enough to see a pattern, few enough to be instant.
constexpr int SniffLines = 50;

// How often each candidate occurs outside quotes on each of the first lines (quoted newlines do not end one).
QList<std::array<int, Candidates.size()>> countPerLine(const QString& text)
{
    QList<std::array<int, Candidates.size()>> lines;
    std::array<int, Candidates.size()> current {};
    bool inQuotes = false;
    bool lineHasText = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasText)
                lines.append(current);
            current = {};
            lineHasText = false;
            if (lines.size() >= SniffLines)
                break;
            continue;
        } else if (!inQuotes) {
            for (size_t i = 0; i < Candidates.size(); ++i) {
                if (c == Candidates[i])
                    ++current[i];
            }
        }
        lineHasText = true;
    }
    // The last line counts only when the head holds the whole file (it may be cut otherwise), which the caller
    // cannot say; a line that agrees with the others does no harm and one cut short is outvoted below.
    if (lineHasText && lines.size() < SniffLines)
        lines.append(current);
    return lines;
}

QChar chooseDelimiter(const QString& text)
{
    const auto lines = countPerLine(text);
    if (lines.isEmpty())
        return u',';
    // The delimiter is the candidate in the header that most lines repeat exactly as often; ties go to the
    // earlier candidate (comma, then semicolon, then tab).
    int best = -1;
    int bestScore = 0;
    for (size_t i = 0; i < Candidates.size(); ++i) {
        const int inHeader = lines.first()[i];
        if (inHeader == 0)
            continue;
        int score = 0;
        for (const auto& line : lines) {
            if (line[i] == inHeader)
                ++score;
        }
        if (score > bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    return best < 0 ? QChar(u',') : Candidates[size_t(best)];
}

} // namespace

CsvFormat CsvFormat::detect(QByteArrayView head, std::optional<CsvEncoding> encoding, std::optional<QChar> delimiter)
{
    CsvFormat format;
    format.encodingDetected = !encoding.has_value();
    format.encoding = encoding.value_or(CsvEncodings::detect(head));
    format.delimiterDetected = !delimiter.has_value();
    if (delimiter) {
        format.delimiter = *delimiter;
    } else {
        CsvDecoder decoder(format.encoding);
        format.delimiter = chooseDelimiter(decoder.decode(head));
    }
    return format;
}

std::optional<QChar> CsvFormat::delimiterFromName(const QString& name)
{
    const QString key = name.toLower();
    if (key == u"," || key == u"comma")
        return QChar(u',');
    if (key == u";" || key == u"semicolon")
        return QChar(u';');
    if (key == u"tab" || key == u"\t")
        return QChar(u'\t');
    if (key == u"|" || key == u"pipe")
        return QChar(u'|');
    return std::nullopt;
}

QString CsvFormat::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
        case u',':
            return QStringLiteral("comma");
        case u';':
            return QStringLiteral("semicolon");
        case u'\t':
            return QStringLiteral("tab");
        case u'|':
            return QStringLiteral("pipe");
        default:
            return QString(delimiter);
    }
}

QString CsvFormat::describe() const
{
    const QString detected = tr(" (detected)");
    return tr("%1%2, %3-separated%4")
        .arg(CsvEncodings::name(encoding),
             encodingDetected ? detected : QString(),
             delimiterName(delimiter),
             delimiterDetected ? detected : QString());
}
