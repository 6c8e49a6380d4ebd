#include "AppUnderTest.h"
#include "HistoryTestData.h"
#include "app/history/HistoryRetentionDialog.h"
#include "app/shell/AppController.h"
#include "app/shell/MainWindow.h"
#include "core/history/RetentionSetting.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using Mode = HistoryStore::Retention::Mode;

namespace {
// The button's label as the app says it, with or without the English plural forms loaded.
QString removeLabel(int rows)
{
    return QCoreApplication::translate("HistoryDock", "Remove %n request(s)", nullptr, rows);
}
} // namespace

// Choosing how much history to keep: the dialog shows the saved policy, returns what the user picked, and the
// controller keeps it across restarts. A choice that removes requests says how many, from which workspaces and
// dates, offers to export them first, and asks; counts and ages apply to each workspace on its own.
class tst_HistoryRetentionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsCurrentPolicy();
    void returnsWhatTheUserPicked();
    void controllerSavesThePolicy();
    void aNewPolicyAsksBeforeRemovingAndKeepsEachWorkspace();
    void exportFirstWritesWhatGoesThenRemovesIt();
    void aCancelledExportRemovesNothing();
    void startUpAppliesTheSavedPolicyToEachWorkspace();

private:
    // A Production-like history: `production` old requests (among them the trail of a deleted user) and
    // `sandbox` recent ones.
    static void fill(HistoryStore& history, int production, int sandbox);
    static qint64 rowsOf(HistoryStore& history, const QString& workspace);
    // Through the View menu's "History retention…": picks a policy and presses Enter.
    static void choose(MainWindow& window, HistoryStore::Retention::Mode mode, int value);
};

void tst_HistoryRetentionDialog::fill(HistoryStore& history, int production, int sandbox)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto add = [&history](const OperationInput& input, const QDateTime& time, const QString& workspace) {
        QVERIFY(history.insert(HistoryTestData::entry(input, time, HistoryEntry::StatusClass::Success, workspace)) > 0);
    };
    // Production, oldest first: a user identified and deleted a month ago, then a request a minute from 20 days ago.
    add(HistoryTestData::identify(QStringLiteral("gone-1")), now.addDays(-31), QStringLiteral("Production"));
    add(HistoryTestData::simple(Operation::Delete, QStringLiteral("gone-1")),
        now.addDays(-30),
        QStringLiteral("Production"));
    for (int i = 0; i < production - 2; ++i) {
        add(HistoryTestData::identify(QStringLiteral("cust-%1").arg(i)),
            now.addDays(-20).addSecs(60 * i),
            QStringLiteral("Production"));
    }
    for (int i = 0; i < sandbox; ++i) {
        add(HistoryTestData::identify(QStringLiteral("test-%1").arg(i)),
            now.addSecs(-600 + i),
            QStringLiteral("Sandbox"));
    }
}

qint64 tst_HistoryRetentionDialog::rowsOf(HistoryStore& history, const QString& workspace)
{
    HistoryStore::Filter filter;
    filter.workspace = workspace;
    return history.count(filter);
}

void tst_HistoryRetentionDialog::choose(MainWindow& window, HistoryStore::Retention::Mode mode, int value)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("actionHistoryRetention"));
    QVERIFY(action);
    action->trigger();
    HistoryRetentionDialog* dialog = nullptr;
    for (auto* open : window.findChildren<HistoryRetentionDialog*>(QStringLiteral("historyRetentionDialog"))) {
        dialog = open->isVisible() ? open : dialog; // one answered before may wait for its deletion
    }
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const bool rows = mode == HistoryStore::Retention::Mode::Rows;
    auto* radio = dialog->findChild<QRadioButton*>(rows ? QStringLiteral("rowsRadio") : QStringLiteral("daysRadio"));
    auto* spin = dialog->findChild<QSpinBox*>(rows ? QStringLiteral("rowsSpin") : QStringLiteral("daysSpin"));
    QVERIFY(radio && spin);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(5, radio->height() / 2));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
    QTest::keyClick(spin, Qt::Key_Return);
}

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

