#include "core/platform/BuildInfo.h"
#include "core/platform/TerminationSignals.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vero-sandbox"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::Version));

    SandboxOptions options;
    int exitCode = 0;
    QString output;
    if (!SandboxOptions::parse(QCoreApplication::arguments(), &options, &exitCode, &output)) {
        if (exitCode == 0) {
            std::printf("%s", qPrintable(output));
        } else {
            std::fprintf(stderr, "vero-sandbox: %s\n", qPrintable(output));
        }
        return exitCode;
    }

    SandboxServer server(options);
    if (const Fallible<void> started = server.start(); !started) {
        std::fprintf(stderr, "vero-sandbox: %s\n", qPrintable(started.error()));
        return 1;
    }
    for (const QString& warning : server.warnings()) {
        std::fprintf(stderr, "vero-sandbox: %s\n", qPrintable(warning));
    }
    std::fflush(stderr);
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, &QCoreApplication::quit);

    // Scripts and the app read the port from this exact line.
    std::printf("listening on %s\n", qPrintable(server.rootUrl().toString()));
    std::fflush(stdout);
    const int code = app.exec();
    server.flush();
    return code;
}
