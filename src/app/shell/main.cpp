#include "app/shell/AppCommandLine.h"
#include "app/shell/AppController.h"
#include "app/shell/MainWindow.h"
#include "app/widgets/WidgetUserPrompts.h"
#include "core/history/HistoryStore.h"
#include "core/platform/Bootstrap.h"
#include "core/platform/BuildInfo.h"
#include "core/platform/TerminationSignals.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    if (AppCommandLine::asksForInformation(argc, argv)) {
        return AppCommandLine::answer(argc, argv);
    }
    QApplication app(argc, argv);
    Bootstrap::setUpApplication();
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(BuildInfo::DisplayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::AppId));
    const QString moveProblem = Bootstrap::prepareFiles();

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

    // Shared with veroctl. A history that cannot be opened never stops the app: the store falls back and says so
    // in notice(), which the window shows.
    HistoryStore history;
    if (!history.open()) {
        qWarning("The request history is kept in memory for this session only: %s", qPrintable(history.notice()));
    }
    AppController controller(&history);
    WidgetUserPrompts prompts;
    MainWindow window(&controller, &history, &prompts);
    window.show();
    if (!moveProblem.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, moveProblem] { window.showNotice(moveProblem); });
    }
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &window, &QWidget::close);
    return QApplication::exec();
}
