#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/OperationInput.h"
#include "core/api/ValidationError.h"

// Turns what a user typed into the exact request the API wants, or into the list of what is wrong with it.
// Nothing with errors is ever sent: callers check `errors` first.
class RequestBuilder
{
public:
    struct Result
    {
        ApiRequest request;
        ValidationErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };

    [[nodiscard]] static Result build(const OperationInput& input);
};
