#pragma once

#include "app/forms/FormFactory.h"

#include <QList>
#include <QObject>

class OperationForm;
class QStackedWidget;
class UserPrompts;

// The operation forms' pages in the main window's stack, one per FormFactory entry: an empty page until its
// form is first asked for (shown, filled from the history, listed), so start-up builds only the form on screen.
// Unsent input is kept across restarts (FormDraftStore, under each form's first operation): a form takes its
// draft back when it is built.
class FormPages : public QObject
{
    Q_OBJECT
public:
    // `stack` gets one page per entry; `prompts` must outlive the forms.
    FormPages(QStackedWidget* stack, UserPrompts* prompts, QObject* parent = nullptr);

    const QList<FormFactory::Entry>& entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    // The form of entry `index`, built now if it was not yet (built is emitted first); nullptr out of range.
    OperationForm* form(int index);
    bool isBuilt(int index) const { return index >= 0 && index < m_forms.size() && m_forms.at(index); }
    // The forms built so far, in entry order.
    QList<OperationForm*> builtForms() const;
    // The entry whose form sends `operation`, or -1.
    int indexOf(Operation operation) const;
    // The entries with a draft from last time, built or not.
    QList<int> entriesWithDrafts() const;
    // The built forms' drafts (a form with nothing unsent loses its draft); a form never shown this time is not
    // built, and its draft from last time stays as it was.
    void saveDrafts() const;

signals:
    // `form` (of entry `index`) was just built, before it goes on its page: the window wires it up.
    void built(int index, OperationForm* form);

private:
    QStackedWidget* m_stack = nullptr;
    UserPrompts* m_prompts = nullptr;
    QList<FormFactory::Entry> m_entries;
    QList<OperationForm*> m_forms; // one per entry, nullptr until built
};
