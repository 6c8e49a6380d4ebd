#include "app/workspace/WorkspaceSwitcher.h"

#include "app/shell/AppController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace {
// Room around the label in the toolbar, in pixels, and the width the combo keeps for a workspace's name.
constexpr int LabelMargin = 6;
constexpr int NameChars = 14;
} // namespace

WorkspaceSwitcher::WorkspaceSwitcher(AppController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_label(new QLabel(tr("&Workspace:"), this))
    , m_combo(new QComboBox(this))
{
    m_label->setObjectName(QStringLiteral("workspaceComboLabel"));
    m_label->setContentsMargins(LabelMargin, 0, LabelMargin, 0);
    m_combo->setObjectName(QStringLiteral("workspaceCombo"));
    m_combo->setAccessibleName(tr("Workspace"));
    m_combo->setAccessibleDescription(tr("Where requests are sent"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(NameChars);
    m_label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Spaced as the toolbar spaces its items, so the two look like the toolbar's own.
    layout->setSpacing(style()->pixelMetric(QStyle::PM_ToolBarItemSpacing));
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        m_controller->setCurrentWorkspace(m_combo->itemData(index).toString());
    });
    connect(m_controller, &AppController::workspacesChanged, this, &WorkspaceSwitcher::fill);
    connect(m_controller, &AppController::currentWorkspaceChanged, this, &WorkspaceSwitcher::showCurrent);
    fill();
}

void WorkspaceSwitcher::fill()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const Workspace& workspace : m_controller->workspaces()) {
        const bool sandbox = WorkspaceService::isSandboxName(workspace.name);
        m_combo->addItem(workspace.name, workspace.name);
        m_combo->setItemData(m_combo->count() - 1,
                             sandbox ? tr("Local sandbox started by Vero Admin") : workspace.baseUrl.toString(),
                             Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(m_combo->findData(m_controller->currentWorkspace().name));
}

void WorkspaceSwitcher::showCurrent(const Workspace& workspace)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(workspace.name));
}
