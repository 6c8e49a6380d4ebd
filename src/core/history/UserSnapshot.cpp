#include "core/history/UserSnapshot.h"

#include <QJsonDocument>

OperationInput UserSnapshot::identifyInput() const
{
    OperationInput input;
    input.operation = Operation::Identify;
    input.id = userId;
    input.email = email;
    input.phone = phone;
    input.channels = channels;
    if (!properties.isEmpty()) {
        input.data = QString::fromUtf8(QJsonDocument(properties).toJson(QJsonDocument::Indented)).trimmed();
    }
    return input;
}

OperationInput UserSnapshot::tagsInput() const
{
    OperationInput input;
    input.operation = Operation::TagsEdit;
    input.id = userId;
    input.tagsAdd = tags;
    return input;
}
