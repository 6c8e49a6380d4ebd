#include "core/api/WireRequest.h"

#include "core/api/SafeJson.h"

#include <QJsonDocument>
#include <QUrlQuery>

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
