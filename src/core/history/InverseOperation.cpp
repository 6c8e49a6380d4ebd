#include "core/history/InverseOperation.h"

bool InverseOperation::exists(Operation operation)
{
    switch (operation) {
        case Operation::TagsEdit:
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
        case Operation::Alias:
            return true;
        case Operation::Identify:
        case Operation::EditProperties:
        case Operation::Delete:
        case Operation::TrackEvent:
        case Operation::Heartbeat:
            return false;
    }
    return false;
}

std::optional<OperationInput> InverseOperation::of(const OperationInput& input)
{
    OperationInput inverse;
    switch (input.operation) {
        case Operation::TagsEdit:
            if (input.tagsAdd.isEmpty() && input.tagsRemove.isEmpty()) {
                return std::nullopt;
            }
            inverse.operation = Operation::TagsEdit;
            inverse.id = input.id;
            inverse.tagsAdd = input.tagsRemove;
            inverse.tagsRemove = input.tagsAdd;
            return inverse;
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
            // Some libraries unsubscribe by email: the inverse addresses the user the same way.
            inverse.operation
                = input.operation == Operation::Unsubscribe ? Operation::Resubscribe : Operation::Unsubscribe;
            inverse.id = input.id;
            inverse.email = input.email;
            return inverse;
        case Operation::Alias:
            if (input.id.trimmed().isEmpty() || input.newId.trimmed().isEmpty()) {
                return std::nullopt;
            }
            inverse.operation = Operation::Alias;
            inverse.id = input.newId;
            inverse.newId = input.id;
            return inverse;
        case Operation::Identify:
        case Operation::EditProperties:
        case Operation::Delete:
        case Operation::TrackEvent:
        case Operation::Heartbeat:
            break;
    }
    return std::nullopt;
}

InverseOperation::Result InverseOperation::forEntry(const HistoryEntry& entry)
{
    Result result;
    switch (entry.operation) {
        case Operation::Identify:
        case Operation::EditProperties:
            result.note = tr("The Track API cannot read a user's earlier properties, so this cannot be undone.");
            return result;
        case Operation::Delete:
            result.note = tr("A deletion cannot be undone. \"Restore deleted user\" rebuilds the user's last known "
                             "properties and tags from the history for review.");
            return result;
        case Operation::TrackEvent:
            result.note = tr("The Track API has no way to remove an event once it is tracked.");
            return result;
        case Operation::Heartbeat:
            result.note = tr("A connection test changes nothing, so there is nothing to undo.");
            return result;
        case Operation::TagsEdit:
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
        case Operation::Alias:
            break;
    }
    switch (entry.statusClass) {
        case HistoryEntry::StatusClass::Rejected:
            result.note = tr("The service refused this request, so it changed nothing to undo.");
            return result;
        case HistoryEntry::StatusClass::NotSent:
            result.note = tr("This request was never sent, so it changed nothing to undo.");
            return result;
        case HistoryEntry::StatusClass::Success:
        case HistoryEntry::StatusClass::Pending:
        case HistoryEntry::StatusClass::Failed:
        case HistoryEntry::StatusClass::Cancelled:
        case HistoryEntry::StatusClass::Unknown:
            break;
    }

    const OperationInput input = entry.operationInput();
    result.input = of(input);
    if (!result.input) {
        result.note = tr("This request changed nothing that could be undone.");
        return result;
    }
    QStringList notes;
    switch (input.operation) {
        case Operation::TagsEdit:
            notes << tr("Removes the tags this request added and adds back the ones it removed. A tag the user "
                        "already had before this request is removed too.");
            break;
        case Operation::Unsubscribe:
            notes << tr("Resubscribes the user this request unsubscribed.");
            break;
        case Operation::Resubscribe:
            notes << tr("Unsubscribes the user this request resubscribed.");
            break;
        case Operation::Alias:
            notes << tr("Moves the user from \"%1\" back to \"%2\". If \"%1\" already existed before the alias, "
                        "Vero merged the two users and the merge cannot be split.")
                         .arg(input.newId, input.id);
            break;
        default:
            break;
    }
    if (entry.statusClass != HistoryEntry::StatusClass::Success) {
        notes << tr("No accepted reply was recorded for this request: it may not have been applied.");
    }
    result.note = notes.join(QLatin1Char(' '));
    return result;
}
