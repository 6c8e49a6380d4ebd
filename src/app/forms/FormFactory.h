#pragma once

#include <QList>

class OperationForm;
class QWidget;
class UserPrompts;

// Makes one form per entry of the main window's operation list, in its order.
class FormFactory
{
public:
    // Identify, Edit properties, Alias, Subscription, Delete, Tags, Track event, Connection test. The forms ask
    // the user (before a deletion, before one user's data goes to another) through `prompts`, which must outlive
    // them.
    static QList<OperationForm*> createForms(UserPrompts* prompts, QWidget* parent);
};
