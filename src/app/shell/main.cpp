#include "app/shell/AppCommandLine.h"
#include "app/shell/AppController.h"
#include "app/shell/FirstFrameWatcher.h"
#include "app/shell/MainWindow.h"
#include "app/shell/StartupTrace.h"
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

namespace {
// Hidden, for start-up benchmarks (hyperfine): quit as soon as the main window's first frame is painted.
bool quitAfterFirstFrame()
{
    return qEnvironmentVariableIntValue("VERO_QUIT_AFTER_FIRST_FRAME") == 1
           || QCoreApplication::arguments().contains(QLatin1String("--quit-after-first-frame"));
}
} // namespace

int main(int argc, char* argv[])
{
    if (AppCommandLine::asksForInformation(argc, argv)) {
        return AppCommandLine::answer(argc, argv);
    }
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    Bootstrap::setUpApplication();
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(BuildInfo::DisplayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::AppId));
    const QString moveProblem = Bootstrap::prepareFiles();

    // View > Language, else the system's: the messages, and the formats of dates and numbers.
    QLocale::setDefault(LanguageSetting::locale());
    const Translations translations {QLocale()};
    StartupTrace::mark("translations");

    // Shared with veroctl. A history that cannot be opened never stops the app: the store falls back and says so
    // in notice(), which the window shows.
    HistoryStore history;
    if (!history.open()) {
        qWarning("The request history is kept in memory for this session only: %s", qPrintable(history.notice()));
    }
    StartupTrace::mark("history opened");
    AppController::Options options;
    options.deferSandboxStart = true; // started after the first frame, below
    AppController controller(&history, options);
    StartupTrace::mark("controller");
    WidgetUserPrompts prompts;
    MainWindow window(&controller, &history, &prompts);
    StartupTrace::mark("window built");
    FirstFrameWatcher firstFrame(&window);
    const bool quitAtOnce = quitAfterFirstFrame();
    QObject::connect(&firstFrame, &FirstFrameWatcher::firstFrame, &window, [&controller, &history, quitAtOnce] {
        StartupTrace::mark("first frame");
        if (quitAtOnce) {
            QCoreApplication::quit();
            return;
        }
        controller.startDeferredWork();
        history.watchOtherWriters(); // rows veroctl writes while the app runs
    });
    window.show();
    StartupTrace::mark("window shown");
    if (!moveProblem.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, moveProblem] { window.showNotice(moveProblem); });
    }
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &window, &QWidget::close);
    return QApplication::exec();
}