/// Seen: "Keep newest 1000" deleted about 480 rows at once, among them the whole trail of a user who could then no
/// longer be restored, and sandbox traffic pushed production rows out.
void tst_HistoryRetentionDialog::aNewPolicyAsksBeforeRemovingAndKeepsEachWorkspace()
{
    AppSettings().clear();
    AppUnderTest app;
    fill(app.history(), 80, 300);
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ScriptedUserPrompts& prompts = app.prompts();

    // Cancelled: the question says what would go, and nothing does.
    prompts.answerChoice(QStringLiteral("Cancel"));
    choose(window, Mode::Rows, 100);
    QCOMPARE(prompts.asked().size(), 1);
    const ScriptedUserPrompts::Question question = prompts.lastAsked();
    QCOMPARE(question.kind, ScriptedUserPrompts::Kind::Choose);
    QVERIFY2(question.text.contains(QStringLiteral("removes 200 request")), qPrintable(question.text));
    // Production's 80 requests are within its own 100: the sandbox's 300 never push them out.
    QVERIFY2(question.text.contains(QStringLiteral(": 200 from Sandbox (")), qPrintable(question.text));
    QVERIFY2(!question.text.contains(QStringLiteral("Production")), qPrintable(question.text));
    QCOMPARE(question.options,
             (QStringList {QStringLiteral("Export them, then remove…"), removeLabel(200), QStringLiteral("Cancel")}));
    QCOMPARE(question.options.value(question.defaultOption), QStringLiteral("Export them, then remove…"));
    QCOMPARE(question.options.value(question.destructiveOption), removeLabel(200));
    QCOMPARE(app.history().count(), qint64(380));
    QCOMPARE(app.controller().historyRetention().mode, Mode::KeepAll);

    // Agreed: the policy is saved and exactly those requests go.
    prompts.answerChoice(removeLabel(200));
    choose(window, Mode::Rows, 100);
    QCOMPARE(prompts.asked().size(), 2);
    QTRY_COMPARE(app.history().count(), qint64(180));
    QCOMPARE(rowsOf(app.history(), QStringLiteral("Production")), qint64(80));
    QCOMPARE(rowsOf(app.history(), QStringLiteral("Sandbox")), qint64(100));
    QCOMPARE(app.controller().historyRetention(), (HistoryStore::Retention {Mode::Rows, 100}));

    // More production requests than the policy keeps: the question names Production, its dates, and the recorded
    // deletion that goes with them; until the yes, every production row stays.
    fill(app.history(), 42, 0);
    prompts.answerChoice(QStringLiteral("Cancel"));
    choose(window, Mode::Rows, 100);
    const QString text = prompts.lastAsked().text;
    QVERIFY2(text.contains(QStringLiteral("22 from Production (")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Sandbox")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 recorded user deletion")), qPrintable(text));
    QCOMPARE(rowsOf(app.history(), QStringLiteral("Production")), qint64(122));
}

void tst_HistoryRetentionDialog::exportFirstWritesWhatGoesThenRemovesIt()
{
    AppSettings().clear();
    AppUnderTest app;
    fill(app.history(), 6, 3);
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("removed.json"));
    app.prompts().answerChoice(QStringLiteral("Export them, then remove…"));
    app.prompts().answerSaveFileName(file);
    // Keep 7 days: Production's requests are 20 to 31 days old, the sandbox's from today.
    choose(window, Mode::Days, 7);
    QCOMPARE(app.prompts().asked().size(), 2);
    QVERIFY(app.prompts().lastAsked().suggestedPath.contains(QStringLiteral("vero-history-removed")));

    // The file holds exactly what goes, with its workspace; then it goes, and the sandbox's stay.
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(exported.readAll()).array();
    QCOMPARE(rows.size(), 6);
    for (const QJsonValue& row : rows) {
        QCOMPARE(row.toObject().value(QLatin1String("workspace")).toString(), QStringLiteral("Production"));
    }
    QTRY_COMPARE(rowsOf(app.history(), QStringLiteral("Production")), qint64(0));
    QCOMPARE(rowsOf(app.history(), QStringLiteral("Sandbox")), qint64(3));
}

void tst_HistoryRetentionDialog::aCancelledExportRemovesNothing()
{
    AppSettings().clear();
    AppUnderTest app;
    fill(app.history(), 4, 0);
    MainWindow& window = app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    app.prompts().answerChoice(QStringLiteral("Export them, then remove…"));
    app.prompts().answerSaveFileName(QString()); // the file dialog cancelled
    choose(window, Mode::Days, 7);
    QCOMPARE(app.prompts().asked().size(), 2);
    QCOMPARE(rowsOf(app.history(), QStringLiteral("Production")), qint64(4));
    QCOMPARE(app.controller().historyRetention().mode, Mode::KeepAll);
    QVERIFY(!app.history().retentionRunning());
}

/// At start-up the saved policy applies without a question, so it takes no more than the policy says of any
/// workspace: counts per workspace, and ages from each workspace's newest request (a workspace left unused for
/// a month keeps its last days).
void tst_HistoryRetentionDialog::startUpAppliesTheSavedPolicyToEachWorkspace()
{
    AppSettings().clear();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore history(file);
        QVERIFY(history.open());
        fill(history, 80, 300);
    }
    {
        AppSettings settings;
        RetentionSetting::save(settings, {Mode::Rows, 100});
    }
    {
        AppUnderTest app(AppUnderTest::offlineOptions(), file);
        QTRY_COMPARE(app.history().count(), qint64(180));
        QCOMPARE(rowsOf(app.history(), QStringLiteral("Production")), qint64(80));
        QVERIFY(app.prompts().asked().isEmpty());
    }
    {
        AppSettings settings;
        RetentionSetting::save(settings, {Mode::Days, 3});
    }
    AppUnderTest app(AppUnderTest::offlineOptions(), file);
    // Production's newest request is 20 days old: the 3 days before it are kept, the month-old deletion goes.
    QTRY_COMPARE(rowsOf(app.history(), QStringLiteral("Production")), qint64(78));
    QCOMPARE(rowsOf(app.history(), QStringLiteral("Sandbox")), qint64(100));
}

QTEST_MAIN(tst_HistoryRetentionDialog)
#include "tst_HistoryRetentionDialog.moc"
