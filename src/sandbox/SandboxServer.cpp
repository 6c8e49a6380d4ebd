#include "sandbox/SandboxServer.h"

#include "sandbox/RequestDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <cstdio>

namespace {

SandboxReply faultReply(const FaultInjector::Decision& decision, int rateLimit)
{
    if (decision.fault == FaultInjector::Fault::RateLimited) {
        SandboxReply reply = SandboxReply::statusMessage(
            429,
            SandboxServer::tr("Too many requests: the sandbox allows %1 per second (--rate-limit).").arg(rateLimit));
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
                                       decision.status == 503
                                           ? SandboxServer::tr("Service unavailable (injected by --fail-rate).")
                                           : SandboxServer::tr("Internal server error (injected by --fail-rate)."));
}

bool isAnyAddress(const QHostAddress& address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_state(&m_clock)
    , m_faults(options.seed ? FaultInjector(*options.seed) : FaultInjector())
    , m_trackApi(&m_state, options.tokens)
    , m_inspectionApi(&m_state, &m_log, &m_clock, &m_faults, options.tokens)
{
    m_clock.setOffsetSeconds(options.clockOffsetSeconds);
    m_state.setDedupWindowSeconds(options.dedupWindowSeconds);
    m_faults.setSettings(options.faults);
    if (!options.statePath.isEmpty()) {
        m_stateFile.emplace(options.statePath);
    }
    m_monotonic.start();
    connect(&m_state, &SandboxState::changed, this, &SandboxServer::scheduleSave);
    connect(&m_transport, &HttpTransport::requestReceived, this, &SandboxServer::onRequest);
    connect(&m_transport, &HttpTransport::requestRefused, this, &SandboxServer::onRefused);
    connect(&m_transport, &HttpTransport::bodyCutOff, this, &SandboxServer::onBodyCutOff);
}

SandboxServer::~SandboxServer()
{
    m_transport.stop();
    flush();
}

Fallible<void> SandboxServer::readTlsFiles(QByteArray* certificatePem, QByteArray* keyPem) const
{
    // Read and checked here for messages that name the file and the problem; GnuTLS only says it failed.
    QFile certificateFile(m_options.tlsCertificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        return Fallible<void>::failure(tr("The TLS certificate file %1 cannot be read or holds no PEM certificate.")
                                           .arg(m_options.tlsCertificatePath));
    }
    *certificatePem = certificateFile.readAll();
    if (QSslCertificate::fromData(*certificatePem, QSsl::Pem).isEmpty()) {
        return Fallible<void>::failure(tr("The TLS certificate file %1 cannot be read or holds no PEM certificate.")
                                           .arg(m_options.tlsCertificatePath));
    }
    QFile keyFile(m_options.tlsKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return Fallible<void>::failure(
            tr("Cannot read the TLS key file %1: %2").arg(m_options.tlsKeyPath, keyFile.errorString()));
    }
    *keyPem = keyFile.readAll();
    bool readable = false;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        readable = readable || !QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey).isNull();
    }
    if (!readable) {
        return Fallible<void>::failure(
            tr("The TLS key file %1 holds no unencrypted PEM RSA or EC private key.").arg(m_options.tlsKeyPath));
    }
    return {};
}

void SandboxServer::loadState()
{
    if (!m_stateFile) {
        return;
    }
    const Fallible<void> loaded = m_stateFile->load(m_state);
    if (loaded) {
        return;
    }
    // The sandbox never refuses to start because of its own file: the file is kept aside for a look, and the
    // sandbox starts empty.
    const Fallible<QString> moved = m_stateFile->moveAside();
    if (moved) {
        m_warnings.append(tr("%1 It was moved to %2; the sandbox starts empty.").arg(loaded.error(), *moved));
    } else {
        m_warnings.append(tr("%1 It could not be moved aside (%2): the sandbox starts empty and will not save "
                             "its state this time.")
                              .arg(loaded.error(), moved.error()));
        m_stateFile.reset();
    }
}

