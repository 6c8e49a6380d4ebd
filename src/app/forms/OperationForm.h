#pragma once

#include "core/api/ApiResult.h"
#include "core/api/Operation.h"
#include "core/api/OperationInput.h"
#include "core/api/ValidationError.h"
#include "core/forms/FormDraftStore.h"

#include <QList>
#include <QWidget>

#include <optional>

// The contract between the main window and every operation form. A form only collects input and shows
// results: it never builds or sends a request itself (the core does, through the main window).
class OperationForm : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The operations this form sends; the subscription form covers Unsubscribe and Resubscribe.
    virtual QList<Operation> operations() const = 0;
    // The fields as they stand, for `operation` (one of operations()).
    virtual OperationInput input(Operation operation) const = 0;
    // Fills the fields (history "open in form", undo, restore), replacing every one of them: nothing from before
    // stays. Never sends. A result on show is marked as the earlier request's.
    virtual void setInput(const OperationInput& input) = 0;
    // New (Ctrl+N): empties every field and the result.
    virtual void clearInput() = 0;
    // What the form holds unsent, to keep across a restart; nothing when it is empty or what it holds was sent.
    virtual std::optional<FormDraftStore::Draft> draft() const = 0;
    // Puts a draft back as the user left it, warning about another user's fields included.
    virtual void restoreDraft(const FormDraftStore::Draft& draft) = 0;
    // The workspace the form's next send goes to. A result from a request to another one is marked as earlier.
    virtual void setWorkspaceName(const QString& name) = 0;
    // Shows each error next to its field (ValidationError::field is the API field name); clears older ones.
    virtual void showErrors(const ValidationErrors& errors) = 0;
    // Shows the result of the last send: status, service message, elapsed time, network error in words.
    virtual void showResult(const ApiResult& result) = 0;
    // The user id field, focused by Ctrl+L.
    virtual QWidget* userIdField() const = 0;
    // The current user (CurrentUser) changed while the form was out of sight: its id and email show `user`, and
    // per-user fields typed or filled for someone else are emptied, so they never travel to `user`. A form with
    // no user fields ignores it.
    virtual void followUser(const PerUserFields::Identity& user) { Q_UNUSED(user); }
    // Ctrl+Return and the Send button: validates and, when valid (and confirmed, where the form asks), emits
    // sendRequested. Invalid input shows its messages and emits nothing.
    virtual void requestSend() = 0;

signals:
    void sendRequested(const OperationInput& input);
    // The user typed another user id or email, or the form was filled for another user: it is the current user.
    void userEdited(const PerUserFields::Identity& user);
    // Cancel (or Esc) while a send is on its way: the main window stops it; its result follows as usual.
    void cancelRequested();
};
