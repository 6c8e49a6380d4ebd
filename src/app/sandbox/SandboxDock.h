#pragma once

#include "core/forms/PerUserFields.h"

#include <QDockWidget>

class AppController;
class QLabel;
class SandboxPanel;

// The Sandbox panel in its dock, following the controller's sandbox child: what runs where, why it is not
// running, a short state for the status bar, and a refresh after each request the sandbox answered.
//
// The panel is built the first time the dock is shown (it starts tabbed behind the history, so not before the
// window's first frame), or when something asks for panel(); until then only the status bar's label follows the
// sandbox.
class SandboxDock : public QDockWidget
{
    Q_OBJECT
public:
    // The dock's width on first start, in pixels: the panel's tables stay readable beside a form.
    static constexpr int DefaultWidth = 340;

    explicit SandboxDock(AppController* controller, QWidget* parent = nullptr);

    // The panel, built now if it was not yet.
    SandboxPanel* panel();
    bool isPanelBuilt() const { return m_panel != nullptr; }
    // "Sandbox on 127.0.0.1:PORT", for the main window's status bar.
    QLabel* statusLabel() const { return m_statusLabel; }

signals:
    // "Make current user" on one of the panel's user rows.
    void makeCurrentUser(const PerUserFields::Identity& user);

private:
    void buildPanel();
    // The status bar's label, and the panel once built.
    void showState();
    void showStateInPanel();

    AppController* m_controller = nullptr;
    SandboxPanel* m_panel = nullptr;
    QLabel* m_statusLabel = nullptr;
};
