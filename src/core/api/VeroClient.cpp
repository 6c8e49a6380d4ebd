#include "core/api/VeroClient.h"

#include "core/api/CredentialText.h"
#include "core/api/ErrorText.h"
#include "core/api/Redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace {

// The response headers for display and the history: the credential hidden in every value (a proxy may echo
// it), cookies masked (a session is a secret too), at most ApiResult::MaxHeaders of them, each value cut.
QList<ApiResult::Header> keptHeaders(const QNetworkReply* reply, const QString& credential)
{
    QList<ApiResult::Header> kept;
    const QList<QNetworkReply::RawHeaderPair>& received = reply->rawHeaderPairs();
    for (const auto& [name, value] : received) {
        if (kept.size() == ApiResult::MaxHeaders) {
            break;
        }
        const QByteArray lowerName = name.toLower();
        if (lowerName == "set-cookie" || lowerName == "cookie") {
            kept.append({name, QByteArray(WireRequest::Redacted.data(), WireRequest::Redacted.size())});
            continue;
        }
        kept.append({Redaction::redact(name, credential),
                     Redaction::redact(value, credential).left(ApiResult::MaxHeaderValueLength)});
    }
    return kept;
}

// What Qt buffers of an answer before the client reads it; the client reads on every readyRead.
constexpr qint64 ReadBufferBytes = 64 * 1024;

// "host:port" of the proxy Qt will use for `url` (from the application's or the system's settings); empty
// when it connects directly.
QString proxyFor(const QNetworkAccessManager& manager, const QUrl& url)
{
    QNetworkProxy proxy = manager.proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        proxy = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url)).value(0);
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy
        || proxy.hostName().isEmpty()) {
        return {};
    }
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

bool declaresJson(const QNetworkReply* reply)
{
    const QByteArray type = reply->rawHeader("Content-Type").toLower();
    const qsizetype end = type.indexOf(';');
    const QByteArray mediaType = (end < 0 ? type : type.left(end)).trimmed();
    return mediaType == "application/json" || mediaType.endsWith("+json");
}

// Why an answer that has a status is not whole; nothing when it is. `error` is what Qt reported.
std::optional<ErrorText::Damage> damageOf(const QNetworkReply* reply, const QByteArray& body, bool timedOut)
{
    if (timedOut) {
        return ErrorText::Damage::Deadline;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Two different lengths (Qt joins repeated headers with ", "): which one framed the body is a guess.
    const QList<QByteArray> lengths = reply->rawHeader("Content-Length").split(',');
    if (std::any_of(lengths.cbegin(), lengths.cend(), [&](const QByteArray& length) {
            return length.trimmed() != lengths.first().trimmed();
        })) {
        return ErrorText::Damage::Malformed;
    }
    const QNetworkReply::NetworkError error = reply->error();
    switch (error) {
        case QNetworkReply::NoError:
            break;
        case QNetworkReply::RemoteHostClosedError:
            return ErrorText::Damage::ConnectionClosed;
        case QNetworkReply::ProtocolFailure:
            return ErrorText::Damage::Malformed;
        default:
            // For a 2xx, Qt reports no error of its own making; for other statuses it maps the status to one
            // (a 418 to UnknownContentError, say), which is not damage. Connection errors are.
            if (status >= 200 && status < 300) {
                return error == QNetworkReply::UnknownContentError ? ErrorText::Damage::Undecodable
                                                                   : ErrorText::Damage::Malformed;
            }
            if (int(error) < int(QNetworkReply::ContentAccessDenied)) {
                return ErrorText::Damage::ConnectionClosed;
            }
            break;
    }
    // Qt 6.4 reads a chunk size it cannot parse as the end of the body and reports nothing: an answer that
    // says it is JSON and is not whole JSON is how that (and any other cut) shows.
    if (status >= 200 && status < 300 && declaresJson(reply)) {
        QJsonParseError parseError;
        (void)QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return ErrorText::Damage::NotDeclaredJson;
        }
    }
    return std::nullopt;
}

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
/// unreadable CA file, a password in the URL) or a credential that cannot be sent (CredentialText) is refused
/// here, before any connection is made.
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
    if (Operations::needsCredential(request.operation)) {
        if (const QString problem = CredentialText::problem(credential); !problem.isEmpty()) {
            notSent.error = tr("%1 Nothing was sent.").arg(problem);
            finishLater(id, notSent);
            return id;
        }
    }

    const WireRequest wire = WireRequest::build(request, workspace, credential);
    QNetworkRequest networkRequest = wire.toNetworkRequest();
    // Never follow redirects: the credential must not travel to a host the user did not choose.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!workspace.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(workspace.caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            notSent.error = tr("The CA certificate file %1 holds no PEM certificate.").arg(workspace.caFile);
            finishLater(id, notSent);
            return id;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(certificates);
        networkRequest.setSslConfiguration(configuration);
    }

    QNetworkReply* reply = m_manager->sendCustomRequest(networkRequest, wire.method, wire.body);
    // Qt holds at most this much unread; the rest waits in the socket until readBody() takes it. For a request
    // with a body, Qt 6.4 starts it inside sendCustomRequest() and the size set here can miss its HTTP thread:
    // it is set again from the event loop, first thing (measured against 300 MB sent over loopback: 125 MB peak
    // without that second call, 30 MB with it).
    reply->setReadBufferSize(ReadBufferBytes);
    QTimer::singleShot(0, reply, [reply] { reply->setReadBufferSize(ReadBufferBytes); });
    Pending& pending = m_pending[reply];
    pending.id = id;
    pending.elapsed.start();
    pending.host = wire.url.host();
    pending.proxy = proxyFor(*m_manager, wire.url);
    pending.credential = credential;
    pending.timeoutSeconds = workspace.timeoutSeconds;

    // The deadline for the whole request: a transfer timeout alone restarts with every byte, so a server
    // sending one byte a second would hold the request for ever.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: "within 3 seconds" after 2.85
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        if (m_pending.contains(reply)) {
            m_pending[reply].timedOut = true;
            reply->abort();
        }
    });
    deadline->start(std::chrono::seconds(workspace.timeoutSeconds));

    // Certificate problems are recorded and reported, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (m_pending.contains(reply)) {
            m_pending[reply].sslErrors = errors;
        }
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, reply] {
        if (m_pending.contains(reply)) {
            m_pending[reply].requestSent = true;
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    // From the request as sent, not the redacted copy: its Content-Length counts the credential's real length. No
    // header carries the credential (docs/vero-api.md, "Credentials").
    QTimer::singleShot(0, this, [this, id, redacted, sentHeaders = ApiResult::headerText(wire.sentHeaders())] {
        emit started(id, redacted, sentHeaders);
    });
    return id;
}

/// Takes what has arrived, up to ApiResult::MaxBodyBytes; past that, stops the transfer.
void VeroClient::readBody(QNetworkReply* reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end() || !reply->isOpen()) {
        return;
    }
    Pending& pending = it.value();
    const qint64 room = ApiResult::MaxBodyBytes - pending.body.size();
    if (room > 0) {
        pending.body += reply->read(room);
    }
    if (reply->bytesAvailable() > 0 && pending.body.size() >= ApiResult::MaxBodyBytes) {
        pending.bodyCut = true;
        reply->abort(); // finishes the reply, synchronously
    }
}

