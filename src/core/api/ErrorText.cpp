#include "core/api/ErrorText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ErrorText", text);
}
} // namespace

QString ErrorText::forNetworkError(QNetworkReply::NetworkError error,
                                   const QString& host,
                                   int timeoutSeconds,
                                   bool timedOut,
                                   const QList<QSslError>& sslErrors)
{
    if (timedOut) {
        return tr("No answer from %1 within %2 seconds. The service may be slow or unreachable; "
                  "try again, or raise the workspace's timeout.")
            .arg(host)
            .arg(timeoutSeconds);
    }
    if (!sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError& sslError : sslErrors) {
            reasons.append(sslError.errorString());
        }
        reasons.removeDuplicates();
        return tr("The secure connection to %1 could not be trusted (%2). Nothing was sent. If this is your own "
                  "server, add its CA certificate to the workspace.")
            .arg(host, reasons.join(QStringLiteral("; ")));
    }
    switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("%1 refused the connection. Check the workspace's base URL, or that the server is running.")
                .arg(host);
        case QNetworkReply::HostNotFoundError:
            return tr("The server %1 could not be found. Check the base URL and your internet connection.").arg(host);
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return tr("No answer from %1 within %2 seconds. The service may be slow or unreachable; "
                      "try again, or raise the workspace's timeout.")
                .arg(host)
                .arg(timeoutSeconds);
        case QNetworkReply::RemoteHostClosedError:
            return tr("%1 closed the connection before answering. The request may or may not have been "
                      "received; check before sending it again.")
                .arg(host);
        case QNetworkReply::SslHandshakeFailedError:
            return tr("A secure connection to %1 could not be set up. Check that the base URL uses the right "
                      "scheme (https://) and port.")
                .arg(host);
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            return tr("The network is unavailable. Check your internet connection and try again.");
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return tr("The proxy server could not be used to reach %1. Check your proxy settings.").arg(host);
        default:
            return tr("The request to %1 failed (network error %2).").arg(host).arg(int(error));
    }
}

int ErrorText::parseRetryAfter(const QByteArray& header, const QDateTime& now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool isNumber = false;
    const int seconds = value.toInt(&isNumber);
    if (isNumber) {
        return seconds >= 0 ? seconds : -1;
    }
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take; it means +0000.
    const QLatin1String gmt(" GMT");
    QString date = QString::fromLatin1(value);
    if (date.endsWith(gmt)) {
        date.chop(gmt.size());
        date += QLatin1String(" +0000");
    }
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, now.secsTo(when))) : -1;
}

QString ErrorText::forStatus(int status, int retryAfterSeconds)
{
    if (status >= 200 && status < 300) {
        return {};
    }
    if ((status == 429 || status == 503) && retryAfterSeconds >= 0) {
        return tr("The service is busy (%1) and asked to wait %2 seconds before trying again.")
            .arg(status)
            .arg(retryAfterSeconds);
    }
    switch (status) {
        case 400:
            return tr("The service rejected the request as invalid (400 Bad Request).");
        case 401:
            return tr("The service rejected the credential (401 Unauthorized). Check the workspace's credential "
                      "and its name (auth_token or tracking_api_key).");
        case 403:
            return tr("The credential is not allowed to do this (403 Forbidden).");
        case 404:
            return tr("The service does not know this address (404 Not Found). Check the workspace's base URL.");
        case 429:
            return tr("Too many requests (429). The service asked to slow down; wait a little and try again.");
        default:
            break;
    }
    if (status >= 500) {
        return tr("The service had an internal error (%1). Nothing is wrong with your data; try again later.")
            .arg(status);
    }
    return tr("The service answered with HTTP status %1.").arg(status);
}
