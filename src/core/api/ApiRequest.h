#pragma once

#include "core/api/Operation.h"

#include <QJsonObject>
#include <QString>

// A validated operation, ready to send: method, path relative to the base URL, and the JSON body without the
// credential. The credential and base URL are added by WireRequest, per workspace.
struct ApiRequest
{
    Operation operation = Operation::Heartbeat;
    QByteArray method;
    QString path;
    QJsonObject body;
    bool hasBody() const { return method != "GET"; }
};
