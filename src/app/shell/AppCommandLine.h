#pragma once

// What vero-admin answers on the command line before it opens a window: --version and --help, printed without
// needing a display, so a packager's check or a user in a terminal gets the version from BuildInfo.h.
namespace AppCommandLine {

// True when the arguments ask for --version (-v) or --help (-h).
bool asksForInformation(int argc, char* argv[]);
// Prints the answer and returns the exit code. Call instead of starting the GUI when asksForInformation().
int answer(int argc, char* argv[]);

} // namespace AppCommandLine
