#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

class FaultInjector;
class RequestLog;
class SandboxClock;
class SandboxState;

// The sandbox's own pages under /sandbox/, never under /api/v2, so no Vero client can reach them by accident.
// Every one needs one of the sandbox's tokens as "Authorization: Bearer TOKEN" (401 otherwise): a contract that
// the app, the tests and scripts rely on.
//   GET  /sandbox/                  counts, clock and settings
//   GET  /sandbox/users             every user (with event_count)
//   GET  /sandbox/users/ID          one user and their events (ID percent-encoded)
//   GET  /sandbox/events[?user=ID]  events, oldest first
//   GET  /sandbox/requests[?limit=N] the request log, credential as ***
//   POST /sandbox/reset             forget every user, event and logged request
//   GET/POST /sandbox/clock         {"advance_seconds": N} or {"offset_seconds": N}
//   GET/PUT /sandbox/faults         {"latency_ms", "fail_rate", "rate_limit", "drop_rate"}
class InspectionApi
{
public:
    InspectionApi(SandboxState* state,
                  RequestLog* log,
                  SandboxClock* clock,
                  FaultInjector* faults,
                  const QStringList& tokens);

    static bool handles(const QString& path);
    SandboxReply handle(const SandboxRequest& request);

private:
    SandboxReply summary() const;
    SandboxReply users() const;
    SandboxReply user(const QString& id) const;
    SandboxReply events(const QString& userId) const;
    SandboxReply requests(const QString& limit) const;
    std::optional<SandboxReply> unauthorized(const SandboxRequest& request) const;
    SandboxReply reset();
    SandboxReply clock(const QByteArray& method, const QByteArray& body);
    SandboxReply faults(const QByteArray& method, const QByteArray& body);

    SandboxState* m_state;
    RequestLog* m_log;
    SandboxClock* m_clock;
    FaultInjector* m_faults;
    QStringList m_tokens;

    Q_DECLARE_TR_FUNCTIONS(InspectionApi) // last: the macro ends in `private:`
};
