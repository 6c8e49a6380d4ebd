#include "core/api/Operation.h"

#include <QCoreApplication>

namespace Operations {

QList<Operation> all()
{
    return {Operation::Identify,
            Operation::EditProperties,
            Operation::Alias,
            Operation::Unsubscribe,
            Operation::Resubscribe,
            Operation::Delete,
            Operation::TagsEdit,
            Operation::TrackEvent,
            Operation::Heartbeat};
}

QString key(Operation operation)
{
    switch (operation) {
        case Operation::Identify:
            return QStringLiteral("identify");
        case Operation::EditProperties:
            return QStringLiteral("edit");
        case Operation::Alias:
            return QStringLiteral("alias");
        case Operation::Unsubscribe:
            return QStringLiteral("unsubscribe");
        case Operation::Resubscribe:
            return QStringLiteral("resubscribe");
        case Operation::Delete:
            return QStringLiteral("delete");
        case Operation::TagsEdit:
            return QStringLiteral("tags");
        case Operation::TrackEvent:
            return QStringLiteral("event");
        case Operation::Heartbeat:
            return QStringLiteral("heartbeat");
    }
    return {};
}

std::optional<Operation> fromKey(const QString& key)
{
    for (Operation operation : all()) {
        if (Operations::key(operation) == key) {
            return operation;
        }
    }
    return std::nullopt;
}

QString displayName(Operation operation)
{
    switch (operation) {
        case Operation::Identify:
            return QCoreApplication::translate("Operation", "Identify");
        case Operation::EditProperties:
            return QCoreApplication::translate("Operation", "Edit properties");
        case Operation::Alias:
            return QCoreApplication::translate("Operation", "Alias");
        case Operation::Unsubscribe:
            return QCoreApplication::translate("Operation", "Unsubscribe");
        case Operation::Resubscribe:
            return QCoreApplication::translate("Operation", "Resubscribe");
        case Operation::Delete:
            return QCoreApplication::translate("Operation", "Delete");
        case Operation::TagsEdit:
            return QCoreApplication::translate("Operation", "Tags");
        case Operation::TrackEvent:
            return QCoreApplication::translate("Operation", "Track event");
        case Operation::Heartbeat:
            return QCoreApplication::translate("Operation", "Connection test");
    }
    return {};
}

QByteArray method(Operation operation)
{
    switch (operation) {
        case Operation::EditProperties:
        case Operation::Alias:
        case Operation::TagsEdit:
            return QByteArrayLiteral("PUT");
        case Operation::Heartbeat:
            return QByteArrayLiteral("GET");
        default:
            return QByteArrayLiteral("POST");
    }
}

QString path(Operation operation)
{
    switch (operation) {
        case Operation::Identify:
            return QStringLiteral("users/track");
        case Operation::EditProperties:
            return QStringLiteral("users/edit");
        case Operation::Alias:
            return QStringLiteral("users/reidentify");
        case Operation::Unsubscribe:
            return QStringLiteral("users/unsubscribe");
        case Operation::Resubscribe:
            return QStringLiteral("users/resubscribe");
        case Operation::Delete:
            return QStringLiteral("users/delete");
        case Operation::TagsEdit:
            return QStringLiteral("users/tags/edit");
        case Operation::TrackEvent:
            return QStringLiteral("events/track");
        case Operation::Heartbeat:
            return QStringLiteral("heartbeat");
    }
    return {};
}

bool needsCredential(Operation operation)
{
    return operation != Operation::Heartbeat;
}

} // namespace Operations
