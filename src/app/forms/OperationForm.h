#pragma once

#include "core/api/ApiResult.h"
#include "core/api/Operation.h"
#include "core/api/OperationInput.h"
#include "core/api/ValidationError.h"

#include <QList>
#include <QWidget>

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
    // Fills the fields (history "open in form", undo, restore). Never sends.
    virtual void setInput(const OperationInput& input) = 0;
    // Shows each error next to its field (ValidationError::field is the API field name); clears older ones.
    virtual void showErrors(const ValidationErrors& errors) = 0;
    // Shows the result of the last send: status, service message, elapsed time, network error in words.
    virtual void showResult(const ApiResult& result) = 0;
    // The user id field, focused by Ctrl+L.
    virtual QWidget* userIdField() const = 0;
    // Ctrl+Return and the Send button: validates and, when valid (and confirmed, for delete), emits
    // sendRequested. Invalid input shows its messages and emits nothing.
    virtual void requestSend() = 0;

signals:
    void sendRequested(const OperationInput& input);
};
