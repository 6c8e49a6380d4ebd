#include "AppUnderTest.h"
#include "ThemePalettes.h"
#include "app/shell/MainWindow.h"
#include "app/workspace/WorkspaceBanner.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QApplication>
#include <QTest>

namespace {
Workspace workspace(const QString& name, const QString& url)
{
    Workspace result;
    result.name = name;
    result.baseUrl = QUrl(url);
    return result;
}
} // namespace

// The strip that says where requests go: production, sandbox, and any other workspace with its host, each in
// its role's colours and readable in light and dark themes.
class tst_WorkspaceBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { ThemePalettes::use(ThemePalettes::light()); }
    void cleanup() { ThemePalettes::use(ThemePalettes::light()); }
    void otherWorkspacesShowTheirHost();
    void kindsAreReadableInBothThemes_data();
    void kindsAreReadableInBothThemes();
    void mainWindowFollowsTheDarkPalette();
    void heightFollowsTheWidth();
};

void tst_WorkspaceBanner::initTestCase()
{
    Bootstrap::setUpApplication();
    AppSettings().clear();
}

/// Seen (issue 11): a staging workspace showed no banner at all, so nothing on screen said where a send went.
void tst_WorkspaceBanner::otherWorkspacesShowTheirHost()
{
    QWidget window;
    auto* banner = new WorkspaceBanner(&window);
    window.show();
    banner->showWorkspace(workspace(QStringLiteral("Staging"), QStringLiteral("https://staging.example.com/api/v2")),
                          false);
    QCOMPARE(banner->kind(), WorkspaceBanner::Kind::Other);
    QCOMPARE(banner->role(), StatePalette::Role::Neutral);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("staging.example.com")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Staging")));
    QCOMPARE(banner->accessibleName(), banner->text());

    banner->showWorkspace(workspace(QStringLiteral("Production"), Workspace::defaultBaseUrl().toString()), false);
    QCOMPARE(banner->kind(), WorkspaceBanner::Kind::Production);
    QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(banner->text().contains(Workspace::defaultBaseUrl().host()));
}

void tst_WorkspaceBanner::kindsAreReadableInBothThemes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        const char* theme = dark ? "dark" : "light";
        QTest::addRow("production %s", theme)
            << QStringLiteral("Production") << Workspace::defaultBaseUrl().toString() << false << dark;
        QTest::addRow("sandbox %s", theme)
            << QStringLiteral("Sandbox") << QStringLiteral("http://127.0.0.1:8080/api/v2") << true << dark;
        QTest::addRow("staging %s", theme)
            << QStringLiteral("Staging") << QStringLiteral("https://staging.example.com/api/v2") << false << dark;
    }
}

void tst_WorkspaceBanner::kindsAreReadableInBothThemes()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(bool, sandbox);
    QFETCH(bool, dark);
    QWidget window;
    auto* banner = new WorkspaceBanner(&window);
    banner->showWorkspace(workspace(name, url), sandbox);
    banner->resize(600, banner->sizeHint().height());
    ThemePalettes::use(dark ? ThemePalettes::dark() : ThemePalettes::light());
    const StatePalette colours(dark ? ThemePalettes::dark() : ThemePalettes::light());
    QCOMPARE(banner->grab().toImage().pixelColor(1, 1), colours.fill(banner->role()));
    const double contrast = ThemePalettes::textContrastOnDrawn(banner, {1, 1});
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
}

/// The app follows the platform palette: the main window's banner, started light, turns to the dark values.
void tst_WorkspaceBanner::mainWindowFollowsTheDarkPalette()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    auto* banner = window.findChild<WorkspaceBanner*>(QStringLiteral("workspaceBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->kind(), WorkspaceBanner::Kind::Sandbox);
    QCOMPARE(banner->grab().toImage().pixelColor(1, 1),
             StatePalette(ThemePalettes::light()).fill(StatePalette::Role::Sandbox));
    ThemePalettes::use(ThemePalettes::dark());
    QCOMPARE(banner->grab().toImage().pixelColor(1, 1),
             StatePalette(ThemePalettes::dark()).fill(StatePalette::Role::Sandbox));
    QCOMPARE(banner->palette().color(QPalette::WindowText),
             StatePalette(ThemePalettes::dark()).onFill(StatePalette::Role::Sandbox));
}

// Seen at 1024x700: the sandbox banner's one line of text sat in a strip two lines high, 17 pixels the forms
// lacked. The strip is as high as its text needs at the width it has, narrow or wide.
void tst_WorkspaceBanner::heightFollowsTheWidth()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<WorkspaceBanner*>(QStringLiteral("workspaceBanner"));
    QVERIFY(banner && banner->isVisible());
    const int oneLine = banner->fontMetrics().height() + 2 * banner->margin();
    QTRY_VERIFY2(banner->height() <= oneLine + 2,
                 qPrintable(QStringLiteral("%1 high at %2 wide").arg(banner->height()).arg(banner->width())));

    QWidget narrow;
    auto* alone = new WorkspaceBanner(&narrow);
    alone->showWorkspace(workspace(QStringLiteral("Sandbox"), QStringLiteral("http://127.0.0.1:1/api/v2")), true);
    narrow.resize(200, 200);
    narrow.show();
    alone->resize(200, alone->height());
    // Wrapped, and every line shown.
    const QRect needed = alone->fontMetrics().boundingRect(
        QRect(0, 0, 200 - 2 * alone->margin(), 10000), Qt::TextWordWrap, alone->text());
    QTRY_COMPARE(alone->height(), needed.height() + 2 * alone->margin());
    QVERIFY(alone->height() > oneLine);
}

QTEST_MAIN(tst_WorkspaceBanner)
#include "tst_WorkspaceBanner.moc"
