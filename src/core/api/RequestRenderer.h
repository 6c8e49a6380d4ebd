#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/Workspace.h"

#include <QJsonObject>
#include <QString>

// Shows a request exactly as it would go out, with the credential never revealed: as JSON
// {"method", "url", "headers", "body"} with the credential as ***, or as a curl command that reads the
// credential from $VERO_AUTH_TOKEN when it runs.
class RequestRenderer
{
public:
    static QJsonObject toJson(const ApiRequest& request, const Workspace& workspace);
    static QString toCurl(const ApiRequest& request, const Workspace& workspace);
    // Quotes `text` for a POSIX shell.
    static QString shellQuote(const QString& text);
};
