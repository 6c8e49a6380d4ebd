#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <optional>

// What every request must pass before any handler sees it, decided from its headers alone (so before its body
// is read), on every path, the Track API included:
// - no Origin header: a web page in a browser on this machine must not drive the sandbox (403);
// - a Host that names this sandbox: the address it listens on or a loopback name, with or without its port.
//   Anything else is a DNS-rebinding page that resolved its own name to 127.0.0.1 (403);
// - one unambiguous body length: conflicting Content-Length values, or Content-Length together with
//   Transfer-Encoding, would let two parsers disagree on where the request ends (400);
// - a declared body within the limit (413), answered without reading it.
// Immutable once built, so MHD's thread may call screen() while the Qt thread runs.
class RequestGate
{
public:
    // `port` is the port really listened on (after --port 0 picked one).
    RequestGate(const QHostAddress& listenAddress, quint16 port, qint64 maxBodyBytes);

    [[nodiscard]] std::optional<SandboxReply> screen(const SandboxRequest& headers) const;
    // The 413 for a body of `bytes` (0: unknown, still arriving).
    SandboxReply bodyTooLarge(qint64 bytes) const;

    bool allowsHost(const QByteArray& host) const;
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

private:
    QStringList m_hostNames; // lower case; IPv6 without brackets
    quint16 m_port;
    qint64 m_maxBodyBytes;
};
