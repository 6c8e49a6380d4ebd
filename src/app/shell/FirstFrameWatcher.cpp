#include "app/shell/FirstFrameWatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstFrameWatcher::FirstFrameWatcher(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_shown) {
        m_shown = true;
        m_window->removeEventFilter(this);
        // After the paint has been handled and flushed to the screen, not in the middle of it.
        QTimer::singleShot(0, this, &FirstFrameWatcher::firstFrame);
    }
    return QObject::eventFilter(watched, event);
}
