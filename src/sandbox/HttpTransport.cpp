#include "sandbox/HttpTransport.h"

#include <QCoreApplication>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <utility>
#include <vector>

namespace {

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// A listening socket of our own (rather than MHD's) for a clear reason when the address or port is taken.
Fallible<int> openListeningSocket(const QHostAddress& host, quint16 port)
{
    sockaddr_storage address {};
    socklen_t length = 0;
    const bool ipv6 = host.protocol() != QAbstractSocket::IPv4Protocol;
    if (ipv6) {
        sockaddr_in6 v6 {};
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&v6.sin6_addr, bytes.c, sizeof(bytes.c));
        std::memcpy(&address, &v6, sizeof(v6));
        length = sizeof(v6);
    } else {
        sockaddr_in v4 {};
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(host.toIPv4Address());
        std::memcpy(&address, &v4, sizeof(v4));
        length = sizeof(v4);
    }
    auto failure = [&](int error) {
        return Fallible<int>::failure(QCoreApplication::translate("HttpTransport", "Cannot listen on %1 port %2: %3")
                                          .arg(host.toString())
                                          .arg(port)
                                          .arg(systemError(error)));
    };
    const int fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        return failure(errno);
    }
    const int on = 1;
    const int off = 0;
    // As QTcpServer does on Unix: a restarted sandbox may take its port back at once.
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
    if (ipv6 && host.protocol() == QAbstractSocket::AnyIPProtocol) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof(off));
    }
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), length) != 0 || ::listen(fd, SOMAXCONN) != 0) {
        const int error = errno;
        ::close(fd);
        return failure(error);
    }
    return fd;
}

quint16 boundPort(int fd)
{
    sockaddr_storage address {};
    socklen_t length = sizeof(address);
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        return 0;
    }
    if (address.ss_family == AF_INET6) {
        sockaddr_in6 v6 {};
        std::memcpy(&v6, &address, sizeof(v6));
        return ntohs(v6.sin6_port);
    }
    sockaddr_in v4 {};
    std::memcpy(&v4, &address, sizeof(v4));
    return ntohs(v4.sin_port);
}

int connectionSocket(MHD_Connection* connection)
{
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info ? info->connect_fd : -1;
}

// True unless the client closed its side (or the connection failed) while its answer was being prepared.
bool clientStillConnected(MHD_Connection* connection)
{
    const int fd = connectionSocket(connection);
    if (fd < 0) {
        return false;
    }
    char byte = 0;
    const ssize_t peeked = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked > 0 || (peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR));
}

MHD_Result collectHeader(void* request, MHD_ValueKind, const char* name, const char* value)
{
    static_cast<SandboxRequest*>(request)->headers.append({QByteArray(name), QByteArray(value ? value : "")});
    return MHD_YES;
}

bool queueReply(MHD_Connection* connection, const SandboxReply& reply)
{
    MHD_Response* response = MHD_create_response_from_buffer(
        size_t(reply.body.size()), const_cast<char*>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response) {
        return false;
    }
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, reply.contentType.constData());
    for (const auto& [name, value] : reply.headers) {
        MHD_add_response_header(response, name.constData(), value.constData());
    }
    const MHD_Result queued = MHD_queue_response(connection, unsigned(reply.status), response);
    MHD_destroy_response(response);
    return queued == MHD_YES;
}

} // namespace

struct HttpTransport::Request
{
    RequestId id = 0;
    MHD_Connection* connection = nullptr;
    SandboxRequest request;
    bool screened = false;   // the headers were read and passed the screen
    bool handedOver = false; // suspended, waiting for the Qt thread
    bool answered = false;   // resumed with `reply` to send (else resumed to be closed)
    SandboxReply reply;
};

struct HttpTransport::Connection
{
    int fd = -1;
    bool waitingForRequest = true; // no complete request head yet since opening or the last answer
    qint64 waitingSinceMs = 0;
    bool closing = false;
};

// The C callbacks libmicrohttpd calls, forwarding to the transport given as their closure.
struct HttpTransportCallbacks
{
    static void* requestLine(void* transport, const char* target, MHD_Connection* connection)
    {
        return static_cast<HttpTransport*>(transport)->onRequestLine(target, connection);
    }
    static MHD_Result access(void* transport,
                             MHD_Connection* connection,
                             const char*,
                             const char* method,
                             const char* version,
                             const char* data,
                             size_t* size,
                             void** context)
    {
        auto* self = static_cast<HttpTransport*>(transport);
        if (auto* request = static_cast<HttpTransport::Request*>(*context); request && !request->screened) {
            request->request.method = QByteArray(method);
        }
        return self->onAccess(connection, version, data, size, context) ? MHD_YES : MHD_NO;
    }
    static void completed(void* transport, MHD_Connection* connection, void** context, MHD_RequestTerminationCode)
    {
        static_cast<HttpTransport*>(transport)->onCompleted(connection, context);
    }
    static void
    connection(void* transport, MHD_Connection* connection, void** socketContext, MHD_ConnectionNotificationCode code)
    {
        static_cast<HttpTransport*>(transport)->onConnection(
            connection, socketContext, code == MHD_CONNECTION_NOTIFY_STARTED);
    }
};

