#include "sandbox/SandboxClock.h"

QDateTime SandboxClock::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
}
