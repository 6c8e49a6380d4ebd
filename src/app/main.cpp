#include "AppController.h"
#include "MainWindow.h"
#include "TerminationSignals.h"

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
    // English is the fallback: it carries the plural forms ("1 request", "2 requests") for any other locale.
    if (appTranslator.load(QLocale(), QStringLiteral("vero-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral(":/i18n/vero-admin_en"))) {
        QCoreApplication::installTranslator(&appTranslator);
    }

    AppController controller;
    MainWindow window(&controller);
    window.show();
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &window, &QWidget::close);
    return QApplication::exec();
}