HttpTransport::HttpTransport(QObject* parent)
    : QObject(parent)
{
    m_idleCheck.setInterval(IdleCheckIntervalMs);
    connect(&m_idleCheck, &QTimer::timeout, this, &HttpTransport::closeIdleConnections);
}

HttpTransport::~HttpTransport()
{
    stop();
}

bool HttpTransport::supportsTls()
{
    return MHD_is_feature_supported(MHD_FEATURE_TLS) == MHD_YES;
}

Fallible<quint16> HttpTransport::listen(const Settings& settings)
{
    m_settings = settings;
    if (!settings.tlsCertificatePem.isEmpty() && !supportsTls()) {
        return Fallible<quint16>::failure(tr("This vero-sandbox uses a libmicrohttpd built without TLS: it cannot "
                                             "serve HTTPS (--tls-cert)."));
    }
    const Fallible<int> socket = openListeningSocket(settings.host, settings.port);
    if (!socket) {
        return Fallible<quint16>::failure(socket.error());
    }
    m_listenSocket = *socket;
    return boundPort(m_listenSocket);
}

Fallible<void> HttpTransport::serve()
{
    const bool tls = !m_settings.tlsCertificatePem.isEmpty();
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_ALLOW_SUSPEND_RESUME;
    if (tls) {
        flags |= MHD_USE_TLS;
    }
    if (m_settings.host.protocol() != QAbstractSocket::IPv4Protocol) {
        flags |= MHD_USE_IPv6;
    }
    std::vector<MHD_OptionItem> options {
        {MHD_OPTION_LISTEN_SOCKET, m_listenSocket, nullptr},
        // Also closes a body that stalls; closeIdleConnections() handles heads that trickle in.
        {MHD_OPTION_CONNECTION_TIMEOUT, m_settings.idleTimeoutSeconds, nullptr},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, ConnectionMemoryBytes, nullptr},
        {MHD_OPTION_URI_LOG_CALLBACK, reinterpret_cast<intptr_t>(&HttpTransportCallbacks::requestLine), this},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&HttpTransportCallbacks::completed), this},
        {MHD_OPTION_NOTIFY_CONNECTION, reinterpret_cast<intptr_t>(&HttpTransportCallbacks::connection), this},
    };
    if (tls) {
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char*>(m_settings.tlsKeyPem.constData())});
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char*>(m_settings.tlsCertificatePem.constData())});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});
    m_daemon = MHD_start_daemon(flags,
                                0,
                                nullptr,
                                nullptr,
                                &HttpTransportCallbacks::access,
                                this,
                                MHD_OPTION_ARRAY,
                                options.data(),
                                MHD_OPTION_END);
    if (!m_daemon) {
        ::close(std::exchange(m_listenSocket, -1));
        return Fallible<void>::failure(
            tls ? tr("The HTTPS server could not start: GnuTLS refused the certificate "
                     "or the key.")
                : tr("The HTTP server could not start on %1.").arg(m_settings.host.toString()));
    }
    m_listenSocket = -1; // MHD's now: it closes it when stopped
    m_idleCheck.start();
    return {};
}

