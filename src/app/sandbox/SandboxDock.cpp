#include "app/sandbox/SandboxDock.h"

#include "app/sandbox/SandboxPanel.h"
#include "app/shell/AppController.h"

#include <QAction>
#include <QLabel>

SandboxDock::SandboxDock(AppController* controller, QWidget* parent)
    : QDockWidget(tr("Sandbox"), parent)
    , m_controller(controller)
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sandboxDock"));
    m_statusLabel->setObjectName(QStringLiteral("sandboxStatusLabel"));
    toggleViewAction()->setText(tr("&Sandbox panel"));
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            buildPanel();
        }
    });

    connect(m_controller, &AppController::sandboxStateChanged, this, &SandboxDock::showState);
    connect(m_controller,
            &AppController::requestFinished,
            this,
            [this](const OperationInput&, const Workspace& workspace, const ApiResult&) {
                if (m_panel && WorkspaceService::isSandboxName(workspace.name)) {
                    m_panel->refresh();
                }
            });
    connect(m_controller, &AppController::currentWorkspaceChanged, this, [this](const Workspace& workspace) {
        if (m_panel) {
            m_panel->setSandboxCurrent(WorkspaceService::isSandboxName(workspace.name));
        }
    });
    showState();
}

SandboxPanel* SandboxDock::panel()
{
    buildPanel();
    return m_panel;
}

/// The panel starts from the sandbox's state as it is now, reading what a running sandbox holds.
void SandboxDock::buildPanel()
{
    if (m_panel) {
        return;
    }
    m_panel = new SandboxPanel(this);
    m_panel->setObjectName(QStringLiteral("sandboxPanel"));
    setWidget(m_panel);
    connect(m_panel, &SandboxPanel::makeCurrentUser, this, &SandboxDock::makeCurrentUser);
    connect(m_panel, &SandboxPanel::restartRequested, m_controller, [this] {
        m_controller->stopSandbox();
        m_controller->startSandbox();
    });
    m_panel->setSandboxCurrent(m_controller->currentIsSandbox());
    showStateInPanel();
}

void SandboxDock::showState()
{
    switch (m_controller->sandboxState()) {
        case AppController::SandboxState::Stopped:
            m_statusLabel->setText(QString());
            break;
        case AppController::SandboxState::Starting:
            m_statusLabel->setText(tr("Sandbox starting…"));
            break;
        case AppController::SandboxState::Running:
            m_statusLabel->setText(tr("Sandbox on %1").arg(m_controller->sandboxRootUrl().authority()));
            break;
        case AppController::SandboxState::Failed:
            m_statusLabel->setText(tr("Sandbox not running"));
            break;
    }
    if (m_panel) {
        showStateInPanel();
    }
}

void SandboxDock::showStateInPanel()
{
    switch (m_controller->sandboxState()) {
        case AppController::SandboxState::Stopped:
            m_panel->setRootUrl(QUrl());
            m_panel->showMessage(tr("The local sandbox is not running. It starts when you choose the Sandbox "
                                    "workspace."));
            break;
        case AppController::SandboxState::Starting:
            m_panel->setRootUrl(QUrl());
            m_panel->showMessage(tr("Starting the local sandbox…"));
            break;
        case AppController::SandboxState::Running:
            m_panel->setRootUrl(m_controller->sandboxRootUrl(), m_controller->sandboxToken());
            if (!m_controller->sandboxEndpointError().isEmpty()) {
                m_panel->showMessage(tr("veroctl --workspace Sandbox cannot find this sandbox: %1")
                                         .arg(m_controller->sandboxEndpointError()));
            }
            break;
        case AppController::SandboxState::Failed:
            m_panel->showStopped(m_controller->sandboxError());
            break;
    }
}
