#include "app/shell/AppCommandLine.h"
#include "app/shell/AppController.h"
#include "app/shell/FirstFrameWatcher.h"
#include "app/shell/MainWindow.h"
#include "app/widgets/WidgetUserPrompts.h"
#include "core/history/HistoryStore.h"
#include "core/platform/Bootstrap.h"
#include "core/platform/BuildInfo.h"
#include "core/platform/LanguageSetting.h"
#include "core/platform/StartupTrace.h"
#include "core/platform/TerminationSignals.h"
#include "core/platform/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>

#include <memory>

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
    // A migration that works through every row (minutes at a million rows) says so while it runs, instead of a
    // window that does not appear.
    std::unique_ptr<QProgressDialog> migrating;
    QObject::connect(&history, &HistoryStore::longMigrationStarting, [&migrating] {
        migrating = std::make_unique<QProgressDialog>();
        migrating->setObjectName(QStringLiteral("historyMigrationProgress"));
        migrating->setWindowTitle(QCoreApplication::translate("main", "Updating the request history"));
        migrating->setLabelText(
            QCoreApplication::translate("main",
                                        "Updating the request history for this version of Vero Admin. With a large "
                                        "history this can take a few minutes; the window opens when it is done."));
        migrating->setAccessibleName(migrating->windowTitle());
        migrating->setCancelButton(nullptr);
        migrating->setRange(0, 0);
        migrating->setMinimumDuration(0);
        migrating->show();
        migrating->repaint();
        QCoreApplication::processEvents(); // on screen before the work starts
    });
    if (!history.open()) {
        qWarning("The request history is kept in memory for this session only: %s", qPrintable(history.notice()));
    }
    migrating.reset();
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
    window.holdWorkUntilFirstFrame();
    QObject::connect(
        &firstFrame, &FirstFrameWatcher::firstFrame, &window, [&window, &controller, &history, quitAtOnce] {
            StartupTrace::mark("first frame");
            if (quitAtOnce) {
                QCoreApplication::quit();
                return;
            }
            window.firstFrameShown();
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
