#include "core/platform/StartupTrace.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>

bool StartupTrace::enabled()
{
    static const bool on = qEnvironmentVariableIntValue("VERO_STARTUP_TRACE") == 1;
    return on;
}

void StartupTrace::mark(const char* what)
{
    if (!enabled()) {
        return;
    }
    static QElapsedTimer clock;
    if (!clock.isValid()) {
        clock.start();
    }
    std::fprintf(stderr, "startup-trace %.1f ms %s\n", double(clock.nsecsElapsed()) / 1e6, what);
}
