#include "app/shell/ScreenFit.h"

#include <QScreen>
#include <QStyle>
#include <QWidget>

bool ScreenFit::exceedsAvailableArea(const QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen) {
        return false;
    }
    const QSize available = screen->availableGeometry().size();
    return window->width() > available.width() || window->height() > available.height();
}

void ScreenFit::fitAvailableArea(QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) comes on top of the size asked for; before the first show it is not known.
    QSize frame = window->frameGeometry().size() - window->geometry().size();
    if (frame.isEmpty()) {
        frame = QSize(0, window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window));
    }
    window->resize(window->size().boundedTo(available.size() - frame));
    window->move(available.topLeft());
}
