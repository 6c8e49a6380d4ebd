#pragma once

#include <QString>

// Text made safe to reach a terminal: every control character (C0 such as ESC, BEL, CR, backspace and line
// ends; DEL; C1) and every invisible formatting character (bidirectional overrides, zero-width marks) is shown
// as an escape (\x1b, \x85, \u202e) instead of acting. A hostile server could otherwise clear the screen,
// retitle the window or forge a "200 Success." line in veroctl's output.
class TerminalText
{
public:
    [[nodiscard]] static QString escaped(const QString& text);
};
