#pragma once

#include "core/history/HistoryEntry.h"

#include <QString>

// Renders the request a history row recorded, as it went out (credential already ***). Built from the stored
// method, URL and body rather than the workspace's settings, so it reproduces what was sent even after the
// workspace changed.
class HistoryRequestRenderer
{
public:
    // A curl command that reads the credential from $VERO_AUTH_TOKEN when it runs.
    static QString toCurl(const HistoryEntry& entry);
    // The JSON body without the credential field, indented; empty when the request had no body.
    static QString jsonBody(const HistoryEntry& entry);
    // `text` indented when it is JSON, as it is otherwise (HTML error pages, plain text).
    static QString prettyJson(const QString& text);
};