Fallible<void> SandboxServer::start()
{
    HttpTransport::Settings settings;
    if (m_options.usesTls()) {
        if (const Fallible<void> read = readTlsFiles(&settings.tlsCertificatePem, &settings.tlsKeyPem); !read) {
            return read;
        }
    }
    loadState();
    settings.host = m_options.host;
    settings.port = m_options.port;
    settings.idleTimeoutSeconds = m_options.idleTimeoutSeconds;
    settings.maxBodyBytes = RequestDecoder::MaxBodyBytes;
    // Called in MHD's thread; the gate is built (with the port really listened on) before serve() and never
    // changes afterwards.
    settings.screen = [this](const SandboxRequest& request) { return m_gate->screen(request); };
    const Fallible<quint16> port = m_transport.listen(settings);
    if (!port) {
        return Fallible<void>::failure(port.error());
    }
    m_gate.emplace(m_options.host, *port, RequestDecoder::MaxBodyBytes);
    if (const Fallible<void> serving = m_transport.serve(); !serving) {
        return serving;
    }

    m_rootUrl.setScheme(m_options.usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    m_rootUrl.setHost(m_options.host.toString());
    m_rootUrl.setPort(*port);
    if (!m_options.host.isLoopback()) {
        m_warnings.append(
            isAnyAddress(m_options.host)
                ? tr("warning: listening on %1 port %2, every network interface of this machine: other machines "
                     "can reach the sandbox and send it requests. Use --host 127.0.0.1 to keep it to this machine.")
                      .arg(m_options.host.toString())
                      .arg(*port)
                : tr("warning: listening on %1 port %2, not a loopback address: other machines on that network "
                     "can reach the sandbox. Use --host 127.0.0.1 to keep it to this machine.")
                      .arg(m_options.host.toString())
                      .arg(*port));
    }
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

RequestLog::Entry SandboxServer::entryFor(const SandboxRequest& request) const
{
    RequestLog::Entry entry;
    entry.time = m_clock.now();
    entry.method = request.method;
    entry.target = RequestDecoder::redactedTarget(request.url());
    return entry;
}

void SandboxServer::onRequest(HttpTransport::RequestId id, const SandboxRequest& request)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString path = request.url().path();
    const bool inspection = InspectionApi::handles(path);
    RequestLog::Entry entry = entryFor(request);

    SandboxReply reply;
    int latencyMs = 0;
    if (inspection) {
        reply = m_inspectionApi.handle(request);
    } else if (TrackApi::handles(path)) {
        const FaultInjector::Decision decision = m_faults.decide(m_monotonic.elapsed());
        if (decision.fault == FaultInjector::Fault::Drop) {
            entry.note = tr("Connection closed without an answer (--drop-rate); nothing changed.");
            m_transport.drop(id);
            finish(entry, elapsed, true);
            return;
        }
        if (decision.fault != FaultInjector::Fault::None) {
            reply = faultReply(decision, m_faults.settings().rateLimit);
            entry.note = tr("Injected fault; nothing changed.");
        } else {
            TrackApi::Handled handled = m_trackApi.handle(request);
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
        m_transport.answer(id, reply);
        finish(entry, elapsed, !inspection);
        return;
    }
    // The connection waits suspended; every other one is served meanwhile.
    QTimer::singleShot(latencyMs, this, [this, id, reply, entry, elapsed]() mutable {
        if (!m_transport.answerIfStillConnected(id, reply)) {
            entry.note += tr(" The client left before the answer.");
        }
        finish(entry, elapsed, true);
    });
}

void SandboxServer::onRefused(const SandboxRequest& headers, const SandboxReply& reply)
{
    RequestLog::Entry entry = entryFor(headers);
    entry.status = reply.status;
    entry.message = reply.message;
    entry.note = tr("Refused before its body was read; nothing changed.");
    finish(entry, QElapsedTimer(), true);
}

void SandboxServer::onBodyCutOff(const SandboxRequest& headers, qint64 bytesReceived)
{
    RequestLog::Entry entry = entryFor(headers);
    entry.message = m_gate->bodyTooLarge(0).message;
    entry.note = tr("The chunked body passed the limit after %1 bytes: connection closed without an answer, the "
                    "rest unread; nothing changed.")
                     .arg(bytesReceived);
    finish(entry, QElapsedTimer(), true);
}

void SandboxServer::finish(RequestLog::Entry entry, const QElapsedTimer& elapsed, bool keepInLog)
{
    entry.elapsedMs = elapsed.isValid() ? elapsed.elapsed() : 0;
    if (!m_options.quiet) {
        std::fprintf(stderr, "%s\n", qPrintable(entry.logLine()));
        std::fflush(stderr);
    }
    if (keepInLog) {
        m_log.append(std::move(entry));
    }
}
