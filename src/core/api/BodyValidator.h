#pragma once

#include "core/api/Operation.h"
#include "core/api/ValidationError.h"

#include <QCoreApplication>
#include <QJsonObject>

// The API's rules for a request body (docs/vero-api.md, "Requests and bodies"). Shared by the client (checked
// before sending) and vero-sandbox (checked on receipt, answered with 400), so both agree exactly.
// Each message names the field as the forms label it ("Email is not a valid address."); ValidationError::field
// keeps the API path, which the forms show in a tooltip and the CLI and the sandbox put before the message.
class BodyValidator
{
    Q_DECLARE_TR_FUNCTIONS(BodyValidator)
public:
    [[nodiscard]] static ValidationErrors validate(Operation operation, const QJsonObject& body);
    // How the forms label an API field for `operation` ("id" is "Current id" in Alias, "Channel 1" for
    // "channels[0]"); the API path for a field no form has.
    static QString fieldLabel(Operation operation, const QString& apiField);

    // The reference's limit for id, email and event_name: "less than 255 characters".
    static constexpr int MaxLength = 254;
    static bool isValidEmail(const QString& email);
    // An id as text: ids may be strings or numbers on the wire. Empty for anything else.
    static QString idText(const QJsonValue& value);
    // Enough significant digits for a number id to read back exactly as the double it was sent as.
    static constexpr int NumberIdDigits = 17;
};
