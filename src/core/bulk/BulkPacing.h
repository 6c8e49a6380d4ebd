#pragma once

#include <QtGlobal>

// How fast a bulk run sends, adapting to what the service says. Vero documents no rate limit, so a run starts at
// the rate the user chose (or unlimited); a 429 or 503 halves the rate, and each run of successes after that
// raises it a step until it is back where it started. Retry-After from the service holds all sending until then.
// Pure arithmetic over times in milliseconds, so tests drive it without waiting.
class BulkPacing
{
public:
    // Successes in a row before the rate is raised one step.
    static constexpr int SuccessesPerStep = 20;
    static constexpr double StepFactor = 1.25;
    // The slowest a run ever goes, in requests per second.
    static constexpr double MinimumRate = 0.5;
    // 429s that arrive this soon after the last one come from the same burst (requests already in flight): they
    // hold sending but do not halve the rate again.
    static constexpr qint64 SettleMs = 1000;

    // `rate` in requests per second; 0 means as fast as the concurrency allows.
    explicit BulkPacing(double rate = 0);

    // When the next request may go, given that `nowMs` is now (never earlier than now).
    qint64 nextSendAt(qint64 nowMs) const;
    void sent(qint64 nowMs);
    void succeeded();
    // A 429 or 503. `observedRate` is how fast requests were going (used when the run was unlimited);
    // `retryAfterMs` holds every send until then (-1: none given).
    void throttled(qint64 nowMs, double observedRate, qint64 retryAfterMs);

    // 0 while unlimited.
    double currentRate() const { return m_current; }
    double configuredRate() const { return m_configured; }

private:
    double m_configured;
    double m_current;
    qint64 m_lastSendMs = -1;
    qint64 m_holdUntilMs = 0;
    qint64 m_lastThrottleMs = -1;
    int m_successes = 0;
};
