#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/Workspace.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

// The exact bytes that go over the wire for one request in one workspace. Built with the real credential for
// sending, or with `Redacted` in its place for every display: dry runs, history, logs, exports.
struct WireRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty for GET

    static constexpr QLatin1StringView Redacted {"***"};

    static WireRequest build(const ApiRequest& request, const Workspace& workspace, const QString& credential);
    static WireRequest redacted(const ApiRequest& request, const Workspace& workspace);
    static QUrl joinUrl(const QUrl& baseUrl, const QString& path);

    QNetworkRequest toNetworkRequest() const;
    // Every header the request carries on the wire, ours and those Qt's HTTP layer adds (Host, Content-Length,
    // Connection, Accept-Encoding), in the order they are sent.
    QList<QPair<QByteArray, QByteArray>> sentHeaders() const;
    static QByteArray userAgent();
};
