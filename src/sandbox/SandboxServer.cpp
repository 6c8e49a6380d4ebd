#include "sandbox/SandboxServer.h"

#include "sandbox/RequestDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxServer", text);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
        case QHttpServerRequest::Method::Get:
            return QByteArrayLiteral("GET");
        case QHttpServerRequest::Method::Put:
            return QByteArrayLiteral("PUT");
        case QHttpServerRequest::Method::Delete:
            return QByteArrayLiteral("DELETE");
        case QHttpServerRequest::Method::Post:
            return QByteArrayLiteral("POST");
        case QHttpServerRequest::Method::Head:
            return QByteArrayLiteral("HEAD");
        case QHttpServerRequest::Method::Options:
            return QByteArrayLiteral("OPTIONS");
        case QHttpServerRequest::Method::Patch:
            return QByteArrayLiteral("PATCH");
        case QHttpServerRequest::Method::Connect:
            return QByteArrayLiteral("CONNECT");
        case QHttpServerRequest::Method::Trace:
            return QByteArrayLiteral("TRACE");
        default:
            return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

SandboxReply faultReply(const FaultInjector::Decision& decision, int rateLimit)
{
    if (decision.fault == FaultInjector::Fault::RateLimited) {
        SandboxReply reply = SandboxReply::statusMessage(
            429, tr("Too many requests: the sandbox allows %1 per second (--rate-limit).").arg(rateLimit));
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(decision.retryAfterSeconds)});
        return reply;
    }
    if (decision.status == 502) {
        // Real gateways answer with HTML: clients must cope with a body that is not JSON.
        SandboxReply reply;
        reply.status = 502;
        reply.contentType = "text/html";
        reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        return reply;
    }
    return SandboxReply::statusMessage(decision.status,
                                       decision.status == 503 ? tr("Service unavailable (injected by --fail-rate).")
                                                              : tr("Internal server error (injected by --fail-rate)."));
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_state(&m_clock)
    , m_faults(options.seed ? FaultInjector(*options.seed) : FaultInjector())
    , m_trackApi(&m_state, options.tokens)
    , m_inspectionApi(&m_state, &m_log, &m_clock, &m_faults)
{
    m_clock.setOffsetSeconds(options.clockOffsetSeconds);
    m_state.setDedupWindowSeconds(options.dedupWindowSeconds);
    m_faults.setSettings(options.faults);
    if (!options.statePath.isEmpty()) {
        m_stateFile.emplace(options.statePath);
    }
    m_monotonic.start();
    connect(&m_state, &SandboxState::changed, this, &SandboxServer::scheduleSave);
}

SandboxServer::~SandboxServer()
{
    flush();
}

Fallible<QSslConfiguration> SandboxServer::tlsConfiguration() const
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertificatePath, QSsl::Pem);
    if (chain.isEmpty()) {
        return Fallible<QSslConfiguration>::failure(
            tr("The TLS certificate file %1 cannot be read or holds no PEM certificate.")
                .arg(m_options.tlsCertificatePath));
    }
    QFile keyFile(m_options.tlsKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return Fallible<QSslConfiguration>::failure(
            tr("Cannot read the TLS key file %1: %2").arg(m_options.tlsKeyPath, keyFile.errorString()));
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            break;
        }
    }
    if (key.isNull()) {
        return Fallible<QSslConfiguration>::failure(
            tr("The TLS key file %1 holds no unencrypted PEM RSA or EC private key.").arg(m_options.tlsKeyPath));
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate of their own
    return configuration;
}

