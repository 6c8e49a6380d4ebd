#include "AccessibilityAudit.h"
#include "AppUnderTest.h"
#include "app/shell/AboutDialog.h"
#include "app/shell/MainWindow.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"
#include "core/platform/BuildInfo.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTest>

// Help > About: a dialog of its own showing the version from BuildInfo.h, opened from the main window and
// closed from the keyboard.
class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheBuildsVersion();
    void opensFromTheHelpMenuAndClosesByKeyboard();
};

void tst_AboutDialog::initTestCase()
{
    Bootstrap::setUpApplication();
    AppSettings().clear();
}

void tst_AboutDialog::showsTheBuildsVersion()
{
    QPixmap icon(32, 32);
    icon.fill(Qt::darkCyan);
    QApplication::setWindowIcon(QIcon(icon));
    AboutDialog dialog;
    dialog.show();
    auto* version = dialog.findChild<QLabel*>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY2(version->text().contains(QLatin1String(BuildInfo::Version)), qPrintable(version->text()));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("nameLabel"))->text(), QLatin1String(BuildInfo::DisplayName));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("iconLabel"))->pixmap().isNull());
    const QString problems = AccessibilityAudit::report(&dialog, AccessibilityAudit::Check::NamesAndDescriptions);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

/// Seen: About was a QMessageBox whose version came from QCoreApplication, not a dialog with the build's version.
void tst_AboutDialog::opensFromTheHelpMenuAndClosesByKeyboard()
{
    AppUnderTest app;
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* about = window.findChild<QAction*>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    QVERIFY(dialog);
    QVERIFY(!window.findChild<QMessageBox*>());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(dialog->isModal());
    QPointer<AboutDialog> watched(dialog);
    // Close is the default button: Return closes, as Escape does.
    auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
    QVERIFY(close && close->isDefault());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(watched.isNull());

    about->trigger();
    dialog = window.findChild<AboutDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    watched = dialog;
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(watched.isNull());
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_AboutDialog.moc"
