#pragma once

#include "core/api/Workspace.h"

#include <QWidget>

class AppController;
class QComboBox;
class QLabel;

// "Workspace: [Sandbox ▾]" for the main window's toolbar: the Sandbox first, then the saved workspaces, the
// current one shown, and a choice made current in the controller (which saves it for the next start). It
// follows the controller when workspaces are added, removed or switched elsewhere.
class WorkspaceSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceSwitcher(AppController* controller, QWidget* parent = nullptr);

    QComboBox* combo() const { return m_combo; }

private:
    void fill();
    void showCurrent(const Workspace& workspace);

    AppController* m_controller = nullptr;
    QLabel* m_label = nullptr;
    QComboBox* m_combo = nullptr;
};
