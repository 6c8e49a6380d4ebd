#pragma once

#include "core/api/ApiResult.h"
#include "core/api/Operation.h"
#include "core/api/OperationInput.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One request in the history: what went out (credential shown as ***), what came back, and the form input that
// produced it. Rows are written when the request goes out (Pending) and completed when the reply comes.
struct HistoryEntry
{
    // Where the request came from. Stored as its key ("gui", "cli", "bulk").
    enum class Source
    {
        Gui,
        Cli,
        Bulk,
    };

    // Stored as an integer; the values are part of the database schema, do not renumber.
    enum class StatusClass
    {
        Pending = 0,   // sent, no reply recorded (yet, or the app stopped before it came)
        Success = 1,   // 2xx
        Rejected = 2,  // 4xx
        Failed = 3,    // network failure, timeout, 3xx, 5xx
        NotSent = 4,   // refused before sending (bad workspace, unreadable CA file)
        Cancelled = 5, // cancelled by the user while waiting for the answer: it may have reached the service
        Unknown = 6,   // no answer after it may have arrived (timeout, dropped connection): it may have been applied
    };

    static constexpr qsizetype MaxResponseBytes = 64 * 1024;

    qint64 id = 0;  // row id; 0 until stored
    QDateTime time; // when the request went out, UTC
    QString workspace;
    QString bulkJob;      // the bulk job that sent it (source Bulk); empty otherwise
    QString operatorName; // the OS user who sent it
    Source source = Source::Gui;
    Operation operation = Operation::Identify;
    QString method;
    QString url;         // credential as *** when it travels in the query
    QString requestBody; // credential as ***
    // "Name: value" lines, one per header, as sent (WireRequest::sentHeaders) and as received (ApiResult);
    // empty for rows recorded before schema 7.
    QString requestHeaders;
    QString responseHeaders;
    QString userId;    // identity id; the old id for alias
    QString newUserId; // alias only: the new id
    QString email;
    QString eventName;
    QString dedupKey; // events only: EventDedup::key through the workspace
    StatusClass statusClass = StatusClass::Pending;
    int httpStatus = 0;
    QString message;      // the service's "message"
    QString responseBody; // the first MaxResponseBytes bytes
    bool responseTruncated = false;
    qint64 responseSize = 0; // bytes received, before the cut
    qint64 elapsedMs = 0;
    QString networkError; // in words a support person understands
    QJsonObject input;    // OperationInput::toJson(), for "open in form" and "send again"

    bool isPending() const { return statusClass == StatusClass::Pending; }
    OperationInput operationInput() const;
    // The user this row is about, for the table: id, or email when there is no id.
    QString userLabel() const;
    // The request went to Vero's production service (its URL's host is the default API's), whatever the name
    // of the workspace.
    bool sentToProduction() const;

    // Fills the request side from what went out. The caller sets time, workspace, operator and source.
    void setRequest(const OperationInput& input, const QByteArray& method, const QUrl& url, const QByteArray& body);
    // Fills the reply side; cuts the response body at MaxResponseBytes (on a character boundary) and marks it.
    void setResult(const ApiResult& result);
    // Replaces every occurrence of `secret` (as typed, percent-encoded and JSON-escaped) with *** in every text
    // field; then forces the value of any credential field (auth_token, tracking_api_key) in the URL's query and
    // the JSON body to ***. The history never holds a credential, even if a caller passed one by mistake.
    void redact(const QString& secret = QString());

    static QString sourceKey(Source source);
    static Source sourceFromKey(const QString& key);
    static StatusClass statusClassOf(const ApiResult& result);
    // The user name of the person running this program.
    static QString currentOperator();
    // Rebuilds the form input from a request body, for rows that have none (older schemas).
    static OperationInput inputFromBody(Operation operation, const QJsonObject& body);
};

Q_DECLARE_METATYPE(HistoryEntry)
