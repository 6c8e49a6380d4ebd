#include "app/shell/FormSender.h"

#include "app/forms/OperationForm.h"
#include "app/forms/TrackEventForm.h"
#include "app/shell/LastResultLabel.h"
#include "app/widgets/UserPrompts.h"
#include "app/workspace/WorkspaceLabel.h"

#include <QPointer>

FormSender::FormSender(AppController* controller, UserPrompts* prompts, LastResultLabel* lastResult, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_prompts(prompts)
    , m_lastResult(lastResult)
    , m_window(window)
{
}

void FormSender::send(OperationForm* form, const OperationInput& input, const AppController::SendOptions& options)
{
    QPointer<OperationForm> guard(form);
    const AppController::SendOutcome outcome = m_controller->send(
        input,
        form,
        [this, guard](const ApiResult& result) {
            if (guard) {
                m_sending.remove(guard);
                guard->showResult(result);
            }
        },
        options);
    switch (outcome.status) {
        case AppController::SendOutcome::Status::Invalid:
            form->showErrors(outcome.errors);
            m_lastResult->showNotSent(
                tr("Not sent: %1 has errors, shown next to the fields.").arg(Operations::displayName(input.operation)));
            return;
        case AppController::SendOutcome::Status::PossibleDuplicate:
            askAboutDuplicate(form, outcome);
            return;
        case AppController::SendOutcome::Status::DeletedUser:
            askAboutDeletedUser(form, outcome);
            return;
        case AppController::SendOutcome::Status::Sent:
            m_sending.insert(form, outcome.ticket);
            m_lastResult->showSending(input.operation, m_controller->currentWorkspace().name);
            return;
    }
}

void FormSender::askAboutDuplicate(OperationForm* form, const AppController::SendOutcome& outcome)
{
    enum Option
    {
        AddUniqueTimestamp,
        SendAnyway,
        Cancel,
    };
    UserPrompts::Choice choice;
    choice.title = tr("Possible duplicate event");
    choice.question = outcome.duplicate->message(outcome.input) + QStringLiteral("\n\n")
                      + tr("Add a unique timestamp to the data so Vero keeps it?");
    choice.options = QStringList {tr("Add timestamp and send"), tr("Send anyway"), tr("Cancel")};
    choice.defaultOption = AddUniqueTimestamp;
    choice.destructiveOption = SendAnyway;
    choice.cancelOption = Cancel;
    // The other questions already answered for this send stay answered.
    AppController::SendOptions options = outcome.options;
    switch (m_prompts->choose(m_window, choice)) {
        case AddUniqueTimestamp:
            // Later sends from the form differ too, so the question is not asked again for each of them.
            if (auto* eventForm = qobject_cast<TrackEventForm*>(form)) {
                eventForm->setUniqueTimestamp(true);
            }
            options.duplicate = AppController::SendOptions::Duplicate::AddUniqueTimestamp;
            send(form, outcome.input, options);
            return;
        case SendAnyway:
            options.duplicate = AppController::SendOptions::Duplicate::SendAnyway;
            send(form, outcome.input, options);
            return;
        default: {
            // Says so in the form (instead of "Sending…") and gives its Send button back.
            ApiResult notSent;
            notSent.sent = false;
            notSent.error = tr("Cancelled: Vero would probably drop this event as a duplicate of a recent one.");
            form->showResult(notSent);
            m_lastResult->showNotSent(tr("Not sent: the event was cancelled as a likely duplicate."));
            return;
        }
    }
}

void FormSender::askAboutDeletedUser(OperationForm* form, const AppController::SendOutcome& outcome)
{
    const Workspace workspace = m_controller->currentWorkspace();
    UserPrompts::Choice choice;
    choice.title = tr("Send to a deleted user?");
    choice.question = tr("On %1: %2").arg(WorkspaceLabel::withHost(workspace), outcome.deletedUser->message());
    choice.options = QStringList {tr("Send anyway"), tr("Cancel")};
    choice.defaultOption = 1;
    choice.destructiveOption = 0;
    choice.cancelOption = 1;
    if (m_prompts->choose(m_window, choice) == 0) {
        AppController::SendOptions options = outcome.options;
        options.deleted = AppController::SendOptions::Deleted::SendAnyway;
        send(form, outcome.input, options);
        return;
    }
    // Says so in the form (instead of "Sending…") and gives its Send button back.
    ApiResult notSent;
    notSent.sent = false;
    notSent.error = tr("Cancelled: %1 was deleted on %2, and sending would create a new, subscribed profile.")
                        .arg(outcome.deletedUser->deletion.userId, workspace.name);
    form->showResult(notSent);
    m_lastResult->showNotSent(tr("Not sent: the user was deleted on %1.").arg(workspace.name));
}

void FormSender::cancel(OperationForm* form)
{
    const auto it = m_sending.constFind(form);
    if (it != m_sending.cend()) {
        m_controller->cancel(it.value()); // the result, saying it was cancelled, comes through the callback
    }
}
