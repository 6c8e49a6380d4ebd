#include "cli/CommandDispatcher.h"
#include "core/platform/Bootstrap.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same identity as the desktop app, so both share workspaces, settings and history.
    Bootstrap::setUpApplication();
    const QString problems = Bootstrap::prepareFiles();
    for (const QString& problem : problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        std::fprintf(stderr, "veroctl: warning: %s\n", qUtf8Printable(problem));
    }
    CommandDispatcher veroctl;
    return veroctl.run(argc, argv);
}
