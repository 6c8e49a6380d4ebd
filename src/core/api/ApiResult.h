#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// What came back from one request, as a value: widgets, veroctl and the history store see this and nothing of
// QNetworkReply. What the service answers: docs/vero-api.md, "Responses". VeroClient has already hidden the
// credential in every text here (Redaction) and capped the body and the message.
struct ApiResult
{
    enum class Outcome
    {
        Accepted, // 2xx, whole
        Rejected, // 4xx: the service refused the data or the credential
        Failed,   // no usable answer: network failure, timeout, TLS, 5xx, an answer cut short or damaged
        NotSent,  // refused before sending (bad workspace, unreadable CA file, unusable credential)
    };

    // How much of an answer is read; the rest is not even received (a hostile or broken server could send
    // gigabytes). The service's own answers are a few dozen bytes.
    static constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;
    // How much of the service's "message" is kept.
    static constexpr qsizetype MaxMessageLength = 1000;
    // How many response headers are kept, and how long a value may be: enough for any real answer, not for a
    // server that sends thousands.
    static constexpr qsizetype MaxHeaders = 64;
    static constexpr qsizetype MaxHeaderValueLength = 1000;

    using Header = QPair<QByteArray, QByteArray>;

    int status = 0;       // HTTP status, 0 when there was none
    QString message;      // the service's "message" when the body is JSON {status, message}
    QByteArray body;      // raw response body, at most MaxBodyBytes; may be HTML or empty
    bool bodyCut = false; // the body was longer than MaxBodyBytes: the rest was not read
    // The response headers as received, in order, the credential hidden in each value and cookies masked.
    QList<Header> headers;
    // A status came, but the answer did not arrive whole (the deadline passed, the connection closed early, the
    // chunks or the compression were broken): whatever the status, the outcome is Failed.
    bool damaged = false;
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
    // When the body was cut: says so, with the limit; empty otherwise.
    QString bodyCutNotice() const;
    // Reads the service's "message" out of a JSON body, at most MaxMessageLength characters; empty when the body
    // is not JSON.
    static QString messageFromBody(const QByteArray& body);
    // "Name: value" lines, one per header.
    static QString headerText(const QList<Header>& headers);
};
