#pragma once

#include "core/api/OperationInput.h"
#include "core/history/HistoryEntry.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The request that undoes another, where the Track API has one: tags added <-> removed, unsubscribe <->
// resubscribe, alias (the new id back to the old). Identify, edit, delete and events have no inverse: the API
// cannot read the previous state back. The result only fills a form; the user reviews it before anything is sent.
class InverseOperation
{
    Q_DECLARE_TR_FUNCTIONS(InverseOperation)

public:
    struct Result
    {
        std::optional<OperationInput> input; // none when there is nothing to undo
        QString note;                        // why there is none, or what the user should know before sending it
        bool ok() const { return input.has_value(); }
    };

    // Whether requests of `operation` can be undone at all.
    static bool exists(Operation operation);
    // The inverse of `input`; none when the operation has no inverse or the input would change nothing.
    static std::optional<OperationInput> of(const OperationInput& input);
    // The inverse of a history row, with a note for the user. Rows the service refused (or that were never
    // sent) changed nothing, so they have nothing to undo.
    static Result forEntry(const HistoryEntry& entry);
};
