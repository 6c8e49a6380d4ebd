#pragma once

#include "core/api/Operation.h"
#include "core/api/ValidationError.h"

#include <QJsonObject>

// The API's rules for a request body, as the reference and the real service state them. Shared by the client
// (checked before sending) and vero-sandbox (checked on receipt, answered with 400), so both agree exactly.
class BodyValidator
{
public:
    static ValidationErrors validate(Operation operation, const QJsonObject& body);

    // The reference's limit for id, email and event_name: "less than 255 characters".
    static constexpr int MaxLength = 254;
    static bool isValidEmail(const QString& email);
};
