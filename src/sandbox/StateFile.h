#pragma once

#include "core/platform/Fallible.h"

#include <QString>

class SandboxState;

// The --state file: read once at start, written atomically (QSaveFile) after every change, so a crash or a
// kill never leaves half a file behind. One that cannot be loaded is moved aside, never refused (SandboxServer).
class StateFile
{
public:
    explicit StateFile(const QString& path)
        : m_path(path)
    {
    }

    QString path() const { return m_path; }
    // A missing file is not an error: the sandbox starts empty and creates it on the first change.
    Fallible<void> load(SandboxState& state) const;
    Fallible<void> save(const SandboxState& state) const;
    // Renames a file that cannot be loaded to <file>.broken-<UTC time>, kept for a look; returns the new path.
    [[nodiscard]] Fallible<QString> moveAside() const;

private:
    QString m_path;
};
