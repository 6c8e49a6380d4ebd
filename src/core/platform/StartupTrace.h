#pragma once

// Marks of the start-up's steps (vero-admin and veroctl) on stderr when VERO_STARTUP_TRACE=1, in milliseconds since the
// first mark (the top of main()): where the time before the first frame goes. Costs one environment check otherwise.
class StartupTrace
{
public:
    static bool enabled();
    // "startup-trace 12.3 ms what"
    static void mark(const char* what);
};
