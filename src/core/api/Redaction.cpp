#include "core/api/Redaction.h"

#include "core/api/WireRequest.h"

#include <QList>
#include <QStringDecoder>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <bitset>
#include <utility>

namespace {

using Ends = QVarLengthArray<qsizetype, 8>;
// Enough for every way the forms below can overlap; more would only be a text built to slow the search down.
constexpr qsizetype MaxEnds = 64;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

// Whether `text` holds `digits` hex digits at `pos` (either case) that read as `value`.
bool hexAt(QStringView text, qsizetype pos, char32_t value, int digits)
{
    if (pos + digits > text.size()) {
        return false;
    }
    char32_t read = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = hexValue(text.at(pos + i));
        if (digit < 0) {
            return false;
        }
        read = read * 16 + char32_t(digit);
    }
    return read == value;
}

bool textAt(QStringView text, qsizetype pos, QStringView expected)
{
    return text.sliced(pos).startsWith(expected);
}

void addEnd(Ends& ends, qsizetype end)
{
    if (ends.size() < MaxEnds && !ends.contains(end)) {
        ends.append(end);
    }
}

// "%HH" or, encoded twice, "%25HH", for each UTF-8 byte of the character.
void percentForms(QStringView text, qsizetype pos, const QByteArray& utf8, Ends& ends)
{
    Ends positions {pos};
    for (const char byte : utf8) {
        Ends next;
        for (const qsizetype at : positions) {
            if (!textAt(text, at, u"%")) {
                continue;
            }
            if (hexAt(text, at + 1, uchar(byte), 2)) {
                addEnd(next, at + 3);
            }
            if (hexAt(text, at + 1, 0x25, 2) && hexAt(text, at + 3, uchar(byte), 2)) {
                addEnd(next, at + 5);
            }
        }
        positions = next;
    }
    for (const qsizetype end : positions) {
        addEnd(ends, end);
    }
}

char16_t shortJsonEscape(char32_t c)
{
    switch (c) {
        case U'/':
            return u'/';
        case U'"':
            return u'"';
        case U'\b':
            return u'b';
        case U'\f':
            return u'f';
        case U'\n':
            return u'n';
        case U'\r':
            return u'r';
        case U'\t':
            return u't';
        default:
            return 0;
    }
}

// JSON escapes, with any run of backslashes in front: JSON inside a JSON string doubles them (\\\/, \\u002f).
void jsonForms(QStringView text, qsizetype pos, char32_t c, Ends& ends)
{
    qsizetype after = pos;
    while (after < text.size() && text.at(after) == u'\\') {
        ++after;
    }
    const qsizetype run = after - pos;
    if (run == 0) {
        return;
    }
    if (c == U'\\') {
        for (qsizetype end = pos + 2; end <= after; ++end) { // "\\", "\\\\", ...
            addEnd(ends, end);
        }
        return;
    }
    if (const char16_t escape = shortJsonEscape(c); escape && textAt(text, after, QStringView(&escape, 1))) {
        addEnd(ends, after + 1);
    }
    if (c <= 0xFFFF) {
        if (textAt(text, after, u"u") && hexAt(text, after + 1, c, 4)) {
            addEnd(ends, after + 5);
        }
        return;
    }
    // A pair of \u escapes for the two surrogates, each with the same run of backslashes.
    const char32_t high = 0xD800 + ((c - 0x10000) >> 10);
    const char32_t low = 0xDC00 + ((c - 0x10000) & 0x3FF);
    const qsizetype second = after + 5;
    if (textAt(text, after, u"u") && hexAt(text, after + 1, high, 4) && second + run + 5 <= text.size()
        && text.sliced(second, run).count(u'\\') == run && textAt(text, second + run, u"u")
        && hexAt(text, second + run + 1, low, 4)) {
        addEnd(ends, second + run + 5);
    }
}

