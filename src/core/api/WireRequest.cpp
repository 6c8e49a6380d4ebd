#include "core/api/WireRequest.h"

#include "core/api/SafeJson.h"
#include "core/platform/BuildInfo.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QtNetwork/qtnetwork-config.h>

namespace {

// What QtNetwork asks for and decompresses itself, in its order: the decoders this Qt was built with.
QByteArray acceptedEncodings()
{
    QByteArrayList encodings;
#if QT_CONFIG(zstd)
    encodings << QByteArrayLiteral("zstd");
#endif
#if QT_CONFIG(brotli)
    encodings << QByteArrayLiteral("br");
#endif
    encodings << QByteArrayLiteral("gzip") << QByteArrayLiteral("deflate");
    return encodings.join(", ");
}

} // namespace

QUrl WireRequest::joinUrl(const QUrl& baseUrl, const QString& path)
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/'))) {
        basePath += QLatin1Char('/');
    }
    url.setPath(basePath + path);
    return url;
}

/// Builds the request as sent: credential in the body or the query string, as the workspace says
/// (docs/vero-api.md, "Credentials").
WireRequest WireRequest::build(const ApiRequest& request, const Workspace& workspace, const QString& credential)
{
    WireRequest wire;
    wire.method = request.method;
    wire.url = joinUrl(workspace.baseUrl, request.path);
    wire.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    // Named so a server's logs can tell our requests apart, and set here so the history shows what was sent:
    // Qt would otherwise add "Mozilla/5.0" and the system's languages.
    wire.headers.append({QByteArrayLiteral("User-Agent"), userAgent()});
    wire.headers.append({QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("en")});

    const bool withCredential = Operations::needsCredential(request.operation);
    QJsonObject body = request.body;
    if (withCredential && workspace.credentialPlacement == Workspace::CredentialPlacement::Query) {
        QUrlQuery query(wire.url);
        // Percent-encode fully: tokens may hold '+', '/' or '=' that a server would otherwise misread.
        const QString value
            = credential == Redacted ? credential : QString::fromLatin1(QUrl::toPercentEncoding(credential));
        query.addQueryItem(workspace.credentialName, value);
        wire.url.setQuery(query);
    } else if (withCredential) {
        body.insert(workspace.credentialName, credential);
    }
    if (request.hasBody()) {
        wire.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        wire.body = SafeJson::compact(QJsonDocument(body));
    }
    return wire;
}

WireRequest WireRequest::redacted(const ApiRequest& request, const Workspace& workspace)
{
    WireRequest wire = build(request, workspace, QString(Redacted));
    // A user name or password in the base URL is refused before sending; it is never shown or recorded either.
    wire.url.setUserInfo(QString());
    return wire;
}

QNetworkRequest WireRequest::toNetworkRequest() const
{
    QNetworkRequest networkRequest(url);
    for (const auto& [name, value] : headers) {
        networkRequest.setRawHeader(name, value);
    }
    return networkRequest;
}

QByteArray WireRequest::userAgent()
{
    return QByteArrayLiteral("VeroAdmin/") + QByteArray(BuildInfo::Version);
}

/// What Qt's HTTP/1.1 layer sends around our own headers: Host first, then ours, then the length of the body
/// and the two it always adds (tests/api/tst_WireRequest checks this against what a server receives).
QList<QPair<QByteArray, QByteArray>> WireRequest::sentHeaders() const
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':')) {
        host = '[' + host + ']'; // an IPv6 address
    }
    if (url.port() != -1) {
        host += ':' + QByteArray::number(url.port());
    }
    QList<QPair<QByteArray, QByteArray>> sent {{QByteArrayLiteral("Host"), host}};
    sent << headers;
    if (!body.isEmpty()) {
        sent.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
    }
    sent.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("Keep-Alive")});
    sent.append({QByteArrayLiteral("Accept-Encoding"), acceptedEncodings()});
    return sent;
}
