#include "app/shell/AppCommandLine.h"

#include "core/platform/Bootstrap.h"
#include "core/platform/BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

bool AppCommandLine::asksForInformation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--version", "-v", "--help", "-h"}) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

int AppCommandLine::answer(int argc, char* argv[])
{
    // A core application only: no display is needed to say the version.
    QCoreApplication core(argc, argv);
    Bootstrap::setUpApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppCommandLine", "%1: manage the user records of a Vero account.")
            .arg(QLatin1String(BuildInfo::DisplayName)));
    parser.addHelpOption();
    parser.addVersionOption();
    // Qt's own options (-style, -platform) are the QApplication's; they are no error here.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    parser.showHelp(0);
}
