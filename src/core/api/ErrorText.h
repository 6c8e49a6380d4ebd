#pragma once

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

// Turns network failures and HTTP error statuses (docs/vero-api.md, "Responses") into sentences a support person
// can act on.
// None of them ever includes the credential: they are built from the host name and error kinds only.
class ErrorText
{
public:
    static QString forNetworkError(QNetworkReply::NetworkError error,
                                   const QString& host,
                                   int timeoutSeconds,
                                   bool timedOut,
                                   const QList<QSslError>& sslErrors);
    // Empty for 2xx. `retryAfterSeconds` (-1: unknown) is the service's Retry-After, said for 429 and 503.
    static QString forStatus(int status, int retryAfterSeconds = -1);
    // Reads a Retry-After header: delta-seconds or an HTTP date. -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray& header, const QDateTime& now);
};
