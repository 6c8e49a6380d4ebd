#include "cli/CommandDispatcher.h"
#include "core/platform/Bootstrap.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same identity as the desktop app, so both share workspaces, settings and history.
    Bootstrap::setUpApplication();
    const QString moveProblem = Bootstrap::moveEarlierDataFolders();
    if (!moveProblem.isEmpty()) {
        std::fprintf(stderr, "veroctl: warning: %s\n", qUtf8Printable(moveProblem));
    }
    CommandDispatcher veroctl;
    return veroctl.run(QCoreApplication::arguments());
}
