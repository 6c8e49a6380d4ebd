#pragma once

#include <QObject>

class QWidget;

// Tells when a window's first frame has been painted: the moment a user sees it. Work the first frame does not
// need (the sandbox child, the history count) starts from firstFrame(), and the hidden quit-after-first-frame
// option (for start-up benchmarks) quits there.
class FirstFrameWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstFrameWatcher(QWidget* window);

    bool hasShown() const { return m_shown; }

signals:
    // Once, from the event loop right after the first paint event of the window was handled.
    void firstFrame();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window = nullptr;
    bool m_shown = false;
};