// "&#47;", "&#x2F;", "&amp;" and the other named references of HTML and XML.
void htmlForms(QStringView text, qsizetype pos, char32_t c, Ends& ends)
{
    if (!textAt(text, pos, u"&")) {
        return;
    }
    struct Named
    {
        char32_t character;
        QStringView name;
    };
    for (const Named& named : {Named {U'&', u"&amp;"},
                               Named {U'<', u"&lt;"},
                               Named {U'>', u"&gt;"},
                               Named {U'"', u"&quot;"},
                               Named {U'\'', u"&apos;"}}) {
        if (named.character == c && textAt(text, pos, named.name)) {
            addEnd(ends, pos + named.name.size());
        }
    }
    if (!textAt(text, pos, u"&#")) {
        return;
    }
    const bool hex = pos + 2 < text.size() && (text.at(pos + 2) == u'x' || text.at(pos + 2) == u'X');
    const int base = hex ? 16 : 10;
    qsizetype at = pos + (hex ? 3 : 2);
    quint64 value = 0;
    const qsizetype digitsStart = at;
    while (at < text.size() && at - digitsStart < 12) {
        const int digit = hexValue(text.at(at));
        if (digit < 0 || digit >= base) {
            break;
        }
        value = value * quint64(base) + quint64(digit);
        ++at;
    }
    if (at > digitsStart && at < text.size() && text.at(at) == u';' && value == c) {
        addEnd(ends, at + 1);
    }
}

// Where each form of the character `c` that starts at `pos` ends.
Ends characterEnds(QStringView text, qsizetype pos, char32_t c)
{
    Ends ends;
    if (pos >= text.size()) {
        return ends;
    }
    const char32_t units[] = {c};
    const QString literal = QString::fromUcs4(units, 1);
    if (textAt(text, pos, literal)) {
        addEnd(ends, pos + literal.size());
    }
    const QChar first = text.at(pos);
    if (first == u'%') {
        percentForms(text, pos, literal.toUtf8(), ends);
        if (c <= 0xFFFF && pos + 1 < text.size() && (text.at(pos + 1) == u'u' || text.at(pos + 1) == u'U')
            && hexAt(text, pos + 2, c, 4)) {
            addEnd(ends, pos + 6); // JavaScript's escape()
        }
    } else if (first == u'\\') {
        jsonForms(text, pos, c, ends);
    } else if (first == u'&') {
        htmlForms(text, pos, c, ends);
    } else if (first == u'+' && c == U' ') {
        addEnd(ends, pos + 1);
    }
    return ends;
}

// The end of the longest match of `needle` (as code points) at `pos`, or -1. Follows every form of every
// character at once, so forms mixed within one token match too.
qsizetype matchAt(QStringView text, qsizetype pos, const QList<uint>& needle)
{
    Ends positions {pos};
    for (const uint c : needle) {
        Ends next;
        for (const qsizetype at : positions) {
            for (const qsizetype end : characterEnds(text, at, c)) {
                addEnd(next, end);
            }
        }
        if (next.isEmpty()) {
            return -1;
        }
        positions = next;
    }
    return *std::max_element(positions.cbegin(), positions.cend());
}

// The secret's needles and the characters a match of any of them can start with: a text is scanned once, and
// only where one of those stands is each needle tried.
struct Needles
{
    QList<QList<uint>> forms;
    QList<char16_t> firstUnits;  // sorted; a high surrogate stands for every character past U+FFFF
    std::bitset<128> asciiFirst; // the ASCII ones of firstUnits, looked up for every character of a text

    bool mayStartWith(char16_t unit) const
    {
        return unit < 128 ? asciiFirst.test(unit) : std::binary_search(firstUnits.cbegin(), firstUnits.cend(), unit);
    }
};

Needles needlesWithStarts(QList<QList<uint>> forms)
{
    Needles needles;
    needles.forms = std::move(forms);
    needles.firstUnits = {u'%', u'\\', u'&'}; // percent, JSON and HTML forms of any character
    for (const QList<uint>& form : std::as_const(needles.forms)) {
        const char32_t first = form.first();
        if (first == U' ') {
            needles.firstUnits.append(u'+');
        }
        if (first <= 0xFFFF) {
            needles.firstUnits.append(char16_t(first));
        } else {
            for (char16_t high = 0xD800; high <= 0xDBFF; ++high) {
                needles.firstUnits.append(high);
            }
        }
    }
    std::sort(needles.firstUnits.begin(), needles.firstUnits.end());
    needles.firstUnits.erase(std::unique(needles.firstUnits.begin(), needles.firstUnits.end()),
                             needles.firstUnits.end());
    for (const char16_t unit : std::as_const(needles.firstUnits)) {
        if (unit < 128) {
            needles.asciiFirst.set(unit);
        }
    }
    return needles;
}

