#include "cli/OutputFormatter.h"

#include "cli/JsonFormatter.h"
#include "cli/TextFormatter.h"

std::unique_ptr<OutputFormatter> OutputFormatter::create(bool json, Console& console)
{
    if (json) {
        return std::make_unique<JsonFormatter>(console);
    }
    return std::make_unique<TextFormatter>(console);
}
