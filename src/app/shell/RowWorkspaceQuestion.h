#pragma once

#include <QCoreApplication>
#include <QString>

class AppController;
class QWidget;
class UserPrompts;

// Before a history action (open in form, send again, undo, restore) fills a form, makes sure the request goes
// where the user chose: when the row was sent to another workspace than the current one, it asks, naming both,
// whether to switch to the row's workspace (the default), use the current one (marked destructive on production)
// or cancel; when the row's workspace no longer exists it says so and offers the current one. The controller
// decides whether to ask (AppController::rowTarget); nothing is ever sent from here.
class RowWorkspaceQuestion
{
    Q_DECLARE_TR_FUNCTIONS(RowWorkspaceQuestion)
public:
    // Asks through `prompts` on `parent`; all three must outlive this object.
    RowWorkspaceQuestion(AppController* controller, UserPrompts* prompts, QWidget* parent);

    // True when the request of a row sent to `rowWorkspace` may be put in its form now: it is the current
    // workspace, or the user switched to it (done here) or chose the current one. False: cancelled.
    bool prepareFor(const QString& rowWorkspace);

private:
    AppController* m_controller;
    UserPrompts* m_prompts;
    QWidget* m_parent;
};
