#include "app/forms/ValidatedOperationForm.h"

#include "app/forms/ResultView.h"
#include "app/widgets/UserFieldsNotice.h"
#include "app/widgets/UserPrompts.h"
#include "core/api/RequestBuilder.h"
#include "core/forms/FormDraftStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QShortcut>

namespace {
// The summary next to Send links at most this many errors; the rest are counted.
constexpr int SummarisedErrors = 2;
} // namespace

ValidatedOperationForm::ValidatedOperationForm(UserPrompts* prompts, QWidget* parent)
    : OperationForm(parent)
    , m_prompts(prompts)
{
}

ValidatedOperationForm::Controls
ValidatedOperationForm::controlsByName(const QList<QAbstractButton*>& sendButtons) const
{
    Controls controls;
    controls.sendButtons = sendButtons;
    controls.sendHint = findChild<QLabel*>(QStringLiteral("sendHintLabel"));
    controls.resultView = findChild<ResultView*>(QStringLiteral("resultView"));
    controls.newButton = findChild<QAbstractButton*>(QStringLiteral("newButton"));
    controls.cancelButton = findChild<QAbstractButton*>(QStringLiteral("cancelButton"));
    controls.userFieldsNotice = findChild<UserFieldsNotice*>(QStringLiteral("userFieldsNotice"));
    return controls;
}

void ValidatedOperationForm::setUpValidation(const QList<QAbstractButton*>& sendButtons)
{
    const Controls controls = controlsByName(sendButtons);
    for (QAbstractButton* button : controls.sendButtons) {
        m_sendButtons.append(button);
        if (button->toolTip().isEmpty()) {
            button->setToolTip(tr("Send (Ctrl+Return)"));
        }
    }
    m_sendHint = controls.sendHint;
    if (m_sendHint) {
        m_sendHint->setTextFormat(Qt::RichText); // the summary links to the fields; setHint escapes plain text
        m_sendHint->setTextInteractionFlags(Qt::TextSelectableByMouse); // focusable, so it can take a tab place
    }
    m_resultView = controls.resultView;
    m_cancelButton = controls.cancelButton;
    m_userFieldsNotice = controls.userFieldsNotice;
    if (m_sendHint) {
        connect(m_sendHint, &QLabel::linkActivated, this, &ValidatedOperationForm::focusField);
    }
    if (controls.newButton) {
        controls.newButton->setToolTip(tr("Empty the form (Ctrl+N)"));
        connect(controls.newButton, &QAbstractButton::clicked, this, &ValidatedOperationForm::clearInput);
    }
    // Tab reaches Send straight after the fields; the summary's links, Cancel and New come after it.
    QWidget* previous = controls.sendButtons.isEmpty() ? nullptr : controls.sendButtons.constLast();
    const QList<QWidget*> afterSend {controls.sendHint, controls.cancelButton, controls.newButton};
    for (QWidget* next : afterSend) {
        if (previous && next) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelShortcut, &QShortcut::activated, this, &OperationForm::cancelRequested);
    if (m_cancelButton) {
        m_cancelButton->setToolTip(tr("Stop waiting for the answer (Esc); the request may still reach Vero"));
        connect(m_cancelButton, &QAbstractButton::clicked, this, &OperationForm::cancelRequested);
    }
    connect(this, &OperationForm::cancelRequested, this, [this] {
        if (m_sending) {
            setHint(tr("Cancelling…"));
        }
    });
    if (m_userFieldsNotice) {
        connect(m_userFieldsNotice,
                &UserFieldsNotice::clearRequested,
                this,
                &ValidatedOperationForm::clearOtherUsersFields);
    }
    setSending(false);
    revalidate();
}

void ValidatedOperationForm::watch(QLineEdit* edit, const QString& apiField)
{
    connect(edit, &QLineEdit::textChanged, this, [this, apiField] { fieldChanged(apiField); });
}

void ValidatedOperationForm::fieldChanged(const QString& apiField)
{
    if (m_filling) {
        return; // fill() re-validates once at the end
    }
    m_unsent = true;
    m_perUserFields.edited(currentInput(), PerUserFields::isPerUserField(apiField));
    m_router.touch(apiField);
    revalidate();
    static const QStringList userFields {
        QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("identity.id"), QStringLiteral("identity.email")};
    if (userFields.contains(apiField)) {
        emit userEdited(PerUserFields::identityOf(currentInput()));
    }
}

