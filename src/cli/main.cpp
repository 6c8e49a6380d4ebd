#include "VeroCtl.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Same organisation and application names as the desktop app, so both share workspaces and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("vero-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("vero-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERO_VERSION));
    VeroCtl veroctl;
    return veroctl.run(QCoreApplication::arguments());
}
