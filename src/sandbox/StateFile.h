#pragma once

#include "core/platform/Fallible.h"

#include <QString>

class SandboxState;

// The --state file: read once at start, written atomically (QSaveFile) after every change, so a crash or a
// kill never leaves half a file behind.
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

private:
    QString m_path;
};
