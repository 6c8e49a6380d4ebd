#pragma once

#include "app/forms/FieldErrorRouter.h"
#include "app/forms/OperationForm.h"

#include <QList>
#include <QPointer>

class QAbstractButton;
class QLabel;
class QLineEdit;
class ResultView;

// What every operation form does the same way: after each change it asks the core (RequestBuilder) what is
// wrong with the input, shows each problem next to its field, and enables Send only when there is none.
// Subclasses lay out their fields (from their .ui file), say which label shows which API field, and map
// widgets to OperationInput and back.
class ValidatedOperationForm : public OperationForm
{
    Q_OBJECT
public:
    using OperationForm::OperationForm;

    void showErrors(const ValidationErrors& errors) override;
    void showResult(const ApiResult& result) override;
    // Sends operations().first(); forms with several operations override it.
    void requestSend() override;

    // Everything wrong with the input for `operation`: the core's rules plus the editors' own checks.
    ValidationErrors validate(Operation operation) const;

protected:
    // Wiring, called once by each subclass after setupUi.
    void setUpValidation(const QList<QAbstractButton*>& sendButtons, QLabel* sendHint, ResultView* resultView);
    FieldErrorRouter& errorRouter() { return m_router; }
    // Re-validates as the user types in `edit`, marking `apiField` as edited.
    void watch(QLineEdit* edit, const QString& apiField);

    // Called when a field changes: marks it edited (so its errors show) and re-validates.
    void fieldChanged(const QString& apiField);
    void revalidate();

    // Problems only the widgets can know (a property row whose value is not a number, a tag typed but not added).
    virtual ValidationErrors widgetErrors(Operation operation) const;
    // Shows errors inside editors too (cells of the channels table); `errors` are the ones shown.
    virtual void errorsShown(const ValidationErrors& errors);
    // Validates and, when valid, hands the input to confirmAndSend. Returns whether the input was valid.
    bool sendOperation(Operation operation);
    // Last step before sendRequested; the delete form asks for confirmation here.
    virtual void confirmAndSend(const OperationInput& input);
    void emitSendRequested(const OperationInput& input);
    void commitOpenCellEditor();
    // Between sendRequested and its result (or errors): Send is disabled so a double click sends once.
    void setSending(bool sending);
    bool isSending() const { return m_sending; }

private:
    FieldErrorRouter m_router;
    QList<QPointer<QAbstractButton>> m_sendButtons;
    QPointer<QLabel> m_sendHint;
    QPointer<ResultView> m_resultView;
    bool m_sending = false;
};
