#pragma once

#include <QPalette>

class QWidget;

// The platform palettes the theme tests switch between: a light one like Fusion's standard palette and a dark
// one like the dark themes of KDE and GNOME (window 0x353535, view base 0x2a2a2a), and the contrast a widget's
// text has against its window in whatever palette it has now.
namespace ThemePalettes {
QPalette light();
QPalette dark();
// Makes `palette` the application's, as a desktop switching theme does, and delivers the palette changes Qt posts
// to every widget.
void use(const QPalette& palette);
// WCAG contrast of the widget's text colour (foreground role) against its window colour, once polished (a style
// sheet colours the palette when the widget is polished).
double textContrast(QWidget* widget);
// The same against the colour actually drawn at `point` of the widget (a banner or a notice paints its own).
double textContrastOnDrawn(QWidget* widget, const QPoint& point);
} // namespace ThemePalettes
