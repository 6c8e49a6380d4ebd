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
    QStringList tokens; // valid credentials, from --token and --token-file
    QString statePath;
    int dedupWindowSeconds = EventDedup::ServiceWindowSeconds;
    qint64 clockOffsetSeconds = 0;
    FaultInjector::Settings faults;
    std::optional<quint32> seed;
    QString tlsCertificatePath;
    QString tlsKeyPath;
    bool quiet = false; // no per-request log lines on stderr

    static constexpr quint16 DefaultPort = 8787;

    // Fills `options` and returns true when the server should run. Otherwise the program should print `output`
    // (help or version on stdout with exit code 0; an error on stderr with exit code 2) and exit.
    [[nodiscard]] static bool
    parse(const QStringList& arguments, SandboxOptions* options, int* exitCode, QString* output);
    bool usesTls() const { return !tlsCertificatePath.isEmpty(); }
};
