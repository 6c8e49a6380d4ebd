#pragma once

#include "core/api/Operation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What a user typed for one operation, before validation. Forms, veroctl options and history rows all map to
// this one shape, so "open in form" and "send again" work for every operation alike. JSON fields are kept as
// the text the user typed: invalid JSON must be reported, not silently dropped.
struct OperationInput
{
    Operation operation = Operation::Identify;
    QString id;
    QString email;
    QString phone;
    QString newId;
    QString eventName;
    QString data;        // JSON object text: identify data, event data
    QString changes;     // JSON object text: users/edit
    QString extras;      // JSON object text: event extras
    QJsonArray channels; // [{type, address, platform}]
    QStringList tagsAdd;
    QStringList tagsRemove;

    QJsonObject toJson() const;
    static OperationInput fromJson(const QJsonObject& json);

    bool operator==(const OperationInput&) const = default;
};
