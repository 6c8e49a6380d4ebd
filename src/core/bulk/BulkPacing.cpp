#include "core/bulk/BulkPacing.h"

#include <algorithm>

namespace {
// Above this, a run that started unlimited is unlimited again.
constexpr double UnlimitedAgainAbove = 1000;
} // namespace

BulkPacing::BulkPacing(double rate)
    : m_configured(std::max(0.0, rate))
    , m_current(m_configured)
{
}

qint64 BulkPacing::nextSendAt(qint64 nowMs) const
{
    qint64 at = std::max(nowMs, m_holdUntilMs);
    if (m_current > 0 && m_lastSendMs >= 0)
        at = std::max(at, m_lastSendMs + qint64(1000.0 / m_current));
    return at;
}

void BulkPacing::sent(qint64 nowMs)
{
    m_lastSendMs = nowMs;
}

void BulkPacing::succeeded()
{
    if (m_current == m_configured)
        return;
    if (++m_successes < SuccessesPerStep)
        return;
    m_successes = 0;
    const double raised = m_current * StepFactor;
    if (m_configured > 0)
        m_current = std::min(raised, m_configured);
    else
        m_current = raised > UnlimitedAgainAbove ? 0 : raised;
}

void BulkPacing::throttled(qint64 nowMs, double observedRate, qint64 retryAfterMs)
{
    m_successes = 0;
    if (retryAfterMs > 0)
        m_holdUntilMs = std::max(m_holdUntilMs, nowMs + retryAfterMs);
    if (m_lastThrottleMs >= 0 && nowMs - m_lastThrottleMs < SettleMs)
        return;
    m_lastThrottleMs = nowMs;
    const double base = m_current > 0 ? m_current : std::max(observedRate, MinimumRate * 2);
    m_current = std::max(MinimumRate, base / 2);
}
