#include "AppUnderTest.h"
#include "HistoryTestData.h"
#include "app/history/HistoryRetentionDialog.h"
#include "app/shell/AppController.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QCoreApplication>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using Mode = HistoryStore::Retention::Mode;

// Choosing how much history to keep: the dialog shows the saved policy, returns what the user picked, and the
// controller keeps it across restarts.
class tst_HistoryRetentionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsCurrentPolicy();
    void returnsWhatTheUserPicked();
    void controllerSavesThePolicy();
};

void tst_HistoryRetentionDialog::initTestCase()
{
    Bootstrap::setUpApplication();
}

void tst_HistoryRetentionDialog::showsCurrentPolicy()
{
    HistoryRetentionDialog dialog({Mode::Days, 14});
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("daysRadio"))->isChecked());
    auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("daysSpin"));
    QCOMPARE(days->value(), 14);
    QVERIFY(days->isEnabled());
    QVERIFY(!dialog.findChild<QSpinBox*>(QStringLiteral("rowsSpin"))->isEnabled());
    for (QWidget* input : dialog.findChildren<QWidget*>()) {
        if (qobject_cast<QRadioButton*>(input) || qobject_cast<QSpinBox*>(input)) {
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        }
    }
}

void tst_HistoryRetentionDialog::returnsWhatTheUserPicked()
{
    HistoryRetentionDialog dialog({Mode::KeepAll, 0});
    QCOMPARE(dialog.retention(), (HistoryStore::Retention {Mode::KeepAll, 0}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* rowsRadio = dialog.findChild<QRadioButton*>(QStringLiteral("rowsRadio"));
    QTest::mouseClick(rowsRadio, Qt::LeftButton, {}, QPoint(5, rowsRadio->height() / 2));
    QVERIFY(rowsRadio->isChecked());
    auto* rows = dialog.findChild<QSpinBox*>(QStringLiteral("rowsSpin"));
    QVERIFY(rows->isEnabled());
    rows->selectAll();
    QTest::keyClicks(rows, QStringLiteral("5000"));
    QCOMPARE(dialog.retention(), (HistoryStore::Retention {Mode::Rows, 5000}));
}

void tst_HistoryRetentionDialog::controllerSavesThePolicy()
{
    AppSettings().clear();
    {
        AppUnderTest app;
        AppController& controller = app.controller();
        QCOMPARE(controller.historyRetention().mode, Mode::KeepAll);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const OperationInput identify = HistoryTestData::identify(QStringLiteral("u1"));
        QVERIFY(app.history().insert(HistoryTestData::entry(identify, now.addDays(-40))) > 0);
        QVERIFY(app.history().insert(HistoryTestData::entry(identify, now.addDays(-1))) > 0);
        // Saved, and applied to the history in the background: the 40-day-old row goes.
        const Fallible<HistoryStore::RetentionPlan> plan = controller.planHistoryRetention({Mode::Days, 30});
        QVERIFY(plan);
        QCOMPARE(plan->rows(), qint64(1));
        controller.setHistoryRetention(*plan);
        QTRY_COMPARE(app.history().count(), qint64(1));
    }
    AppUnderTest restarted;
    QCOMPARE(restarted.controller().historyRetention(), (HistoryStore::Retention {Mode::Days, 30}));
}

QTEST_MAIN(tst_HistoryRetentionDialog)
#include "tst_HistoryRetentionDialog.moc"
