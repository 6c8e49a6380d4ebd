#include "core/api/OperationInput.h"

namespace {
void putIfSet(QJsonObject& json, const char* key, const QString& value)
{
    if (!value.isEmpty()) {
        json.insert(QLatin1String(key), value);
    }
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}
} // namespace

/// Serialises the input for history rows; empty fields are left out.
QJsonObject OperationInput::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("operation"), Operations::key(operation));
    putIfSet(json, "id", id);
    putIfSet(json, "email", email);
    putIfSet(json, "phone", phone);
    putIfSet(json, "new_id", newId);
    putIfSet(json, "event_name", eventName);
    putIfSet(json, "data", data);
    putIfSet(json, "changes", changes);
    putIfSet(json, "extras", extras);
    if (!channels.isEmpty()) {
        json.insert(QLatin1String("channels"), channels);
    }
    if (!tagsAdd.isEmpty()) {
        json.insert(QLatin1String("add"), QJsonArray::fromStringList(tagsAdd));
    }
    if (!tagsRemove.isEmpty()) {
        json.insert(QLatin1String("remove"), QJsonArray::fromStringList(tagsRemove));
    }
    return json;
}

OperationInput OperationInput::fromJson(const QJsonObject& json)
{
    OperationInput input;
    input.operation
        = Operations::fromKey(json.value(QLatin1String("operation")).toString()).value_or(Operation::Identify);
    input.id = json.value(QLatin1String("id")).toString();
    input.email = json.value(QLatin1String("email")).toString();
    input.phone = json.value(QLatin1String("phone")).toString();
    input.newId = json.value(QLatin1String("new_id")).toString();
    input.eventName = json.value(QLatin1String("event_name")).toString();
    input.data = json.value(QLatin1String("data")).toString();
    input.changes = json.value(QLatin1String("changes")).toString();
    input.extras = json.value(QLatin1String("extras")).toString();
    input.channels = json.value(QLatin1String("channels")).toArray();
    input.tagsAdd = stringList(json.value(QLatin1String("add")));
    input.tagsRemove = stringList(json.value(QLatin1String("remove")));
    return input;
}