Fallible<void> SandboxServer::start()
{
    if (m_stateFile) {
        if (const Fallible<void> loaded = m_stateFile->load(m_state); !loaded) {
            return loaded;
        }
    }
    QTcpServer* server = nullptr;
    if (m_options.usesTls()) {
        const Fallible<QSslConfiguration> configuration = tlsConfiguration();
        if (!configuration) {
            return Fallible<void>::failure(configuration.error());
        }
        auto* sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*configuration);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(m_options.host, m_options.port)) {
        const QString error = tr("Cannot listen on %1 port %2: %3")
                                  .arg(m_options.host.toString())
                                  .arg(m_options.port)
                                  .arg(server->errorString());
        delete server;
        return Fallible<void>::failure(error);
    }
    bind(server);

    QHostAddress shown = m_options.host;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4 || shown == QHostAddress::AnyIPv6) {
        shown = QHostAddress(QHostAddress::LocalHost); // reachable from this machine whatever the interfaces
    }
    m_rootUrl.setScheme(m_options.usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    m_rootUrl.setHost(shown.toString());
    m_rootUrl.setPort(server->serverPort());
    return {};
}

void SandboxServer::scheduleSave()
{
    if (!m_stateFile || m_savePending) {
        return;
    }
    // Writing the whole state after every request would make a bulk run quadratic: changes within
    // SaveDelayMs share one write. SIGTERM (stop) and normal exit still flush at once.
    m_savePending = true;
    QTimer::singleShot(SaveDelayMs, this, &SandboxServer::flush);
}

void SandboxServer::flush()
{
    if (!m_stateFile || !m_savePending) {
        return;
    }
    m_savePending = false;
    if (const Fallible<void> saved = m_stateFile->save(m_state); !saved) {
        std::fprintf(stderr, "vero-sandbox: %s\n", qPrintable(saved.error()));
        std::fflush(stderr);
    }
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QUrl url = request.url();
    const QString path = url.path();
    const bool inspection = InspectionApi::handles(path);

    RequestLog::Entry entry;
    entry.time = m_clock.now();
    entry.method = methodName(request.method());
    entry.target = RequestDecoder::redactedTarget(url);

    SandboxReply reply;
    int latencyMs = 0;
    if (inspection) {
        reply = m_inspectionApi.handle(entry.method, url, request.body());
    } else if (TrackApi::handles(path)) {
        const FaultInjector::Decision decision = m_faults.decide(m_monotonic.elapsed());
        if (decision.fault == FaultInjector::Fault::Drop) {
            entry.note = tr("Connection closed without an answer (--drop-rate); nothing changed.");
            finish(entry, elapsed, true);
            // Queued, so the server finishes with this request before the socket goes.
            QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
            return true;
        }
        if (decision.fault != FaultInjector::Fault::None) {
            reply = faultReply(decision, m_faults.settings().rateLimit);
            entry.note = tr("Injected fault; nothing changed.");
        } else {
            TrackApi::Handled handled
                = m_trackApi.handle(entry.method, url, header(request, "content-type"), request.body());
            reply = handled.reply;
            entry.operation = handled.operation;
            entry.body = handled.loggedBody;
            entry.note = handled.note;
        }
        latencyMs = m_faults.settings().latencyMs;
    } else {
        reply = SandboxReply::statusMessage(
            404, tr("Not found: the Track API is under /api/v2/ and the sandbox's own pages under /sandbox/."));
    }
    entry.status = reply.status;
    entry.message = reply.message;

    if (latencyMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeReply(responder, reply);
        finish(entry, elapsed, !inspection);
        return true;
    }
    // The responder only writes to the socket; the guard makes sure it is still there.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latencyMs, this, [this, responder, guard, reply, entry, elapsed]() mutable {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            writeReply(*responder, reply);
        } else {
            entry.note += tr(" The client left before the answer.");
        }
        finish(entry, elapsed, true);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, SandboxReply::statusMessage(404, tr("Not found.")));
}

void SandboxServer::writeReply(QHttpServerResponder& responder, const SandboxReply& reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto& [name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(reply.body);
}

void SandboxServer::finish(RequestLog::Entry entry, const QElapsedTimer& elapsed, bool keepInLog)
{
    entry.elapsedMs = elapsed.elapsed();
    if (keepInLog) {
        m_log.append(entry);
    }
    if (!m_options.quiet) {
        std::fprintf(stderr, "%s\n", qPrintable(entry.logLine()));
        std::fflush(stderr);
    }
}
