#pragma once

#include "core/platform/Fallible.h"

#include <QStringList>

class KeychainBackend;

// The keychain module (vero-keychain.so, src/keychain), loaded the first time a credential is read, stored or
// removed, and kept for the rest of the process.
class KeychainModule
{
public:
    // The backend, or why there is none, in words for the user.
    static Fallible<KeychainBackend*> backend();

    // Where a program in `programDir` looks for the module, in order: beside the installed programs
    // (<bindir>/../lib/.../vero-admin), then, for a program run from the build tree, the build tree's copy.
    // Never the current directory.
    static QStringList candidates(const QString& programDir);

    // The first of `paths` that exists, loaded; or why none could be (missing, or not our module).
    static Fallible<KeychainBackend*> loadFrom(const QStringList& paths);
};
