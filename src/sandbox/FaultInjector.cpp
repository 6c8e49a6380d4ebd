#include "sandbox/FaultInjector.h"

#include <QCoreApplication>

#include <iterator>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FaultInjector", text);
}

constexpr int TooManyRequests = 429;
constexpr qint64 MsPerSecond = 1000;
} // namespace

QJsonObject FaultInjector::Settings::toJson() const
{
    return QJsonObject {{QStringLiteral("latency_ms"), latencyMs},
                        {QStringLiteral("fail_rate"), failRate},
                        {QStringLiteral("rate_limit"), rateLimit},
                        {QStringLiteral("drop_rate"), dropRate}};
}

QString FaultInjector::Settings::applyJson(const QJsonObject& json)
{
    Settings changed = *this;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (!value.isDouble()) {
            return tr("%1 must be a number.").arg(key);
        }
        const double number = value.toDouble();
        if (key == QLatin1String("latency_ms") || key == QLatin1String("rate_limit")) {
            const int most = key == QLatin1String("latency_ms") ? MaxLatencyMs : MaxRateLimit;
            if (number < 0 || number > most || number != double(qint64(number))) {
                return tr("%1 must be a whole number from 0 to %2.").arg(key).arg(most);
            }
            (key == QLatin1String("latency_ms") ? changed.latencyMs : changed.rateLimit) = int(number);
        } else if (key == QLatin1String("fail_rate") || key == QLatin1String("drop_rate")) {
            if (number < 0 || number > 1) {
                return tr("%1 must be between 0 and 1.").arg(key);
            }
            (key == QLatin1String("fail_rate") ? changed.failRate : changed.dropRate) = number;
        } else {
            return tr("Unknown fault setting \"%1\": use latency_ms, fail_rate, rate_limit or drop_rate.").arg(key);
        }
    }
    *this = changed;
    return {};
}

FaultInjector::FaultInjector()
    : m_random(QRandomGenerator::securelySeeded())
{
}

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{
}

FaultInjector::Decision FaultInjector::decide(qint64 nowMs)
{
    Decision decision;
    if (m_settings.dropRate > 0 && m_random.generateDouble() < m_settings.dropRate) {
        decision.fault = Fault::Drop;
        return decision;
    }
    if (m_settings.rateLimit > 0) {
        while (!m_recent.isEmpty() && m_recent.first() <= nowMs - RateWindowMs) {
            m_recent.removeFirst();
        }
        if (m_recent.size() >= m_settings.rateLimit) {
            decision.fault = Fault::RateLimited;
            decision.status = TooManyRequests;
            // Whole seconds (rounded up) until the oldest request leaves the window; at least one.
            const qint64 waitMs = m_recent.first() + RateWindowMs - nowMs;
            decision.retryAfterSeconds = int(std::max<qint64>(1, (waitMs + MsPerSecond - 1) / MsPerSecond));
            return decision;
        }
        m_recent.append(nowMs);
    }
    if (m_settings.failRate > 0 && m_random.generateDouble() < m_settings.failRate) {
        // The server errors a real service behind a gateway answers with.
        static constexpr int statuses[] = {500, 502, 503};
        decision.fault = Fault::ServerError;
        decision.status = statuses[m_random.bounded(int(std::size(statuses)))];
    }
    return decision;
}
