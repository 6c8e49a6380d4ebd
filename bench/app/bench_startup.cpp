// The reference for Vero Admin's start-up: a bare QMainWindow with a QLabel, the floor for any Qt Widgets app.
// It quits once its first frame is painted (as vero-admin does with VERO_QUIT_AFTER_FIRST_FRAME=1), so both are
// timed the same way by bench/app/startup.sh; with --stay it keeps running, for the memory figure.
//   bench_startup bare [--stay]   the reference
//   bench_startup app [--stay]    Vero Admin's main window built in this process, without the sandbox child
// Prints "<mode> window_ms=N rss_kib=N" at the first frame (in-process figures; the script times the process).
#include "app/shell/AppController.h"
#include "app/shell/FirstFrameWatcher.h"
#include "app/shell/MainWindow.h"
#include "app/widgets/WidgetUserPrompts.h"
#include "core/history/HistoryStore.h"
#include "core/platform/Bootstrap.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>
#include <memory>

namespace {
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool full = arguments.value(1) == QLatin1String("app");
    const bool stay = arguments.contains(QLatin1String("--stay"));

    std::unique_ptr<HistoryStore> history;
    WidgetUserPrompts prompts;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<QMainWindow> window;
    if (full) {
        Bootstrap::setUpApplication();
        history = std::make_unique<HistoryStore>();
        if (!history->open()) {
            std::fprintf(stderr, "history in memory only\n");
        }
        AppController::Options options;
        options.manageSandbox = false;
        controller = std::make_unique<AppController>(history.get(), options);
        window = std::make_unique<MainWindow>(controller.get(), history.get(), &prompts);
    } else {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QLabel(QStringLiteral("Hello"), window.get()));
        window->resize(1024, 700);
    }
    auto* firstFrame = new FirstFrameWatcher(window.get());
    QObject::connect(firstFrame, &FirstFrameWatcher::firstFrame, &app, [&] {
        std::printf("%s window_ms=%lld rss_kib=%ld\n", full ? "app" : "bare", clock.elapsed(), residentKiB());
        std::fflush(stdout);
        if (!stay) {
            QCoreApplication::quit();
        }
    });
    window->show();
    return QApplication::exec();
}
