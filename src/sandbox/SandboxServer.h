#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/InspectionApi.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxState.h"
#include "sandbox/StateFile.h"
#include "sandbox/TrackApi.h"

#include "core/platform/Fallible.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QHttpServerResponder;

// The HTTP(S) side of vero-sandbox: listens, hands /api/v2 to TrackApi and /sandbox/ to InspectionApi, injects
// faults, writes answers (late, under --latency), logs one line per request and saves the state on change.
// QAbstractHttpServer (not QHttpServer) because --drop-rate needs the connection itself.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads the state file, sets up TLS and listens. A failure says why in words.
    [[nodiscard]] Fallible<void> start();
    // http://127.0.0.1:PORT (https with TLS); valid after start().
    QUrl rootUrl() const { return m_rootUrl; }
    // Writes a pending state change now (before exit).
    void flush();

    SandboxState& state() { return m_state; }

    static constexpr int SaveDelayMs = 250;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void writeReply(QHttpServerResponder& responder, const SandboxReply& reply);
    void finish(RequestLog::Entry entry, const QElapsedTimer& elapsed, bool keepInLog);
    void scheduleSave();
    [[nodiscard]] Fallible<QSslConfiguration> tlsConfiguration() const;

    SandboxOptions m_options;
    SandboxClock m_clock;
    SandboxState m_state;
    RequestLog m_log;
    FaultInjector m_faults;
    TrackApi m_trackApi;
    InspectionApi m_inspectionApi;
    std::optional<StateFile> m_stateFile;
    QElapsedTimer m_monotonic;
    QUrl m_rootUrl;
    bool m_savePending = false;
};
