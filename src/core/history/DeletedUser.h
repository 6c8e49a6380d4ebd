#pragma once

#include "core/api/OperationInput.h"
#include "core/history/HistoryEntry.h"

#include <QString>

#include <optional>

class HistoryStore;

// A user the history says was deleted on a workspace (by the app or by veroctl) and not identified there since.
// Vero brings a deleted user who is identified again, or sent an event, back as a new profile, subscribed by
// default (docs/vero-api.md): the app asks before sending such a request. The decision to look lives here, not
// in a widget; an accepted identify of the id afterwards (the user recreated on purpose) ends the warning.
struct DeletedUser
{
    HistoryEntry deletion; // the accepted delete

    // The deletion `input` would undo on `workspace`, if the history holds one: identifies and events only.
    static std::optional<DeletedUser>
    find(const HistoryStore& store, const QString& workspace, const OperationInput& input);

    // "cust-42 was deleted on 1 Dec 2026 by alice; sending creates a new, subscribed profile."
    QString message() const;
};
