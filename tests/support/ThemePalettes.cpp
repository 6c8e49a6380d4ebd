#include "ThemePalettes.h"

#include "app/style/StatePalette.h"

#include <QApplication>
#include <QImage>
#include <QWidget>

namespace {
QPalette made(QRgb windowText, QRgb button, QRgb text, QRgb base, QRgb window)
{
    const QColor buttonColour = QColor::fromRgb(button);
    return QPalette(QColor::fromRgb(windowText),
                    buttonColour,
                    buttonColour.lighter(),
                    buttonColour.darker(),
                    buttonColour.darker(120),
                    QColor::fromRgb(text),
                    Qt::white,
                    QColor::fromRgb(base),
                    QColor::fromRgb(window));
}
} // namespace

QPalette ThemePalettes::light()
{
    return made(0x000000, 0xefefef, 0x000000, 0xffffff, 0xefefef);
}

QPalette ThemePalettes::dark()
{
    return made(0xe0e0e0, 0x353535, 0xe0e0e0, 0x2a2a2a, 0x353535);
}

void ThemePalettes::use(const QPalette& palette)
{
    QApplication::setPalette(palette);
    QCoreApplication::sendPostedEvents();
}

double ThemePalettes::textContrast(QWidget* widget)
{
    widget->ensurePolished();
    const QPalette palette = widget->palette();
    return StatePalette::contrast(palette.color(widget->foregroundRole()), palette.color(QPalette::Window));
}

double ThemePalettes::textContrastOnDrawn(QWidget* widget, const QPoint& point)
{
    widget->ensurePolished();
    const QColor drawn = widget->grab().toImage().pixelColor(point);
    return StatePalette::contrast(widget->palette().color(widget->foregroundRole()), drawn);
}
