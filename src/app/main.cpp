#include "AppController.h"
#include "MainWindow.h"
#include "QuitSignals.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The same names as veroctl, so both see the same workspaces and keychain entries.
    QCoreApplication::setOrganizationName(QStringLiteral("vero-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("vero-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERO_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Vero Admin"));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.getvero.VeroAdmin"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("vero-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&appTranslator);
    }

    AppController controller;
    MainWindow window(&controller);
    window.show();
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::received, &window, &QWidget::close);
    return QApplication::exec();
}
