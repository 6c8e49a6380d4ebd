#include "core/api/VeroClient.h"

#include "core/api/ErrorText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <chrono>

namespace {

// Failures after which the request may have been received: the connection ended (or the wait did) once it could
// have been written. A refused connection, an unknown host or a failed handshake never carried it.
bool mayHaveArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::UnknownNetworkError: // a reset connection, among others
        case QNetworkReply::ProtocolFailure:     // an answer that could not be read
            return true;
        default:
            return false;
    }
}

} // namespace

VeroClient::VeroClient(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager ? manager : new QNetworkAccessManager(this))
{
}

VeroClient::~VeroClient()
{
    abortAll();
}

void VeroClient::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_pending.clear();
}

void VeroClient::cancel(RequestId id)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->id != id) {
            continue;
        }
        QNetworkReply* reply = it.key();
        ApiResult result;
        result.elapsedMs = it->elapsed.elapsed();
        result.cancelled = true;
        result.mayHaveArrived = true;
        // The form and the history add that it may have been applied.
        result.error = QCoreApplication::translate("VeroClient", "Cancelled while waiting for the answer from %1.")
                           .arg(it->host);
        m_pending.erase(it);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        finishLater(id, result);
        return;
    }
}

void VeroClient::finishLater(RequestId id, const ApiResult& result)
{
    QTimer::singleShot(0, this, [this, id, result] { emit finished(id, result); });
}

/// Sends `request` to `workspace`. A workspace that fails its own checks (plain http to a remote host,
/// unreadable CA file) is refused here, before any connection is made.
VeroClient::RequestId VeroClient::send(const ApiRequest& request, const Workspace& workspace, const QString& credential)
{
    const RequestId id = m_nextId++;
    const WireRequest redacted = WireRequest::redacted(request, workspace);

    ApiResult notSent;
    notSent.sent = false;
    const ValidationErrors workspaceErrors = workspace.validate();
    if (!workspaceErrors.isEmpty()) {
        notSent.error = workspaceErrors.first().message;
        finishLater(id, notSent);
        return id;
    }

    const WireRequest wire = WireRequest::build(request, workspace, credential);
    QNetworkRequest networkRequest = wire.toNetworkRequest();
    networkRequest.setTransferTimeout(
        int(std::chrono::milliseconds(std::chrono::seconds(workspace.timeoutSeconds)).count()));
    // Never follow redirects: the credential must not travel to a host the user did not choose.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!workspace.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(workspace.caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            notSent.error
                = QCoreApplication::translate("VeroClient", "The CA certificate file %1 holds no PEM certificate.")
                      .arg(workspace.caFile);
            finishLater(id, notSent);
            return id;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(certificates);
        networkRequest.setSslConfiguration(configuration);
    }

    QNetworkReply* reply = m_manager->sendCustomRequest(networkRequest, wire.method, wire.body);
    Pending& pending = m_pending[reply];
    pending.id = id;
    pending.elapsed.start();
    pending.host = wire.url.host();
    pending.timeoutSeconds = workspace.timeoutSeconds;

    // Certificate problems are recorded and reported, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (m_pending.contains(reply)) {
            m_pending[reply].sslErrors = errors;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    QTimer::singleShot(0, this, [this, id, redacted] { emit started(id, redacted); });
    return id;
}

void VeroClient::onReplyFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const auto it = m_pending.constFind(reply);
    if (it == m_pending.constEnd()) {
        return;
    }
    const Pending pending = it.value();
    m_pending.erase(it);

    ApiResult result;
    result.elapsedMs = pending.elapsed.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.message = ApiResult::messageFromBody(result.body);

    if (result.status == 0) {
        // No HTTP answer at all. A transfer timeout shows up as a cancel we did not ask for.
        const QNetworkReply::NetworkError error = reply->error();
        const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        result.error
            = ErrorText::forNetworkError(error, pending.host, pending.timeoutSeconds, timedOut, pending.sslErrors);
        result.mayHaveArrived = pending.sslErrors.isEmpty() && mayHaveArrived(error);
    } else if (result.status >= 300 && result.status < 400) {
        result.error = QCoreApplication::translate("VeroClient",
                                                   "The service redirected the request (%1); it was not followed so "
                                                   "the credential stays with %2. Check the workspace's base URL.")
                           .arg(result.status)
                           .arg(pending.host);
    } else {
        result.retryAfterSeconds
            = ErrorText::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        result.error = ErrorText::forStatus(result.status, result.retryAfterSeconds);
    }
    emit finished(pending.id, result);
}