QString redactText(const QString& text, const Needles& needles)
{
    const QString mask = QString(WireRequest::Redacted);
    QString result;
    qsizetype copiedUpTo = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (!needles.mayStartWith(text.at(pos).unicode())) {
            ++pos;
            continue;
        }
        qsizetype best = -1;
        for (const QList<uint>& needle : needles.forms) {
            best = std::max(best, matchAt(text, pos, needle)); // -1 at once for a needle that cannot start here
        }
        if (best > pos) {
            result += QStringView(text).sliced(copiedUpTo, pos - copiedUpTo);
            result += mask;
            pos = copiedUpTo = best;
        } else {
            ++pos;
        }
    }
    if (copiedUpTo == 0) {
        return text;
    }
    result += QStringView(text).sliced(copiedUpTo);
    return result;
}

bool worthRedacting(const QString& secret)
{
    return secret.size() >= Redaction::MinimumSecretLength && secret != WireRequest::Redacted;
}

const Needles& needlesFor(const QString& secret)
{
    // Worked out once per secret: a bulk run redacts several texts per request, thousands a second, with one.
    thread_local QString lastSecret;
    thread_local Needles lastNeedles;
    if (!lastNeedles.forms.isEmpty() && lastSecret == secret) {
        return lastNeedles;
    }
    QList<QList<uint>> needles {secret.toUcs4()};
    // A secret that itself holds %XX, as a server that percent-decodes what it echoes shows it.
    const QString decoded = QUrl::fromPercentEncoding(secret.toUtf8());
    if (decoded != secret && worthRedacting(decoded)) {
        needles.append(decoded.toUcs4());
    }
    const QStringList forms = Redaction::base64Forms(secret);
    for (const QString& form : forms) {
        needles.append(form.toUcs4());
    }
    lastSecret = secret;
    lastNeedles = needlesWithStarts(std::move(needles));
    return lastNeedles;
}

} // namespace

QStringList Redaction::base64Forms(const QString& secret)
{
    // The secret as it travels: as typed, percent-encoded in a query, JSON-escaped in a body. A server that
    // encodes the whole request in Base64 encodes one of these.
    QString jsonEscaped = secret;
    jsonEscaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    QList<QByteArray> travelling {secret.toUtf8(), QUrl::toPercentEncoding(secret), jsonEscaped.toUtf8()};
    // Inside a longer Base64 text the secret's bytes may start at any of three offsets in a 3-byte group; the
    // characters that encode the secret's bytes alone are the same whatever surrounds them.
    constexpr qsizetype MinimumEmbeddedLength = 8;
    QStringList forms;
    for (const QByteArray& bytes : travelling) {
        for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            forms << QString::fromLatin1(bytes.toBase64(alphabet))
                  << QString::fromLatin1(bytes.toBase64(alphabet | QByteArray::OmitTrailingEquals));
            for (int offset = 0; offset < 3; ++offset) {
                const QByteArray encoded
                    = QByteArray(QByteArray(offset, '\0') + bytes).toBase64(alphabet | QByteArray::OmitTrailingEquals);
                const qsizetype front = offset == 0 ? 0 : offset + 1;
                const qsizetype back = (offset + bytes.size()) % 3 == 0 ? 0 : 1;
                if (encoded.size() - front - back >= MinimumEmbeddedLength) {
                    forms << QString::fromLatin1(encoded.mid(front, encoded.size() - front - back));
                }
            }
        }
    }
    forms.removeDuplicates();
    return forms;
}

QString Redaction::redact(const QString& text, const QString& secret)
{
    if (!worthRedacting(secret) || text.isEmpty()) {
        return text;
    }
    return redactText(text, needlesFor(secret));
}

QByteArray Redaction::redact(const QByteArray& bytes, const QString& secret)
{
    if (!worthRedacting(secret) || bytes.isEmpty()) {
        return bytes;
    }
    // Stateless: a sequence cut at the end is an error, not something to wait for.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (!decoder.hasError()) {
        const QString redacted = redactText(text, needlesFor(secret));
        return redacted.size() == text.size() && redacted == text ? bytes : redacted.toUtf8();
    }
    // Not UTF-8: one character per byte, so the secret's own UTF-8 bytes match as raw bytes, and every
    // other byte comes back as it was.
    const QString latin1 = QString::fromLatin1(bytes);
    QList<QList<uint>> forms = needlesFor(secret).forms;
    forms.append(QString::fromLatin1(secret.toUtf8()).toUcs4());
    const QString redacted = redactText(latin1, needlesWithStarts(std::move(forms)));
    return redacted == latin1 ? bytes : redacted.toLatin1();
}

bool Redaction::contains(const QString& text, const QString& secret)
{
    return worthRedacting(secret) && redact(text, secret) != text;
}
