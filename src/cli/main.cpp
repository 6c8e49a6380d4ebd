#include "cli/CommandDispatcher.h"
#include "core/platform/Bootstrap.h"
#include "core/platform/LanguageSetting.h"
#include "core/platform/StartupTrace.h"
#include "core/platform/Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    StartupTrace::mark("main");
    QCoreApplication app(argc, argv);
    StartupTrace::mark("QCoreApplication");
    // The same identity as the desktop app, so both share workspaces, settings and history.
    Bootstrap::setUpApplication();
    // The app's language setting and catalogue: veroctl's messages are in the same one.
    QLocale::setDefault(LanguageSetting::locale());
    const Translations translations {QLocale()};
    const QString problems = Bootstrap::prepareFiles();
    for (const QString& problem : problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        std::fprintf(stderr, "veroctl: warning: %s\n", qUtf8Printable(problem));
    }
    StartupTrace::mark("files prepared");
    int exitCode = 0;
    {
        CommandDispatcher veroctl;
        exitCode = veroctl.run(argc, argv);
        StartupTrace::mark("command run");
    } // the settings are written and the output flushed; the history is left open (OperationCommand::history)
    // What is left is the network manager (OperationCommand::send), whose destruction can wait seconds for a
    // network thread a hostile server keeps busy: the deadline is for the whole run, so the process ends here.
    StartupTrace::mark("exit");
    std::fflush(nullptr);
    std::_Exit(exitCode);
}
