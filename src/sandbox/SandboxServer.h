#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/HttpTransport.h"
#include "sandbox/InspectionApi.h"
#include "sandbox/RequestGate.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxState.h"
#include "sandbox/StateFile.h"
#include "sandbox/TrackApi.h"

#include "core/platform/Fallible.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

// vero-sandbox itself: loads the state, listens (HttpTransport), screens every request (RequestGate), hands
// /api/v2 to TrackApi and /sandbox/ to InspectionApi, injects faults, answers (late, under --latency), logs one
// line per request and saves the state on change. Everything here runs in the Qt thread.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads the state file (moving aside one that cannot be loaded), sets up TLS and listens. A failure says
    // why in words.
    [[nodiscard]] Fallible<void> start();
    // http://ADDRESS:PORT (https with TLS), with the address really listened on; valid after start().
    QUrl rootUrl() const { return m_rootUrl; }
    // What start() has to say on stderr besides failing: a state file moved aside, a non-loopback address.
    QStringList warnings() const { return m_warnings; }
    // Writes a pending state change now (before exit).
    void flush();

    SandboxState& state() { return m_state; }

    static constexpr int SaveDelayMs = 250;

private:
    void onRequest(HttpTransport::RequestId id, const SandboxRequest& request);
    void onRefused(const SandboxRequest& headers, const SandboxReply& reply);
    void onBodyCutOff(const SandboxRequest& headers, qint64 bytesReceived);
    RequestLog::Entry entryFor(const SandboxRequest& request) const;
    void finish(RequestLog::Entry entry, const QElapsedTimer& elapsed, bool keepInLog);
    void loadState();
    void scheduleSave();
    [[nodiscard]] Fallible<void> readTlsFiles(QByteArray* certificatePem, QByteArray* keyPem) const;

    SandboxOptions m_options;
    SandboxClock m_clock;
    SandboxState m_state;
    RequestLog m_log;
    FaultInjector m_faults;
    TrackApi m_trackApi;
    InspectionApi m_inspectionApi;
    std::optional<StateFile> m_stateFile;
    std::optional<RequestGate> m_gate;
    HttpTransport m_transport;
    QElapsedTimer m_monotonic;
    QUrl m_rootUrl;
    QStringList m_warnings;
    bool m_savePending = false;
};
