#include "sandbox/RequestGate.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RequestGate", text);
}

constexpr int Forbidden = 403;
constexpr int BadRequest = 400;
constexpr int PayloadTooLarge = 413;

SandboxReply closing(SandboxReply reply)
{
    // A refused request may still be sending its body: the connection cannot be reused.
    reply.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    return reply;
}

// The text of one Host header without its port, and the port (0 when none); false when it is not of that form.
bool splitHost(const QByteArray& value, QString* name, int* port)
{
    const QByteArray host = value.trimmed();
    QByteArray portText;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0) {
            return false;
        }
        *name = QString::fromLatin1(host.mid(1, close - 1)).toLower();
        const QByteArray rest = host.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':')) {
                return false;
            }
            portText = rest.mid(1);
        }
    } else {
        const qsizetype colon = host.indexOf(':');
        if (colon >= 0 && host.indexOf(':', colon + 1) >= 0) {
            return false; // an IPv6 literal must be in brackets
        }
        *name = QString::fromLatin1(colon < 0 ? host : host.left(colon)).toLower();
        if (colon >= 0) {
            portText = host.mid(colon + 1);
        }
    }
    *port = 0;
    if (!portText.isNull()) {
        bool ok = false;
        *port = portText.toInt(&ok);
        if (!ok || *port <= 0 || *port > 65535 || portText.startsWith('+')) {
            return false;
        }
    }
    return !name->isEmpty();
}

// Every Content-Length value, a header may hold a comma-separated list; nothing when one is not a number.
std::optional<QSet<qint64>> contentLengths(const QList<QByteArray>& values)
{
    QSet<qint64> lengths;
    for (const QByteArray& value : values) {
        const QList<QByteArray> parts = value.split(',');
        for (const QByteArray& part : parts) {
            const QByteArray digits = part.trimmed();
            bool digitsOnly = !digits.isEmpty();
            for (const char c : digits) {
                digitsOnly = digitsOnly && c >= '0' && c <= '9';
            }
            bool ok = false;
            const qint64 length = digits.toLongLong(&ok);
            if (!digitsOnly || !ok) {
                return std::nullopt;
            }
            lengths.insert(length);
        }
    }
    return lengths;
}

} // namespace

RequestGate::RequestGate(const QHostAddress& listenAddress, quint16 port, qint64 maxBodyBytes)
    : m_port(port)
    , m_maxBodyBytes(maxBodyBytes)
{
    m_hostNames = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    QList<QHostAddress> own {listenAddress};
    if (listenAddress == QHostAddress::Any || listenAddress == QHostAddress::AnyIPv4
        || listenAddress == QHostAddress::AnyIPv6) {
        // Listening everywhere: this machine's own addresses are its names. A rebinding page sends its own
        // host name, never one of these literals.
        own += QNetworkInterface::allAddresses();
    }
    for (QHostAddress address : own) {
        address.setScopeId(QString());
        const QString text = address.toString().toLower();
        if (!m_hostNames.contains(text)) {
            m_hostNames.append(text);
        }
    }
}

bool RequestGate::allowsHost(const QByteArray& host) const
{
    QString name;
    int port = 0;
    if (!splitHost(host, &name, &port)) {
        return false;
    }
    return m_hostNames.contains(name) && (port == 0 || port == m_port);
}

SandboxReply RequestGate::bodyTooLarge(qint64 bytes) const
{
    const QString size
        = bytes > 0 ? tr("The request body is %1 bytes").arg(bytes) : tr("The request body is too large");
    return closing(SandboxReply::statusMessage(
        PayloadTooLarge, tr("%1; the limit is 1 MiB (%2 bytes). It was not read.").arg(size).arg(m_maxBodyBytes)));
}

std::optional<SandboxReply> RequestGate::screen(const SandboxRequest& request) const
{
    if (request.hasHeader("origin")) {
        return closing(SandboxReply::statusMessage(
            Forbidden,
            tr("Forbidden: requests from web pages (with an Origin header) are refused. The sandbox is for "
               "programs on this machine, such as vero-admin, veroctl and curl.")));
    }
    const QList<QByteArray> hosts = request.headerValues("host");
    if (hosts.size() > 1) {
        return closing(SandboxReply::statusMessage(BadRequest, tr("Bad request: more than one Host header.")));
    }
    if (hosts.isEmpty() && request.httpVersion != "HTTP/1.0") {
        return closing(SandboxReply::statusMessage(BadRequest, tr("Bad request: HTTP/1.1 requires a Host header.")));
    }
    if (!hosts.isEmpty() && !allowsHost(hosts.constFirst())) {
        return closing(SandboxReply::statusMessage(
            Forbidden,
            tr("Forbidden: the Host \"%1\" is not this sandbox's address. Use 127.0.0.1 or localhost (port %2); "
               "other names are refused so that no web page can reach the sandbox through its own domain.")
                .arg(QString::fromLatin1(hosts.constFirst().left(200)))
                .arg(m_port)));
    }

    const QList<QByteArray> lengthHeaders = request.headerValues("content-length");
    const QList<QByteArray> encodings = request.headerValues("transfer-encoding");
    if (!encodings.isEmpty() && !lengthHeaders.isEmpty()) {
        return closing(SandboxReply::statusMessage(
            BadRequest, tr("Bad request: Content-Length and Transfer-Encoding together; send one of them.")));
    }
    if (!encodings.isEmpty()
        && (encodings.size() > 1 || encodings.constFirst().trimmed().compare("chunked", Qt::CaseInsensitive) != 0)) {
        return closing(SandboxReply::statusMessage(
            BadRequest,
            tr("Bad request: Transfer-Encoding \"%1\" is not supported; send Content-Length or chunked.")
                .arg(QString::fromLatin1(encodings.join(", ").left(200)))));
    }
    const std::optional<QSet<qint64>> lengths = contentLengths(lengthHeaders);
    if (!lengths) {
        return closing(SandboxReply::statusMessage(BadRequest, tr("Bad request: Content-Length is not a number.")));
    }
    if (lengths->size() > 1) {
        return closing(SandboxReply::statusMessage(BadRequest, tr("Bad request: conflicting Content-Length headers.")));
    }
    if (!lengths->isEmpty() && *lengths->cbegin() > m_maxBodyBytes) {
        return bodyTooLarge(*lengths->cbegin());
    }
    return std::nullopt;
}
