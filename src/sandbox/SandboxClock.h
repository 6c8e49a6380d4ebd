#pragma once

#include <QDateTime>

// The sandbox's idea of "now": the system clock plus an offset. The offset lets tests (and curious users)
// step past the deduplication window without waiting three minutes.
class SandboxClock
{
public:
    // The furthest the clock may be set from the real time, either way: about 100 years. Far beyond any
    // deduplication window, and well inside what QDateTime (and so the state file) can hold.
    static constexpr qint64 MaxOffsetSeconds = 36525LL * 24 * 60 * 60; // 100 years of 365.25 days

    QDateTime now() const;
    qint64 offsetSeconds() const { return m_offsetSeconds; }
    void setOffsetSeconds(qint64 seconds) { m_offsetSeconds = seconds; }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

private:
    qint64 m_offsetSeconds = 0;
};
