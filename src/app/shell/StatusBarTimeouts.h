#pragma once

// How long the main window's status-bar messages stay, by what they are.
namespace StatusBarTimeouts {
// A problem found at start-up that the user must read (the history or the data folder).
constexpr int NoticeMs = 20000;
// What to do next ("review the request, then press Send"), and what a history action did.
constexpr int HintMs = 10000;
// A short confirmation that something happened, or why it did not.
constexpr int ConfirmationMs = 8000;
} // namespace StatusBarTimeouts
