#pragma once

#include "app/forms/FieldErrorRouter.h"
#include "app/forms/OperationForm.h"
#include "core/forms/PerUserFields.h"

#include <QList>
#include <QPointer>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QShortcut;
class ResultView;
class UserFieldsNotice;
class UserPrompts;

// What every operation form does the same way: after each change it asks the core (RequestBuilder) what is
// wrong with the input, shows each problem next to its field and sums them up next to Send (each a link to its
// field), and enables Send only when there is none. It also keeps track of the form's state between sends:
// whose the per-user fields are (PerUserFields: a warning next to Send, and a question before sending one user's
// data to another), whether what it holds is unsent (a draft), whether the result shown is the last request's,
// and New and Cancel. Subclasses lay out their fields (from their .ui file), say which label shows which API
// field, and map widgets to OperationInput and back.
class ValidatedOperationForm : public OperationForm
{
    Q_OBJECT
public:
    // `prompts` asks the questions before a send; it must outlive the form.
    explicit ValidatedOperationForm(UserPrompts* prompts, QWidget* parent = nullptr);

    void setInput(const OperationInput& input) final;
    void clearInput() override;
    std::optional<FormDraftStore::Draft> draft() const override;
    void restoreDraft(const FormDraftStore::Draft& draft) override;
    void setWorkspaceName(const QString& name) override;
    void followUser(const PerUserFields::Identity& user) override;
    void showErrors(const ValidationErrors& errors) override;
    void showResult(const ApiResult& result) override;
    // Sends operations().first(); forms with several operations override it.
    void requestSend() override;

    // Everything wrong with the input for `operation`: the core's rules plus the editors' own checks.
    ValidationErrors validate(Operation operation) const;
    bool isSending() const { return m_sending; }

protected:
    // Wiring, called once by each subclass after setupUi. The rest of the row around Send is found by the names
    // every form's .ui file gives it: sendHintLabel, resultView, newButton, cancelButton and, in the forms with
    // per-user fields, userFieldsNotice.
    void setUpValidation(const QList<QAbstractButton*>& sendButtons);
    FieldErrorRouter& errorRouter() { return m_router; }
    UserPrompts* prompts() const { return m_prompts; }
    // Re-validates as the user types in `edit`, marking `apiField` as edited.
    void watch(QLineEdit* edit, const QString& apiField);
    // Writes every field from `input`, the form's part of setInput: what `input` leaves empty is emptied.
    virtual void writeFields(const OperationInput& input) = 0;

    // Called when a field changes: marks it edited (so its errors show) and re-validates.
    void fieldChanged(const QString& apiField);
    void revalidate();
    // Plain text next to Send.
    void setHint(const QString& text);

    // Problems only the widgets can know (a property row whose value is not a number, a tag typed but not added).
    virtual ValidationErrors widgetErrors(Operation operation) const;
    // Shows errors inside editors too (cells of the channels table); `errors` are the ones shown.
    virtual void errorsShown(const ValidationErrors& errors);
    // Validates, asks before sending one user's data to another and, when valid and agreed, hands the input to
    // confirmAndSend. Returns whether it went on to confirmAndSend.
    bool sendOperation(Operation operation);
    // Last step before sendRequested; the delete form asks for confirmation here.
    virtual void confirmAndSend(const OperationInput& input);
    void emitSendRequested(const OperationInput& input);
    void commitOpenCellEditor();
    // Between sendRequested and its result (or errors): Send is disabled so a double click sends once; Cancel
    // and Esc are enabled.
    void setSending(bool sending);

private:
    // The widgets every form has around its Send button.
    struct Controls
    {
        QList<QAbstractButton*> sendButtons;
        QLabel* sendHint = nullptr; // what stops Send, as links to the fields; "Sending…"
        ResultView* resultView = nullptr;
        QAbstractButton* newButton = nullptr;
        QAbstractButton* cancelButton = nullptr;      // enabled only while sending
        UserFieldsNotice* userFieldsNotice = nullptr; // forms with per-user fields
    };

    Controls controlsByName(const QList<QAbstractButton*>& sendButtons) const;
    // Writes `input` into the fields without treating it as typed, then re-validates.
    void fill(const OperationInput& input);
    OperationInput currentInput() const { return input(operations().first()); }
    void markResultEarlier();
    void updateUserFieldsNotice();
    void clearOtherUsersFields();
    // True when the per-user fields are the current user's, or the user agreed to send them anyway.
    bool agreeToOtherUsersFields(const OperationInput& input);
    void focusField(const QString& apiField);
    // The errors as one line of links to their fields, and that line in `sentence` ("...: %1") next to Send.
    QString summaryOf(const ValidationErrors& errors) const;
    void showSummary(const QString& sentence, const ValidationErrors& errors);

    FieldErrorRouter m_router;
    UserPrompts* m_prompts = nullptr;
    QList<QPointer<QAbstractButton>> m_sendButtons;
    QPointer<QLabel> m_sendHint;
    QPointer<ResultView> m_resultView;
    QPointer<QAbstractButton> m_cancelButton;
    QPointer<UserFieldsNotice> m_userFieldsNotice;
    QShortcut* m_cancelShortcut = nullptr;
    PerUserFields m_perUserFields;
    QString m_workspace;        // where the next send goes
    QString m_requestWorkspace; // where the last one went
    bool m_sending = false;
    bool m_filling = false;
    bool m_unsent = false;        // holds something typed or filled since the last send (or New)
    bool m_resultIsLatest = true; // the result to come (or shown) is of the request the form now holds
};
