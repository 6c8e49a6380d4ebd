#include "app/shell/RowWorkspaceQuestion.h"

#include "app/shell/AppController.h"
#include "app/widgets/UserPrompts.h"
#include "app/workspace/WorkspaceLabel.h"

RowWorkspaceQuestion::RowWorkspaceQuestion(AppController* controller, UserPrompts* prompts, QWidget* parent)
    : m_controller(controller)
    , m_prompts(prompts)
    , m_parent(parent)
{
}

bool RowWorkspaceQuestion::prepareFor(const QString& rowWorkspace)
{
    const AppController::RowTarget target = m_controller->rowTarget(rowWorkspace);
    if (target.kind == AppController::RowTarget::Kind::Current) {
        return true;
    }
    const QString current = WorkspaceLabel::withHost(target.current);
    const bool production = target.current.isProduction();
    const QString useCurrent = tr("Use %1").arg(target.current.name);
    UserPrompts::Choice choice;
    choice.title = tr("Which workspace?");
    if (target.kind == AppController::RowTarget::Kind::Missing) {
        const QString row = rowWorkspace.isEmpty() ? tr("a workspace the history did not record") : rowWorkspace;
        choice.question = tr("This request was sent to %1, which is not one of your workspaces any more. The "
                             "current workspace is %2.\n\nPrepare it for %3? Nothing is sent until you press Send.")
                              .arg(row, current, target.current.name);
        choice.options = QStringList {useCurrent, tr("Cancel")};
        // On production a reflex Enter must not be the way a request gets there.
        choice.defaultOption = production ? 1 : 0;
        choice.destructiveOption = production ? 0 : -1;
        choice.cancelOption = 1;
    } else {
        choice.question
            = tr("This request was sent to %1. The current workspace is %2.\n\nPrepare it for %3, or "
                 "for %4? Nothing is sent until you press Send.")
                  .arg(WorkspaceLabel::withHost(*target.row), current, target.row->name, target.current.name);
        choice.options = QStringList {tr("Switch to %1").arg(target.row->name), useCurrent, tr("Cancel")};
        choice.defaultOption = 0;
        choice.destructiveOption = production ? 1 : -1;
        choice.cancelOption = 2;
    }
    const int answer = m_prompts->choose(m_parent, choice);
    if (answer == choice.cancelOption) {
        return false;
    }
    if (target.kind == AppController::RowTarget::Kind::Other && answer == 0) {
        m_controller->setCurrentWorkspace(target.row->name);
    }
    return true;
}
