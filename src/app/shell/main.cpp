#include "app/shell/AppController.h"
#include "app/shell/MainWindow.h"
#include "app/widgets/WidgetUserPrompts.h"
#include "core/history/HistoryStore.h"
#include "core/platform/Bootstrap.h"
#include "core/platform/BuildInfo.h"
#include "core/platform/LanguageSetting.h"
#include "core/platform/TerminationSignals.h"
#include "core/platform/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Bootstrap::setUpApplication();
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(BuildInfo::DisplayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::AppId));
    const QString moveProblem = Bootstrap::prepareFiles();

    // View > Language, else the system's: the messages, and the formats of dates and numbers.
    QLocale::setDefault(LanguageSetting::locale());
    const Translations translations {QLocale()};

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
