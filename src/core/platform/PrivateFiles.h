#pragma once

#include "core/platform/Fallible.h"

#include <QString>

// Files and folders only their owner may read: the history (requests, user ids and emails, answers), the
// settings (workspaces and their addresses) and the folder that holds them. Created that way from the start,
// never created open and closed afterwards, and an existing one that is open to others is closed. Every error
// names the path and says what failed.
namespace PrivateFiles {

// Owner read and write only.
constexpr int FileMode = 0600;
// Owner read, write and enter only.
constexpr int FolderMode = 0700;

// Makes `path` (and its missing parents) as a folder with FolderMode; narrows an existing one to FolderMode.
// Existing parents are left as they are.
[[nodiscard]] Fallible<void> ensurePrivateFolder(const QString& path);
// Creates `path` empty with FileMode when it does not exist (its folder must); narrows an existing file to
// FileMode. Call before handing the path to QSettings or SQLite: both keep the mode of a file that exists (and
// SQLite gives its -wal and -shm files the mode of the database).
[[nodiscard]] Fallible<void> makePrivate(const QString& path);
// Whether `path` exists and nobody but its owner may read, write or enter it (for checks and tests).
bool isPrivate(const QString& path);

} // namespace PrivateFiles
