#include "ThemePalettes.h"
#include "app/shell/LastResultLabel.h"

#include <QApplication>
#include <QTest>

namespace {
ApiResult failure()
{
    ApiResult result;
    result.status = 500;
    result.message = QStringLiteral("Internal Server Error");
    return result;
}

OperationInput identify()
{
    OperationInput input;
    input.id = QStringLiteral("u-1");
    return input;
}

// An Identify to Production that failed, shown while Production is the current workspace.
void showFailure(LastResultLabel* label)
{
    label->setCurrentWorkspace(QStringLiteral("Production"));
    label->showResult(identify(), QStringLiteral("Production"), failure());
}

ApiResult accepted()
{
    ApiResult result;
    result.status = 200;
    result.message = QStringLiteral("Success.");
    return result;
}
} // namespace

// The status bar's last result: a failure stands out in the error role, readable in light and dark themes, and
// an accepted or earlier result is in the window's own text colour.
class tst_LastResultLabel : public QObject
{
    Q_OBJECT

private slots:
    void init() { ThemePalettes::use(ThemePalettes::light()); }
    void cleanup() { ThemePalettes::use(ThemePalettes::light()); }
    void failureIsReadableInBothThemes();
    void acceptedAndEarlierResultsAreNoAlarm();
};

/// Seen (issue 14): the status-bar error red was about 2:1 on a dark theme.
void tst_LastResultLabel::failureIsReadableInBothThemes()
{
    QWidget window;
    auto* label = new LastResultLabel(&window);
    showFailure(label);
    QVERIFY(label->text().contains(QStringLiteral("500")));
    QVERIFY2(ThemePalettes::textContrast(label) >= 4.5,
             qPrintable(QString::number(ThemePalettes::textContrast(label))));
    const QColor lightColour = label->palette().color(QPalette::WindowText);
    QVERIFY(lightColour != ThemePalettes::light().color(QPalette::WindowText));

    // The desktop switches to a dark theme while the failure is on show.
    ThemePalettes::use(ThemePalettes::dark());
    QVERIFY2(ThemePalettes::textContrast(label) >= 4.5,
             qPrintable(QString::number(ThemePalettes::textContrast(label))));

    // A failure shown first in the dark theme is as readable.
    LastResultLabel started(&window);
    showFailure(&started);
    QVERIFY2(ThemePalettes::textContrast(&started) >= 4.5,
             qPrintable(QString::number(ThemePalettes::textContrast(&started))));
}

void tst_LastResultLabel::acceptedAndEarlierResultsAreNoAlarm()
{
    QWidget window;
    auto* label = new LastResultLabel(&window);
    showFailure(label);
    label->setCurrentWorkspace(QStringLiteral("Staging"));
    QVERIFY(label->text().startsWith(QStringLiteral("Earlier request")));
    QCOMPARE(label->palette().color(QPalette::WindowText), ThemePalettes::light().color(QPalette::WindowText));

    label->setCurrentWorkspace(QStringLiteral("Production"));
    label->showResult(identify(), QStringLiteral("Production"), accepted());
    QCOMPARE(label->palette().color(QPalette::WindowText), ThemePalettes::light().color(QPalette::WindowText));
}

QTEST_MAIN(tst_LastResultLabel)
#include "tst_LastResultLabel.moc"
