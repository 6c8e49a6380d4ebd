#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include "core/platform/Fallible.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

struct MHD_Connection;
struct MHD_Daemon;

// vero-sandbox's HTTP(S) transport, on libmicrohttpd. MHD's own thread reads requests; the Qt thread answers
// them, so SandboxState never sees another thread:
// - a complete request is handed over (requestReceived) with its connection suspended; answer() or drop() resumes
//   it, now or later (--latency), while every other connection goes on being served;
// - what the headers alone decide (Settings::screen: origin, host, framing, declared size) is answered in MHD's
//   thread before the body is read, then reported (requestRefused);
// - a body is never held beyond the limit: declared too large, screen() refuses it unread; chunked, the connection
//   is closed where the limit is crossed (libmicrohttpd 0.9.75 can queue an answer only before the body or after
//   all of it);
// - a connection that has not sent a complete request head within the idle timeout of opening or of its last
//   answer (idle keep-alive, slow or stalled headers) is closed, and so is a body that stalls that long.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;
    // Called in MHD's thread with a request's headers (no body yet): must only read immutable data.
    using Screen = std::function<std::optional<SandboxReply>(const SandboxRequest&)>;

    static constexpr int DefaultIdleTimeoutSeconds = 30;
    // How often the idle timeout is checked; a connection may stay this much longer.
    static constexpr int IdleCheckIntervalMs = 200;
    // The request line and headers of one request must fit here (MHD answers 431 beyond).
    static constexpr int ConnectionMemoryBytes = 64 * 1024;

    struct Settings
    {
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;             // 0: a free port
        QByteArray tlsCertificatePem; // with the key: HTTPS
        QByteArray tlsKeyPem;
        int idleTimeoutSeconds = DefaultIdleTimeoutSeconds;
        qint64 maxBodyBytes = 1024 * 1024;
        Screen screen;
    };

    explicit HttpTransport(QObject* parent = nullptr);
    ~HttpTransport() override; // stops

    static bool supportsTls();
    // Listens (clients may connect; nothing is read yet) and returns the port. Then serve() starts MHD's thread:
    // in between, whatever the screen reads can be set up knowing the port.
    [[nodiscard]] Fallible<quint16> listen(const Settings& settings);
    [[nodiscard]] Fallible<void> serve();
    // Sends `reply` for a handed-over request (unknown ids are ignored: stop() closed them).
    void answer(RequestId id, const SandboxReply& reply);
    // The same for an answer given late: false, and nothing sent, when the client closed its connection meanwhile.
    [[nodiscard]] bool answerIfStillConnected(RequestId id, const SandboxReply& reply);
    // Closes a handed-over request's connection without an answer.
    void drop(RequestId id);
    // Answers every waiting request with nothing and stops listening.
    void stop();

signals:
    void requestReceived(HttpTransport::RequestId id, const SandboxRequest& request);
    // Refused by the screen from its headers; `reply` was sent and the body (if any) never read.
    void requestRefused(const SandboxRequest& headers, const SandboxReply& reply);
    // A chunked body passed the limit after `bytesReceived` bytes: the connection was closed without an answer.
    void bodyCutOff(const SandboxRequest& headers, qint64 bytesReceived);

private:
    struct Request;
    struct Connection;

    // libmicrohttpd's callbacks, in MHD's thread.
    void* onRequestLine(const char* target, MHD_Connection* connection);
    bool onAccess(MHD_Connection* connection, const char* version, const char* data, size_t* size, void** context);
    void onCompleted(MHD_Connection* connection, void** context);
    void onConnection(MHD_Connection* connection, void** socketContext, bool opened);
    void post(std::function<void()> call);
    void closeIdleConnections();

    Settings m_settings;
    MHD_Daemon* m_daemon = nullptr;
    int m_listenSocket = -1; // between listen() and serve()
    QTimer m_idleCheck;
    std::atomic<RequestId> m_nextId {1};
    std::mutex m_mutex; // guards everything below, shared by MHD's thread and the Qt thread
    bool m_stopping = false;
    QHash<RequestId, Request*> m_waiting; // handed over, connection suspended
    QSet<Connection*> m_connections;

    friend struct HttpTransportCallbacks;
};