void ValidatedOperationForm::followUser(const PerUserFields::Identity& user)
{
    const OperationInput current = currentInput();
    const PerUserFields::Identity shown = PerUserFields::identityOf(current);
    if (!userIdField() || shown == user) {
        return;
    }
    // The same user, more or less of them known: keep what the form knows that `user` leaves out.
    const bool sameUser = PerUserFields::sameUser(shown, user);
    OperationInput next = sameUser ? current : PerUserFields::withoutPerUserFields(current);
    next.id = sameUser && user.id.isEmpty() ? current.id : user.id;
    next.email = sameUser && user.email.isEmpty() ? current.email : user.email;
    fill(next);
    if (!sameUser) {
        m_perUserFields.reset();
        markResultEarlier();
    }
    updateUserFieldsNotice();
}

void ValidatedOperationForm::fill(const OperationInput& input)
{
    m_filling = true;
    writeFields(input);
    m_filling = false;
    m_router.resetTouched();
    revalidate();
}

void ValidatedOperationForm::setInput(const OperationInput& input)
{
    fill(input);
    m_perUserFields.filled(input);
    m_unsent = true; // filled but not sent: kept as a draft if the app is quit
    markResultEarlier();
    updateUserFieldsNotice();
    if (userIdField()) {
        emit userEdited(PerUserFields::identityOf(currentInput()));
    }
}

