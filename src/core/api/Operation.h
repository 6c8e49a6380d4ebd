#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Every Track API v2 operation the product knows (docs/vero-api.md, "Endpoints"). The order is the order of the
// forms in the app and of veroctl's commands.
enum class Operation
{
    Identify,
    EditProperties,
    Alias,
    Unsubscribe,
    Resubscribe,
    Delete,
    TagsEdit,
    TrackEvent,
    Heartbeat,
};

namespace Operations {
QList<Operation> all();
// Stable key used by veroctl's commands, history rows and the sandbox's request log ("identify", "tags", ...).
QString key(Operation operation);
std::optional<Operation> fromKey(const QString& key);
// Human-readable, translated name ("Track event").
QString displayName(Operation operation);
QByteArray method(Operation operation);
// Path relative to the workspace's base URL, without ".json".
QString path(Operation operation);
// Heartbeat is the only call that needs no credential.
bool needsCredential(Operation operation);
} // namespace Operations
