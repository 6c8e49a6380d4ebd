#pragma once

#include <QDateTime>

// The sandbox's idea of "now": the system clock plus an offset. The offset lets tests (and curious users)
// step past the deduplication window without waiting three minutes.
class SandboxClock
{
public:
    QDateTime now() const;
    qint64 offsetSeconds() const { return m_offsetSeconds; }
    void setOffsetSeconds(qint64 seconds) { m_offsetSeconds = seconds; }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

private:
    qint64 m_offsetSeconds = 0;
};
