#pragma once

// veroctl's exit codes. Scripts rely on them, so they never change; the --help text lists them.
enum class ExitCode
{
    Accepted = 0, // 2xx
    Rejected = 1, // 4xx
    BadInput = 2, // nothing was sent
    Failed = 3,   // network failure, timeout or 5xx
};
