#include "app/shell/FormPages.h"

#include "app/forms/OperationForm.h"
#include "core/forms/FormDraftStore.h"
#include "core/platform/AppSettings.h"

#include <QStackedWidget>

namespace {
QString draftKey(const QList<Operation>& operations)
{
    return Operations::key(operations.constFirst());
}
} // namespace

FormPages::FormPages(QStackedWidget* stack, UserPrompts* prompts, QObject* parent)
    : QObject(parent)
    , m_stack(stack)
    , m_prompts(prompts)
    , m_entries(FormFactory::entries())
{
    m_forms.fill(nullptr, m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        auto* placeholder = new QWidget;
        placeholder->setObjectName(QStringLiteral("formPlaceholder%1").arg(i + 1));
        m_stack->addWidget(placeholder);
    }
}

OperationForm* FormPages::form(int index)
{
    if (index < 0 || index >= m_forms.size()) {
        return nullptr;
    }
    if (m_forms.at(index)) {
        return m_forms.at(index);
    }
    OperationForm* form = m_entries.at(index).create(m_prompts, nullptr);
    m_forms[index] = form;
    emit built(index, form); // wired up before it is first shown: it follows the current user on show
    AppSettings settings;
    const FormDraftStore drafts(settings);
    if (const std::optional<FormDraftStore::Draft> draft = drafts.load(draftKey(form->operations()))) {
        form->restoreDraft(*draft);
    }
    // In the placeholder's place; when the placeholder is on screen the form takes over before it goes, so the
    // stack never shows another page in between.
    QWidget* placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, form);
    if (m_stack->currentWidget() == placeholder) {
        m_stack->setCurrentWidget(form);
    }
    m_stack->removeWidget(placeholder);
    delete placeholder;
    return form;
}

QList<OperationForm*> FormPages::builtForms() const
{
    QList<OperationForm*> forms;
    for (OperationForm* form : m_forms) {
        if (form) {
            forms.append(form);
        }
    }
    return forms;
}

int FormPages::indexOf(Operation operation) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).operations.contains(operation)) {
            return i;
        }
    }
    return -1;
}

QList<int> FormPages::entriesWithDrafts() const
{
    AppSettings settings;
    const FormDraftStore drafts(settings);
    QList<int> indexes;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (drafts.load(draftKey(m_entries.at(i).operations))) {
            indexes.append(i);
        }
    }
    return indexes;
}

void FormPages::saveDrafts() const
{
    AppSettings settings;
    FormDraftStore drafts(settings);
    for (const OperationForm* form : builtForms()) {
        if (const std::optional<FormDraftStore::Draft> draft = form->draft()) {
            drafts.save(draftKey(form->operations()), *draft);
        } else {
            drafts.remove(draftKey(form->operations()));
        }
    }
}
