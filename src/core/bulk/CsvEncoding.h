#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// The encodings a CSV from a spreadsheet arrives in. Vero's own import takes only UTF-8 without a BOM; Excel
// writes UTF-8 with a BOM, UTF-16 with a BOM ("Unicode text") or, in German, French and Spanish locales,
// Windows-1252. The reader decodes all of them.
enum class CsvEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

namespace CsvEncodings {

// The name shown and accepted by `--encoding`: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252".
QString name(CsvEncoding encoding);
// Parses a name case-insensitively; also takes "utf8", "utf-16" (little endian, as Windows writes it) and
// "cp1252". Nothing for an unknown name.
std::optional<CsvEncoding> fromName(const QString& name);
// All names `fromName` takes, for messages and --help.
QString acceptedNames();

// What the bytes at the start of a file say: a byte-order mark decides; otherwise UTF-8 when the bytes are
// valid UTF-8 (an incomplete sequence cut at the end of `head` is not an error), else Windows-1252.
CsvEncoding detect(QByteArrayView head);
// The length of the byte-order mark that `encoding` starts with in `head` (0 when none).
int bomLength(CsvEncoding encoding, QByteArrayView head);

} // namespace CsvEncodings