void VeroClient::onReplyFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    readBody(reply);
    const auto it = m_pending.constFind(reply);
    if (it == m_pending.constEnd()) {
        return;
    }
    const Pending pending = it.value();
    m_pending.erase(it);
    emit finished(pending.id, resultFor(reply, pending));
}

ApiResult VeroClient::resultFor(QNetworkReply* reply, const Pending& pending)
{
    ApiResult result;
    result.elapsedMs = pending.elapsed.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Everything that came from the server is shown, stored or printed later: the credential goes first.
    result.body = Redaction::redact(pending.body, pending.credential);
    result.bodyCut = pending.bodyCut;
    result.message = Redaction::redact(ApiResult::messageFromBody(result.body), pending.credential);
    result.headers = keptHeaders(reply, pending.credential);

    if (result.status == 0) {
        ErrorText::NetworkFailure failure;
        failure.error = reply->error();
        failure.host = pending.host;
        failure.timeoutSeconds = pending.timeoutSeconds;
        failure.timedOut = pending.timedOut;
        failure.requestSent = pending.requestSent;
        failure.proxy = pending.proxy;
        failure.sslErrors = pending.sslErrors;
        result.error = ErrorText::forNetworkError(failure);
        result.mayHaveArrived = pending.sslErrors.isEmpty() && (pending.timedOut || mayHaveArrived(failure.error));
    } else if (const std::optional<ErrorText::Damage> damage
               = pending.bodyCut ? std::nullopt : damageOf(reply, pending.body, pending.timedOut)) {
        result.damaged = true;
        result.error = ErrorText::forDamagedAnswer(pending.host, result.status, *damage, pending.timeoutSeconds);
    } else if (result.status >= 300 && result.status < 400) {
        result.error = tr("The service redirected the request (%1); it was not followed so the credential stays "
                          "with %2. Check the workspace's base URL.")
                           .arg(QString::number(result.status), pending.host);
    } else {
        result.retryAfterSeconds
            = ErrorText::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        result.error = ErrorText::forStatus(result.status, result.retryAfterSeconds);
    }
    result.error = Redaction::redact(result.error, pending.credential);
    return result;
}
