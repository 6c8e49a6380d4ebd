#pragma once

#include "core/api/ApiResult.h"
#include "core/history/DuplicateEvent.h"

#include <QString>

#include <optional>

// What became of one request veroctl was asked to send: the service's answer, or why nothing was sent, and the
// recent twin event found in the history, if any. What the output formatters show.
struct SendOutcome
{
    ApiResult result;
    // A check before sending refused (and said why on standard error): nothing went out.
    bool refused = false;
    std::optional<DuplicateEvent> duplicate;
    QString duplicateMessage; // DuplicateEvent::message, in words
};
