#include "AppUnderTest.h"
#include "HistoryTestData.h"
#include "app/history/HistoryDock.h"
#include "app/history/MovedHistoryBanner.h"
#include "app/history/MovedHistoryWindow.h"
#include "app/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;

// Every move aside is shown in the main window, above the history: a banner naming the moved file, not a
// modal, with a button that opens the file read-only. Through the app as main.cpp builds it.
class tst_MovedHistoryBanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void damagedFileAtStartShowsTheBanner();
    void damageFoundByAWriteShowsTheBanner();
    void soundFileShowsNoBanner();

private:
    QString historyFile() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    static MovedHistoryBanner* bannerOf(MainWindow& window);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MovedHistoryBanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_MovedHistoryBanner::cleanup()
{
    m_dir.reset();
}

MovedHistoryBanner* tst_MovedHistoryBanner::bannerOf(MainWindow& window)
{
    auto* dock = window.findChild<HistoryDock*>(QStringLiteral("historyDock"));
    return dock ? dock->movedBanner() : nullptr;
}

void tst_MovedHistoryBanner::damagedFileAtStartShowsTheBanner()
{
    QVERIFY(!writeGarbage(historyFile()).isEmpty());
    AppUnderTest app(AppUnderTest::offlineOptions(), historyFile());
    const QString movedTo = app.history().movedAsidePath();
    QVERIFY(QFileInfo::exists(movedTo));
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MovedHistoryBanner* banner = bannerOf(window);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QDir::toNativeSeparators(movedTo)), qPrintable(banner->text()));
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // A garbage file cannot be shown: the window opened from the banner says so.
    auto* open = banner->findChild<QPushButton*>(QStringLiteral("openMovedButton"));
    QVERIFY(open && !open->accessibleName().isEmpty());
    QTest::mouseClick(open, Qt::LeftButton);
    auto* viewer = window.findChild<MovedHistoryWindow*>(QStringLiteral("movedHistoryWindow"));
    QVERIFY(viewer);
    QCOMPARE(viewer->filePath(), movedTo);
    QVERIFY(!viewer->isReadable());
    QVERIFY2(viewer->stateText().contains(QStringLiteral("too damaged")), qPrintable(viewer->stateText()));
    viewer->close();

    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("dismissMovedButton")), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void tst_MovedHistoryBanner::damageFoundByAWriteShowsTheBanner()
{
    {
        HistoryStore store(historyFile());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(500, QDateTime::currentDateTimeUtc())), 500);
    }
    QVERIFY(wreckIndex(historyFile(), QStringLiteral("requests_email")));
    AppUnderTest app(AppUnderTest::offlineOptions(), historyFile());
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MovedHistoryBanner* banner = bannerOf(window);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // The next request written finds the damage.
    QVERIFY(app.history().insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
    const QString movedTo = app.history().movedAsidePath();
    QVERIFY(QFileInfo::exists(movedTo));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QDir::toNativeSeparators(movedTo)), qPrintable(banner->text()));

    // Its table still reads: the moved file opens read-only with its 500 rows.
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("openMovedButton")), Qt::LeftButton);
    auto* viewer = window.findChild<MovedHistoryWindow*>(QStringLiteral("movedHistoryWindow"));
    QVERIFY(viewer);
    QVERIFY(viewer->isReadable());
    QCOMPARE(viewer->store()->count(), 500);
    viewer->close();
}

void tst_MovedHistoryBanner::soundFileShowsNoBanner()
{
    AppUnderTest app(AppUnderTest::offlineOptions(), historyFile());
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(bannerOf(window));
    QVERIFY(!bannerOf(window)->isVisible());
}

QTEST_MAIN(tst_MovedHistoryBanner)
#include "tst_MovedHistoryBanner.moc"
