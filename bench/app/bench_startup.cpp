// Opens one window and exits as soon as it is on screen, printing how long that took inside the process and
// the resident memory then:
//   bench_startup bare   a QMainWindow with nothing in it (the reference)
//   bench_startup app    Vero Admin's main window with every form, the history and the sandbox panel
// The sandbox child is not started (it starts in the background in the real app and does not delay the window).
#include "app/shell/AppController.h"
#include "app/shell/MainWindow.h"
#include "app/widgets/WidgetUserPrompts.h"
#include "core/history/HistoryStore.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTest>

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
    Bootstrap::setUpApplication();
    const bool full = QCoreApplication::arguments().value(1) == QLatin1String("app");

    HistoryStore history;
    WidgetUserPrompts prompts;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<QMainWindow> window;
    if (full) {
        AppController::Options options;
        options.manageSandbox = false;
        if (!history.open()) {
            std::fprintf(stderr, "history in memory only\n");
        }
        controller = std::make_unique<AppController>(&history, options);
        window = std::make_unique<MainWindow>(controller.get(), &history, &prompts);
    } else {
        window = std::make_unique<QMainWindow>();
    }
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        std::fprintf(stderr, "window was not exposed\n");
        return 1;
    }
    std::printf("%s window_ms=%lld rss_kib=%ld\n", full ? "app" : "bare", clock.elapsed(), residentKiB());
    return 0;
}
