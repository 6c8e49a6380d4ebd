#pragma once

#include "core/api/Operation.h"

#include <QList>

class OperationForm;
class QWidget;
class UserPrompts;

// Makes one form per entry of the main window's operation list, in its order.
class FormFactory
{
public:
    // One entry of the operation list: what its form sends, known before the form is built (the main window
    // builds a form the first time its page is shown, not before its first frame).
    struct Entry
    {
        QList<Operation> operations;
        OperationForm* (*create)(UserPrompts* prompts, QWidget* parent) = nullptr;
    };

    // Identify, Edit properties, Alias, Subscription, Delete, Tags, Track event, Connection test. The forms ask
    // the user (before a deletion, before one user's data goes to another) through `prompts`, which must outlive
    // them.
    static QList<Entry> entries();
    // Every entry's form, built now.
    static QList<OperationForm*> createForms(UserPrompts* prompts, QWidget* parent);
};
