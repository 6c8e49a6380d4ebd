#pragma once

#include <QList>

class OperationForm;
class QWidget;

// Makes one form per entry of the main window's operation list, in its order.
class FormFactory
{
public:
    // Identify, Edit properties, Alias, Subscription, Delete, Tags, Track event, Connection test.
    static QList<OperationForm*> createForms(QWidget* parent);
};
