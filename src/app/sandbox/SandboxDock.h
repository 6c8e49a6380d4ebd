#pragma once

#include <QDockWidget>

class AppController;
class QLabel;
class SandboxPanel;

// The Sandbox panel in its dock, following the controller's sandbox child: what runs where, why it is not
// running, a short state for the status bar, and a refresh after each request the sandbox answered.
class SandboxDock : public QDockWidget
{
    Q_OBJECT
public:
    // The dock's width on first start, in pixels: the panel's tables stay readable beside a form.
    static constexpr int DefaultWidth = 340;

    explicit SandboxDock(AppController* controller, QWidget* parent = nullptr);

    SandboxPanel* panel() const { return m_panel; }
    // "Sandbox on 127.0.0.1:PORT", for the main window's status bar.
    QLabel* statusLabel() const { return m_statusLabel; }

private:
    void showState();

    AppController* m_controller = nullptr;
    SandboxPanel* m_panel = nullptr;
    QLabel* m_statusLabel = nullptr;
};
