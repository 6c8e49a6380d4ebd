#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Hides the credential in text that came from a server (its message, body or headers) before that text is
// printed, stored, exported or shown. A server or proxy that echoes the request back may return the credential
// in any encoding it likes, and may mix them within one token, so every character of the credential is matched
// in each form it can take:
//   as typed; percent-encoded (%2F or %2f, and %252F when encoded twice; "+" for a space; %uXXXX);
//   JSON-escaped (\/, \", \\, \uXXXX in either case, surrogate pairs); HTML character references (&#47;, &#x2f;,
//   &amp;, ...);
// and the Base64 of the credential as typed, as percent-encoded and as JSON-escaped (standard and URL-safe,
// with or without padding, alone or inside a longer Base64 text) and a secret holding %XX as a server that
// decodes it shows it are matched the same way. Every match becomes WireRequest::Redacted ("***").
class Redaction
{
public:
    // Shorter values would mask ordinary words all over a text; no real credential is that short.
    static constexpr qsizetype MinimumSecretLength = 4;

    [[nodiscard]] static QString redact(const QString& text, const QString& secret);
    // Bytes as received: UTF-8 is read as text; anything else is matched byte for byte, and bytes that are not
    // part of a match come back unchanged.
    [[nodiscard]] static QByteArray redact(const QByteArray& bytes, const QString& secret);
    // Whether `text` holds the secret in any of the forms above (for tests and checks).
    [[nodiscard]] static bool contains(const QString& text, const QString& secret);

    // The Base64 texts that give the secret away, each matched like the secret itself.
    static QStringList base64Forms(const QString& secret);
};
