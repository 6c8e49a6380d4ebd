#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

#include <optional>

// Faults for testing clients: slow answers, server errors, rate limiting and dropped connections. Each request
// to the Track API asks decide() once; the inspection API is never faulted.
class FaultInjector
{
public:
    struct Settings
    {
        int latencyMs = 0;
        double failRate = 0; // 0..1: share of requests answered 500, 502 or 503
        int rateLimit = 0;   // requests per second; 0 = unlimited
        double dropRate = 0; // 0..1: share of connections closed without an answer

        // The most --latency / latency_ms takes: ten minutes.
        static constexpr int MaxLatencyMs = 10 * 60 * 1000;
        // The most rate_limit takes, in requests per second: far beyond what any client test needs.
        static constexpr int MaxRateLimit = 600000;

        QJsonObject toJson() const;
        // Applies the fields present in `json`; returns an error text for a bad value, leaving *this unchanged.
        [[nodiscard]] QString applyJson(const QJsonObject& json);
    };

    enum class Fault
    {
        None,
        Drop,
        RateLimited,
        ServerError,
    };

    struct Decision
    {
        Fault fault = Fault::None;
        int status = 0;            // 429, 500, 502 or 503
        int retryAfterSeconds = 0; // for 429
    };

    // --rate-limit counts the requests of the last second.
    static constexpr qint64 RateWindowMs = 1000;

    FaultInjector();
    explicit FaultInjector(quint32 seed);

    const Settings& settings() const { return m_settings; }
    void setSettings(const Settings& settings) { m_settings = settings; }

    // `nowMs` is a monotonic time in milliseconds (for the rate limit's one-second window).
    Decision decide(qint64 nowMs);

private:
    Settings m_settings;
    QRandomGenerator m_random;
    QList<qint64> m_recent; // times of the requests let through in the last second
};
