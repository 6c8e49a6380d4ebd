#pragma once

#include "app/shell/AppController.h"

#include <QHash>
#include <QObject>

class LastResultLabel;
class OperationForm;
class UserPrompts;

// Sends a form's request through the controller and asks what the controller leaves to the user: an event Vero
// would probably drop as a duplicate, a request about a user deleted on the workspace. Keeps the ticket of each
// form's request on its way, so the form's Cancel can stop it; the form and the status bar show what came of it.
class FormSender : public QObject
{
    Q_OBJECT
public:
    FormSender(AppController* controller, UserPrompts* prompts, LastResultLabel* lastResult, QWidget* window);

    void send(OperationForm* form, const OperationInput& input, const AppController::SendOptions& options = {});
    void cancel(OperationForm* form);

private:
    // Asks whether and how to send an event Vero would probably drop, then sends it (or releases the form).
    void askAboutDuplicate(OperationForm* form, const AppController::SendOutcome& outcome);
    // Asks whether to send an identify or event to a user deleted on the workspace, then sends it (or releases
    // the form).
    void askAboutDeletedUser(OperationForm* form, const AppController::SendOutcome& outcome);

    AppController* m_controller;
    UserPrompts* m_prompts;
    LastResultLabel* m_lastResult;
    QWidget* m_window;
    QHash<OperationForm*, quint64> m_sending; // the ticket of each form's request on its way
};
