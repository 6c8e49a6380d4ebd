#pragma once

#include <QByteArray>
#include <QJsonDocument>

// Compact JSON that is safe to print: QJsonDocument escapes the C0 controls but writes DEL, the C1 controls
// (U+0080-U+009F, which some terminals act on), the line separators U+2028/U+2029 and the invisible formatting
// characters (bidirectional overrides) as they are. Here they go out as \uXXXX: the same JSON value, so what
// veroctl prints (--json, a dry run's curl) and what it sends can be the same bytes and never act on a terminal.
class SafeJson
{
public:
    [[nodiscard]] static QByteArray compact(const QJsonDocument& document);
};
