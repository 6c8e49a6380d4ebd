#pragma once

#include <QByteArray>
#include <QString>

// What came back from one request, as a value: widgets, veroctl and the history store see this and nothing of
// QNetworkReply. What the service answers: docs/vero-api.md, "Responses".
struct ApiResult
{
    enum class Outcome
    {
        Accepted, // 2xx
        Rejected, // 4xx: the service refused the data or the credential
        Failed,   // no usable answer: network failure, timeout, TLS, 5xx
        NotSent,  // refused before sending (bad workspace, unreadable CA file)
    };

    int status = 0;  // HTTP status, 0 when there was none
    QString message; // the service's "message" when the body is JSON {status, message}
    QByteArray body; // raw response body; may be HTML or empty
    qint64 elapsedMs = 0;
    int retryAfterSeconds = -1; // from a 429 or 503's Retry-After header; -1 when absent
    QString error;              // for Failed and NotSent: what went wrong, in words a support person understands
    bool sent = true;
    // Failed without an answer, yet the request may have reached the service and been applied: a timeout, a
    // connection dropped after sending, a cancel while waiting. A refused connection or an unknown host did not.
    bool mayHaveArrived = false;
    bool cancelled = false; // the user cancelled it while waiting for the answer (mayHaveArrived is set too)

    Outcome outcome() const;
    // Failed with no answer that would say whether it was applied: check before sending it again.
    bool outcomeUnknown() const { return sent && status == 0 && mayHaveArrived; }
    // One line for status bars and the CLI: "200 Success. (45 ms)" or the error.
    QString summary() const;
    // Reads the service's "message" out of a JSON body; empty when the body is not JSON.
    static QString messageFromBody(const QByteArray& body);
};
