#pragma once

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

// Turns network failures and HTTP error statuses (docs/vero-api.md, "Responses") into sentences a support person
// can act on, saying whether the request can have reached the service: "nothing was sent" only when that is
// certain (refused, not found, TLS not set up, the proxy failed, the request never went out whole).
// None of them ever includes the credential: they are built from the host name and error kinds only, and every
// value goes in with one arg() call, so a "%1" in a host name stays as it is.
class ErrorText
{
public:
    // A request that got no HTTP status back.
    struct NetworkFailure
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString host;
        int timeoutSeconds = 0;
        bool timedOut = false;    // the client's deadline passed
        bool requestSent = false; // the whole request went out (QNetworkReply::requestSent)
        QString proxy;            // "host:port" of the proxy the request went through; empty for none
        QList<QSslError> sslErrors;
    };

    // Why an answer that began with a status did not arrive whole.
    enum class Damage
    {
        Deadline,         // the deadline passed while the answer was arriving
        ConnectionClosed, // closed before the length announced (Content-Length, or a chunk's size)
        Undecodable,      // the compression (Content-Encoding) is broken
        Malformed,        // Qt found the HTTP itself broken
        NotDeclaredJson,  // the answer says it is JSON and is not: cut, or its chunks were broken
    };

    static QString forNetworkError(const NetworkFailure& failure);
    // `status` is the HTTP status that came before the damage.
    static QString forDamagedAnswer(const QString& host, int status, Damage damage, int timeoutSeconds);
    // Empty for 2xx. `retryAfterSeconds` (-1: unknown) is the service's Retry-After, said for 429 and 503.
    static QString forStatus(int status, int retryAfterSeconds = -1);
    // Reads a Retry-After header: delta-seconds or an HTTP date. -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray& header, const QDateTime& now);
};
