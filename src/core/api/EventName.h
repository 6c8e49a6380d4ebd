#pragma once

#include <QString>

// How Vero matches event names (docs/vero-api.md, "Requests and bodies"): capitals, spaces and underscores count
// as the same, so "Purchased Item", "purchased item" and "purchased_item" are one event. The one rule for the
// event form's preview, the history's duplicate check and vero-sandbox's deduplication.
class EventName
{
public:
    // Lower case, runs of spaces and underscores as one "_", no leading or trailing ones: "purchased_item".
    static QString normalised(const QString& name);
};
