#pragma once

#include <QString>

// What every Vero Admin program does first (KeePassXC's Bootstrap): one identity for the app and veroctl, so
// both find the same settings, history and keychain entries.
namespace Bootstrap {

// Application name "vero-admin", no organisation (so the data folder is ~/.local/share/vero-admin, not
// .../vero-admin/vero-admin), and the version from BuildInfo.h. Call right after the QCoreApplication exists.
void setUpApplication();

// Moves the data folder and the settings file of earlier versions (~/.local/share/vero-admin/vero-admin/ and
// ~/.config/vero-admin/vero-admin.conf) to where setUpApplication() puts them, so no history or workspace is
// lost. Nothing already at the new place is overwritten. Returns a message for the user when something could
// not be moved; empty when there was nothing to do or everything moved.
[[nodiscard]] QString moveEarlierDataFolders();

// Creates the data folder (0700) and the settings file (0600) private to their owner, or narrows them when an
// earlier version left them open to others; the history database in that folder is made private by the history
// itself. Returns a message for the user when something could not be done; empty otherwise.
[[nodiscard]] QString makeFilesPrivate();

// What both programs call after setUpApplication(): moveEarlierDataFolders(), then makeFilesPrivate(). Returns
// their messages, one per line; empty when all went well.
[[nodiscard]] QString prepareFiles();

} // namespace Bootstrap
