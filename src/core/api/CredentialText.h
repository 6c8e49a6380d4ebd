#pragma once

#include <QString>

// What a credential may hold to be sent at all. A token with a control character, a space or a second line is a
// copy-and-paste accident (two tokens, a trailing comment, a terminal escape); sent, it would fail in a way that
// says nothing, or split a header or a query. Checked wherever a credential enters: the token file, the
// environment, the keychain, `workspace set-token`, the workspace dialog, and VeroClient before it sends.
class CredentialText
{
public:
    static constexpr qsizetype MaxLength = 4096;

    // Why `credential` cannot be used, in words that never quote it (positions count from 1); empty when it can.
    [[nodiscard]] static QString problem(const QString& credential);
};
