#pragma once

#include <QString>

// How Vero matches event names: capitals, spaces and underscores count as the same, so "Purchased Item",
// "purchased item" and "purchased_item" are one event.
class EventName
{
public:
    static QString normalised(const QString& name);
};
