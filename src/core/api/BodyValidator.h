#pragma once

#include "core/api/Operation.h"
#include "core/api/ValidationError.h"

#include <QJsonObject>

// The API's rules for a request body (docs/vero-api.md, "Requests and bodies"). Shared by the client (checked
// before sending) and vero-sandbox (checked on receipt, answered with 400), so both agree exactly.
class BodyValidator
{
public:
    [[nodiscard]] static ValidationErrors validate(Operation operation, const QJsonObject& body);

    // The reference's limit for id, email and event_name: "less than 255 characters".
    static constexpr int MaxLength = 254;
    static bool isValidEmail(const QString& email);
    // An id as text: ids may be strings or numbers on the wire. Empty for anything else.
    static QString idText(const QJsonValue& value);
    // Enough significant digits for a number id to read back exactly as the double it was sent as.
    static constexpr int NumberIdDigits = 17;
};