void ValidatedOperationForm::clearInput()
{
    OperationInput blank;
    blank.operation = operations().first();
    fill(blank);
    m_perUserFields.reset();
    m_unsent = false;
    if (m_sending) {
        m_resultIsLatest = false;
    } else if (m_resultView) {
        m_resultView->clear();
    }
    updateUserFieldsNotice();
    if (QWidget* field = userIdField()) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

std::optional<FormDraftStore::Draft> ValidatedOperationForm::draft() const
{
    const OperationInput current = currentInput();
    if (!m_unsent || FormDraftStore::isEmpty(current)) {
        return std::nullopt;
    }
    return FormDraftStore::Draft {current, m_perUserFields.owner(), m_perUserFields.ownerFilled()};
}

void ValidatedOperationForm::restoreDraft(const FormDraftStore::Draft& draft)
{
    fill(draft.input);
    // As the user left it: the per-user fields still belong to whom they belonged to.
    m_perUserFields.restore(draft.owner, draft.ownerFilled);
    m_unsent = true;
    updateUserFieldsNotice();
}

void ValidatedOperationForm::setWorkspaceName(const QString& name)
{
    m_workspace = name;
    if (m_requestWorkspace != name) {
        // A result under another workspace's banner must not read as this workspace's.
        if (m_sending) {
            m_resultIsLatest = false;
        }
        if (m_resultView) {
            m_resultView->markEarlier(m_requestWorkspace);
        }
    }
}

void ValidatedOperationForm::markResultEarlier()
{
    if (m_sending) {
        m_resultIsLatest = false;
    }
    if (m_resultView) {
        m_resultView->markEarlier(m_requestWorkspace);
    }
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
    updateUserFieldsNotice();
    if (m_sending || !m_sendHint) {
        return; // the hint says "Sending…" until the answer comes
    }
    // Say why Send is disabled even before the user reaches the field at fault, and link to the fields: in a
    // form that scrolls, the messages next to them may be out of sight.
    if (errors.isEmpty()) {
        setHint(QString());
    } else if (!shown.isEmpty()) {
        showSummary(tr("Correct before sending: %1"), shown);
    } else {
        showSummary(QStringLiteral("%1"), {heldBack.first()});
    }
}

void ValidatedOperationForm::setHint(const QString& text)
{
    if (m_sendHint) {
        m_sendHint->setText(text.toHtmlEscaped());
        m_sendHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

void ValidatedOperationForm::showSummary(const QString& sentence, const ValidationErrors& errors)
{
    if (m_sendHint) {
        m_sendHint->setText(sentence.arg(summaryOf(errors)));
        // Tab reaches the links (Enter follows one) only while there are some.
        m_sendHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
}

QString ValidatedOperationForm::summaryOf(const ValidationErrors& errors) const
{
    QStringList parts;
    QStringList keys;
    for (const ValidationError& error : errors) {
        const QString key = m_router.keyFor(error.field);
        if (keys.contains(key)) {
            continue;
        }
        keys.append(key);
        if (parts.size() == SummarisedErrors) {
            continue; // counted below
        }
        const QWidget* input = m_router.inputFor(error.field);
        const QString name = input && !input->accessibleName().isEmpty() ? input->accessibleName() : error.field;
        // A message that names its field already ("Email is not a valid address.") is the link on its own.
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>").arg(error.field.toHtmlEscaped());
        parts.append(error.message.startsWith(name, Qt::CaseInsensitive)
                         ? link.arg(error.message.toHtmlEscaped())
                         : QStringLiteral("%1: %2").arg(link.arg(name.toHtmlEscaped()), error.message.toHtmlEscaped()));
    }
    QString summary = parts.join(QStringLiteral(" "));
    if (keys.size() > parts.size()) {
        summary += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(keys.size() - parts.size()));
    }
    return summary;
}

void ValidatedOperationForm::focusField(const QString& apiField)
{
    QWidget* field = m_router.inputFor(apiField);
    if (!field) {
        return;
    }
    field->setFocus(Qt::OtherFocusReason);
    // Bring the field and its message into view in a form that scrolls.
    for (QWidget* parent = field->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* scrollArea = qobject_cast<QScrollArea*>(parent)) {
            scrollArea->ensureWidgetVisible(field);
            if (FieldErrorLabel* label = m_router.labelFor(apiField)) {
                scrollArea->ensureWidgetVisible(label);
            }
            break;
        }
    }
}

void ValidatedOperationForm::updateUserFieldsNotice()
{
    if (m_userFieldsNotice) {
        m_userFieldsNotice->setNotice(m_perUserFields.notice(currentInput()));
    }
}

void ValidatedOperationForm::clearOtherUsersFields()
{
    fill(PerUserFields::withoutPerUserFields(currentInput()));
    m_perUserFields.reset();
    updateUserFieldsNotice();
    if (QWidget* field = userIdField()) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

bool ValidatedOperationForm::agreeToOtherUsersFields(const OperationInput& input)
{
    const std::optional<PerUserFields::Identity> owner = m_perUserFields.otherOwner(input);
    if (!owner) {
        return true;
    }
    const QString user = PerUserFields::identityOf(input).label();
    UserPrompts::Confirmation confirmation;
    confirmation.title = tr("Send another user's data?");
    confirmation.question = m_perUserFields.question(input);
    confirmation.consequences
        = tr("They would be written to the profile of %1. Vero cannot tell that they belong to %2.")
              .arg(user, owner->label());
    confirmation.details
        = tr("Choose Cancel, then Clear them (next to Send) or change them, if they are not meant for %1.").arg(user);
    confirmation.acceptLabel = tr("Send to %1").arg(user);
    confirmation.acceptAccessibleName = tr("Send the fields to %1").arg(user);
    confirmation.destructive = true;
    if (!m_prompts || !m_prompts->confirm(this, confirmation)) {
        setHint(tr("Nothing was sent: the fields below were filled for %1.").arg(owner->label()));
        return false;
    }
    m_perUserFields.adopt(input); // asked once: they are meant for this user now
    updateUserFieldsNotice();
    return true;
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
        if (!m_resultIsLatest || m_requestWorkspace != m_workspace) {
            m_resultView->markEarlier(m_requestWorkspace);
        }
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
        showSummary(tr("Nothing was sent: %1"), errors);
        focusField(errors.first().field);
        return false;
    }
    const OperationInput current = input(operation);
    if (!agreeToOtherUsersFields(current)) {
        return false;
    }
    confirmAndSend(current);
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
    m_requestWorkspace = m_workspace;
    m_resultIsLatest = true;
    m_unsent = false; // a draft that was sent is no longer a draft
    m_perUserFields.adopt(input);
    setSending(true);
    emit sendRequested(input);
}

void ValidatedOperationForm::setSending(bool sending)
{
    if (m_cancelButton) {
        m_cancelButton->setEnabled(sending);
    }
    if (m_cancelShortcut) {
        m_cancelShortcut->setEnabled(sending);
    }
    if (m_sending == sending) {
        return;
    }
    m_sending = sending;
    if (sending) {
        setHint(tr("Sending… the form can be edited meanwhile; Send is back when the answer comes. Esc cancels."));
    }
    revalidate();
}
