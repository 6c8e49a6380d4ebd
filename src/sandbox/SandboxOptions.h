#pragma once

#include "core/api/EventDedup.h"
#include "sandbox/FaultInjector.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// vero-sandbox's command line. The option names are a contract: the app (SandboxProcess) and scripts use them.
struct SandboxOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort;
    QStringList tokens; // valid credentials, from --token, --token-file and VERO_SANDBOX_TOKEN
    QString statePath;
    int dedupWindowSeconds = EventDedup::ServiceWindowSeconds;
    qint64 clockOffsetSeconds = 0;
    FaultInjector::Settings faults;
    std::optional<quint32> seed;
    QString tlsCertificatePath;
    QString tlsKeyPath;
    bool quiet = false; // no per-request log lines on stderr
    int idleTimeoutSeconds = DefaultIdleTimeoutSeconds;

    static constexpr quint16 DefaultPort = 8787;
    static constexpr int DefaultIdleTimeoutSeconds = 30;
    static constexpr int MaxIdleTimeoutSeconds = 3600;
    // A token given here stays out of the command line, which every user of the machine can read (ps,
    // /proc/PID/cmdline); SandboxProcess passes the app's session token this way.
    static constexpr const char* TokenVariable = "VERO_SANDBOX_TOKEN";

    // Fills `options` and returns true when the server should run. Otherwise the program should print `output`
    // (help or version on stdout with exit code 0; an error on stderr with exit code 2) and exit. Also reads
    // the token in the environment variable TokenVariable.
    [[nodiscard]] static bool
    parse(const QStringList& arguments, SandboxOptions* options, int* exitCode, QString* output);
    bool usesTls() const { return !tlsCertificatePath.isEmpty(); }
};
