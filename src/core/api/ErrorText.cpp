#include "core/api/ErrorText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ErrorText", text);
}

// A count in the text (%n): the catalogue's plural form for n ("1 second", "2 seconds").
QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("ErrorText", text, disambiguation, n);
}
} // namespace

QString ErrorText::forNetworkError(const NetworkFailure& failure)
{
    const QString& host = failure.host;
    if (failure.timedOut) {
        if (failure.requestSent) {
            return tr("No answer from %1 within %Ln second(s). The request went out and may have been received; "
                      "check before sending it again, or raise the workspace's timeout.",
                      nullptr,
                      failure.timeoutSeconds)
                .arg(host);
        }
        return tr("No answer from %1 within %Ln second(s), and the request did not go out whole, so it was not "
                  "received. The service may be slow or unreachable; try again, or raise the workspace's timeout.",
                  nullptr,
                  failure.timeoutSeconds)
            .arg(host);
    }
    if (!failure.sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError& sslError : failure.sslErrors) {
            reasons.append(sslError.errorString());
        }
        reasons.removeDuplicates();
        return tr("The secure connection to %1 could not be trusted (%2). Nothing was sent. If this is your own "
                  "server, add its CA certificate to the workspace.")
            .arg(host, reasons.join(QStringLiteral("; ")));
    }
    // Through a proxy, a failure before the request went out is the proxy's.
    if (!failure.proxy.isEmpty() && !failure.requestSent) {
        return tr("The proxy %1 could not be used to reach %2; nothing was sent. Check your proxy settings "
                  "(https_proxy, http_proxy, no_proxy).")
            .arg(failure.proxy, host);
    }
    switch (failure.error) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("%1 refused the connection; nothing was sent. Check the workspace's base URL, or that the "
                      "server is running.")
                .arg(host);
        case QNetworkReply::HostNotFoundError:
            return tr("The server %1 could not be found; nothing was sent. Check the base URL and your internet "
                      "connection.")
                .arg(host);
        case QNetworkReply::RemoteHostClosedError:
            // Qt reports an answer that is not HTTP at all the same way as a server hanging up.
            if (failure.requestSent) {
                return tr("%1 did not answer in HTTP: it closed the connection without an HTTP status (the address "
                          "may not be an HTTP server, or the server stopped). The request went out; check before "
                          "sending it again.")
                    .arg(host);
            }
            return tr("%1 did not answer in HTTP(S) and closed the connection before the request went out; nothing "
                      "was received. Check the base URL's scheme (https://) and port.")
                .arg(host);
        case QNetworkReply::SslHandshakeFailedError:
            return tr("%1 did not answer in HTTPS: a secure connection could not be set up, so nothing was sent. "
                      "Check that the base URL uses the right scheme (https:// or, for a local sandbox, http://) "
                      "and port.")
                .arg(host);
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            return tr("The proxy server could not be used to reach %1; nothing was sent. Check your proxy settings.")
                .arg(host);
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            if (!failure.requestSent) {
                return tr("The network is unavailable; nothing was sent. Check your internet connection and try "
                          "again.");
            }
            break;
        default:
            break;
    }
    if (failure.requestSent) {
        return tr("The request to %1 failed after it went out (network error %2); it may have been received. "
                  "Check before sending it again.")
            .arg(host, QString::number(int(failure.error)));
    }
    return tr("The request to %1 failed before it went out whole (network error %2); it was not received.")
        .arg(host, QString::number(int(failure.error)));
}

QString ErrorText::forDamagedAnswer(const QString& host, int status, Damage damage, int timeoutSeconds)
{
    QString what;
    switch (damage) {
        case Damage::Deadline:
            what = tr("it was still arriving after %Ln second(s), the workspace's timeout", nullptr, timeoutSeconds);
            break;
        case Damage::ConnectionClosed:
            what = tr("the connection closed before all of it arrived");
            break;
        case Damage::Undecodable:
            what = tr("its compression is broken, so it cannot be read");
            break;
        case Damage::Malformed:
            what = tr("it breaks the rules of HTTP");
            break;
        case Damage::NotDeclaredJson:
            what = tr("it says it is JSON but is not whole JSON (cut short, or badly chunked)");
            break;
    }
    return tr("The answer from %1 (status %2) was damaged: %3. The request may have been applied; check before "
              "sending it again.")
        .arg(host, QString::number(status), what);
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
        return tr("The service is busy (%1) and asked to wait %Ln second(s) before trying again.",
                  nullptr,
                  retryAfterSeconds)
            .arg(QString::number(status));
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
