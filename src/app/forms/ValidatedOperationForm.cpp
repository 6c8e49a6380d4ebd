#include "app/forms/ValidatedOperationForm.h"

#include "app/forms/ResultView.h"
#include "core/api/RequestBuilder.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>

void ValidatedOperationForm::setUpValidation(const QList<QAbstractButton*>& sendButtons,
                                             QLabel* sendHint,
                                             ResultView* resultView)
{
    for (QAbstractButton* button : sendButtons) {
        m_sendButtons.append(button);
        if (button->toolTip().isEmpty()) {
            button->setToolTip(tr("Send (Ctrl+Return)"));
        }
    }
    m_sendHint = sendHint;
    m_resultView = resultView;
    revalidate();
}

void ValidatedOperationForm::watch(QLineEdit* edit, const QString& apiField)
{
    connect(edit, &QLineEdit::textChanged, this, [this, apiField] { fieldChanged(apiField); });
}

void ValidatedOperationForm::fieldChanged(const QString& apiField)
{
    m_router.touch(apiField);
    revalidate();
}

ValidationErrors ValidatedOperationForm::widgetErrors(Operation operation) const
{
    Q_UNUSED(operation);
    return {};
}

void ValidatedOperationForm::errorsShown(const ValidationErrors& errors)
{
    Q_UNUSED(errors);
}

ValidationErrors ValidatedOperationForm::validate(Operation operation) const
{
    ValidationErrors errors = widgetErrors(operation);
    const ValidationErrors coreErrors = RequestBuilder::build(input(operation)).errors;
    for (const ValidationError& error : coreErrors) {
        // An editor's own message about a field is more precise than the core's about the same field.
        const bool covered = std::any_of(
            errors.cbegin(), errors.cend(), [&](const ValidationError& e) { return e.field == error.field; });
        if (!covered) {
            errors.append(error);
        }
    }
    return errors;
}

void ValidatedOperationForm::revalidate()
{
    const ValidationErrors errors = validate(operations().first());
    const ValidationErrors heldBack = m_router.show(errors);
    ValidationErrors shown;
    for (const ValidationError& error : errors) {
        if (!heldBack.contains(error)) {
            shown.append(error);
        }
    }
    errorsShown(shown);
    for (const QPointer<QAbstractButton>& button : std::as_const(m_sendButtons)) {
        if (button) {
            button->setEnabled(errors.isEmpty() && !m_sending);
        }
    }
    if (m_sending) {
        return; // the hint says "Sending…" until the answer comes
    }
    if (m_sendHint) {
        // Say why Send is disabled even before the user reaches the field at fault.
        if (errors.isEmpty()) {
            m_sendHint->clear();
        } else if (!heldBack.isEmpty()) {
            m_sendHint->setText(heldBack.first().message);
        } else {
            m_sendHint->setText(tr("Correct the fields marked in red to send."));
        }
    }
}

void ValidatedOperationForm::showErrors(const ValidationErrors& errors)
{
    setSending(false);
    m_router.touchAll();
    m_router.show(errors);
    errorsShown(errors);
}

void ValidatedOperationForm::showResult(const ApiResult& result)
{
    setSending(false);
    if (m_resultView) {
        m_resultView->showResult(result);
    }
}

void ValidatedOperationForm::requestSend()
{
    sendOperation(operations().first());
}

void ValidatedOperationForm::commitOpenCellEditor()
{
    // Ctrl+Return while a table cell is being edited: the typed text is still in the editor, not in the table.
    QWidget* focused = QApplication::focusWidget();
    if (!focused || !isAncestorOf(focused)) {
        return;
    }
    for (QWidget* editor = focused; editor && editor != this; editor = editor->parentWidget()) {
        QWidget* viewport = editor->parentWidget();
        auto* view = viewport ? qobject_cast<QAbstractItemView*>(viewport->parentWidget()) : nullptr;
        if (view && view->viewport() == viewport) {
            // commitData is a protected slot of the view; calling it is what the view does on Enter.
            QMetaObject::invokeMethod(view, "commitData", Qt::DirectConnection, Q_ARG(QWidget*, editor));
            return;
        }
    }
}

bool ValidatedOperationForm::sendOperation(Operation operation)
{
    if (m_sending) {
        return false; // one request at a time from a form: a double click must not send twice
    }
    commitOpenCellEditor();
    const ValidationErrors errors = validate(operation);
    if (!errors.isEmpty()) {
        showErrors(errors);
        if (m_sendHint) {
            m_sendHint->setText(tr("Nothing was sent: correct the fields marked in red."));
        }
        if (QWidget* field = m_router.inputFor(errors.first().field)) {
            field->setFocus(Qt::OtherFocusReason);
            // Bring the field and its message into view in a form that scrolls.
            for (QWidget* parent = field->parentWidget(); parent; parent = parent->parentWidget()) {
                if (auto* scrollArea = qobject_cast<QScrollArea*>(parent)) {
                    scrollArea->ensureWidgetVisible(field);
                    if (FieldErrorLabel* label = m_router.labelFor(errors.first().field)) {
                        scrollArea->ensureWidgetVisible(label);
                    }
                    break;
                }
            }
        }
        return false;
    }
    confirmAndSend(input(operation));
    return true;
}

void ValidatedOperationForm::confirmAndSend(const OperationInput& input)
{
    emitSendRequested(input);
}

void ValidatedOperationForm::emitSendRequested(const OperationInput& input)
{
    if (m_resultView) {
        m_resultView->showPending(Operations::displayName(input.operation));
    }
    setSending(true);
    emit sendRequested(input);
}

void ValidatedOperationForm::setSending(bool sending)
{
    if (m_sending == sending) {
        return;
    }
    m_sending = sending;
    if (m_sendHint && sending) {
        m_sendHint->setText(tr("Sending… the form can be edited meanwhile; Send is back when the answer comes."));
    }
    revalidate();
}
