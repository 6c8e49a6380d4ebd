#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

// The colours that carry a meaning (an error, a warning, a success, where requests go) in one place, each with a
// light and a dark value, like KeePassXC's StateColorPalette. Which set applies follows the lightness of the
// palette's window colour, so the app matches the platform's light or dark theme. Every text colour keeps a WCAG
// contrast of at least 4.5:1 against its background in both sets (tst_StatePalette measures it).
class StatePalette
{
public:
    enum class Role
    {
        Error,
        Warning,
        Success,
        Sandbox,
        Production,
        Neutral,
    };

    explicit StatePalette(const QPalette& palette);

    static bool isDark(const QPalette& palette);
    bool isDark() const { return m_dark; }

    // The role's colour for text on the window or on a view's base (a field's error, a failed status).
    QColor text(Role role) const;
    // A banner's or notice's background in the role, the text on it and its border. fill(Role::Error) is also the
    // background of a table cell marked as wrong, under the view's own text colour.
    QColor fill(Role role) const;
    QColor onFill(Role role) const;
    QColor border(Role role) const;

    // WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrast(const QColor& first, const QColor& second);
    static QList<Role> roles();

private:
    bool m_dark = false;
};
