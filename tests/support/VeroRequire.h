#pragma once

#include <QString>
#include <QTest>

// A precondition a test needs (a keychain, a running sandbox, curl). Where CI must check it (the set-up
// script's test run sets VERO_STRICT_TESTS=1) a missing precondition fails the test; elsewhere it skips, so a
// developer without a keychain can still run the rest. `reason` says what is missing, in words.
namespace VeroRequire {
inline bool strict()
{
    return qEnvironmentVariableIntValue("VERO_STRICT_TESTS") != 0;
}
} // namespace VeroRequire

#define VERO_REQUIRE(condition, reason)                                                                               \
    do {                                                                                                              \
        if (!(condition)) {                                                                                           \
            const QString veroRequireReason = (reason);                                                               \
            if (VeroRequire::strict()) {                                                                              \
                QFAIL(                                                                                                \
                    qPrintable(QStringLiteral("Required, and missing (VERO_STRICT_TESTS=1): ") + veroRequireReason)); \
            }                                                                                                         \
            QSKIP(qPrintable(veroRequireReason));                                                                     \
        }                                                                                                             \
    } while (false)
