#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// One HTTP request as the sandbox's handlers see it, whatever the transport: TrackApi, InspectionApi and
// RequestGate work on this value and answer with a SandboxReply.
struct SandboxRequest
{
    QByteArray method;      // "GET", "POST", ...
    QByteArray target;      // the request target exactly as sent: path and query, still percent-encoded
    QByteArray httpVersion; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // in the order received, repeats kept
    QByteArray body;

    // The target as a URL (path and query only; no scheme or host).
    QUrl url() const;
    // The first value of header `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray& name) const;
    // Every value of header `name`, in order.
    QList<QByteArray> headerValues(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const { return !headerValues(name).isEmpty(); }
};