void HttpTransport::stop()
{
    m_idleCheck.stop();
    if (m_listenSocket >= 0) {
        ::close(std::exchange(m_listenSocket, -1)); // listened, never served
    }
    if (!m_daemon) {
        return;
    }
    {
        // MHD must not be stopped with a connection suspended: every waiting request is closed unanswered.
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (Request* request : std::as_const(m_waiting)) {
            MHD_resume_connection(request->connection);
        }
        m_waiting.clear();
    }
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

void HttpTransport::answer(RequestId id, const SandboxReply& reply)
{
    const std::lock_guard lock(m_mutex);
    Request* request = m_waiting.take(id);
    if (!request) {
        return;
    }
    request->reply = reply;
    request->answered = true;
    MHD_resume_connection(request->connection);
}

bool HttpTransport::answerIfStillConnected(RequestId id, const SandboxReply& reply)
{
    const std::lock_guard lock(m_mutex);
    Request* request = m_waiting.take(id);
    if (!request) {
        return false;
    }
    request->answered = clientStillConnected(request->connection);
    if (request->answered) {
        request->reply = reply;
    }
    MHD_resume_connection(request->connection);
    return request->answered;
}

void HttpTransport::drop(RequestId id)
{
    const std::lock_guard lock(m_mutex);
    if (Request* request = m_waiting.take(id)) {
        request->answered = false;
        MHD_resume_connection(request->connection);
    }
}

void HttpTransport::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void* HttpTransport::onRequestLine(const char* target, MHD_Connection* connection)
{
    auto* request = new Request;
    request->id = m_nextId++;
    request->connection = connection;
    request->request.target = QByteArray(target);
    return request;
}

bool HttpTransport::onAccess(MHD_Connection* connection,
                             const char* version,
                             const char* data,
                             size_t* size,
                             void** context)
{
    auto* request = static_cast<Request*>(*context);
    if (!request) {
        return false;
    }
    if (!request->screened) {
        // First call: the head is complete, no body has been read.
        request->screened = true;
        request->request.httpVersion = QByteArray(version);
        MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &request->request);
        const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        if (auto* record = info ? static_cast<Connection*>(info->socket_context) : nullptr) {
            const std::lock_guard lock(m_mutex);
            record->waitingForRequest = false;
        }
        if (m_settings.screen) {
            if (const std::optional<SandboxReply> refusal = m_settings.screen(request->request)) {
                post([this, headers = request->request, reply = *refusal] { emit requestRefused(headers, reply); });
                // Queued before the body: MHD sends it, discards the body unread and closes the connection.
                return queueReply(connection, *refusal);
            }
        }
        bool known = false;
        const qint64 declared = request->request.header("content-length").trimmed().toLongLong(&known);
        if (known && declared > 0 && declared <= m_settings.maxBodyBytes) {
            request->request.body.reserve(qsizetype(declared));
        }
        return true;
    }
    if (*size != 0) {
        if (request->request.body.size() + qint64(*size) > m_settings.maxBodyBytes) {
            // Chunked past the limit: nothing more is read or kept.
            const qint64 received = request->request.body.size() + qint64(*size);
            request->request.body = QByteArray();
            post([this, headers = request->request, received] { emit bodyCutOff(headers, received); });
            return false;
        }
        request->request.body.append(data, qsizetype(*size));
        *size = 0;
        return true;
    }
    if (!request->handedOver) {
        const std::lock_guard lock(m_mutex);
        if (m_stopping) {
            return false;
        }
        request->handedOver = true;
        MHD_suspend_connection(connection);
        m_waiting.insert(request->id, request);
        post([this, id = request->id, copy = request->request] { emit requestReceived(id, copy); });
        return true;
    }
    // Resumed by answer(), drop() or stop().
    return request->answered && queueReply(connection, request->reply);
}

void HttpTransport::onCompleted(MHD_Connection* connection, void** context)
{
    auto* request = static_cast<Request*>(*context);
    *context = nullptr;
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    {
        const std::lock_guard lock(m_mutex);
        if (request) {
            m_waiting.remove(request->id); // only at shutdown can a request end while it waits
        }
        // The connection waits for its next request head from now on.
        if (auto* record = info ? static_cast<Connection*>(info->socket_context) : nullptr) {
            record->waitingForRequest = true;
            record->waitingSinceMs = monotonicMs();
        }
    }
    delete request;
}

void HttpTransport::onConnection(MHD_Connection* connection, void** socketContext, bool opened)
{
    const std::lock_guard lock(m_mutex);
    if (opened) {
        auto* record = new Connection;
        record->fd = connectionSocket(connection);
        record->waitingSinceMs = monotonicMs();
        m_connections.insert(record);
        *socketContext = record;
    } else {
        auto* record = static_cast<Connection*>(*socketContext);
        m_connections.remove(record);
        delete record;
        *socketContext = nullptr;
    }
}

void HttpTransport::closeIdleConnections()
{
    const qint64 deadline = monotonicMs() - qint64(m_settings.idleTimeoutSeconds) * 1000;
    const std::lock_guard lock(m_mutex);
    for (Connection* record : std::as_const(m_connections)) {
        if (record->waitingForRequest && !record->closing && record->waitingSinceMs <= deadline && record->fd >= 0) {
            // MHD still owns the socket (it closes it only after telling us): shutting it down makes MHD read
            // the end of the stream and close the connection itself.
            ::shutdown(record->fd, SHUT_RDWR);
            record->closing = true;
        }
    }
}
