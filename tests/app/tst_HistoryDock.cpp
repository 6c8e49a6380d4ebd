#include "AppUnderTest.h"
#include "HistoryTestData.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryPane.h"
#include "app/history/HistoryTableView.h"
#include "app/history/HistoryWorkspaceDelegate.h"
#include "app/shell/AppController.h"
#include "app/shell/MainWindow.h"
#include "core/history/HistoryModel.h"
#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// The history in the main window's dock shows the current workspace's requests, follows the switch to another
// workspace, shows every workspace one click away, and says in a column where each request went (production
// marked by more than colour). Exports carry the workspace.
class tst_HistoryDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheCurrentWorkspaceAndFollowsTheSwitch();
    void anotherWorkspaceChosenStaysChosen();
    void workspaceColumnMarksProduction();
    void exportCarriesTheWorkspace();
    void bulkJobFilterShowsOneRun();

private:
    // Production (Vero's service, never sent to here) and Staging saved, a request of each recorded, the app open on
    // Production.
    void start();
    QStringList usersShown() const;
    QComboBox* switcher() const;

    std::unique_ptr<AppUnderTest> m_app;
    HistoryPane* m_pane = nullptr;
    QComboBox* m_filter = nullptr;
    QCheckBox* m_all = nullptr;
};

void tst_HistoryDock::initTestCase()
{
    Bootstrap::setUpApplication();
}

void tst_HistoryDock::init()
{
    m_app.reset();
    AppSettings().clear();
    AppSettings().sync();
}

void tst_HistoryDock::start()
{
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Production"), Workspace::defaultBaseUrl()));
    QVERIFY(AppUnderTest::saveWorkspace(QStringLiteral("Staging"),
                                        QUrl(QStringLiteral("https://staging.example.test/api/v2"))));
    m_app = std::make_unique<AppUnderTest>();
    m_app->controller().setCurrentWorkspace(QStringLiteral("Production"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HistoryEntry production = HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("prod-user")),
                                                     now,
                                                     HistoryEntry::StatusClass::Success,
                                                     QStringLiteral("Production"));
    production.url = QStringLiteral("https://api.getvero.com/api/v2/users/track");
    QVERIFY(m_app->history().insert(production) > 0);
    QVERIFY(m_app->history().insert(HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("staging-user")),
                                                           now.addSecs(1),
                                                           HistoryEntry::StatusClass::Success,
                                                           QStringLiteral("Staging")))
            > 0);
    MainWindow& window = m_app->window();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_pane = window.findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(m_pane);
    m_filter = m_pane->findChild<QComboBox*>(QStringLiteral("workspaceFilterCombo"));
    m_all = m_pane->findChild<QCheckBox*>(QStringLiteral("allWorkspacesCheck"));
    QVERIFY(m_filter && m_all);
    QVERIFY(!m_filter->accessibleName().isEmpty() && !m_all->accessibleName().isEmpty());
}

QStringList tst_HistoryDock::usersShown() const
{
    QStringList users;
    HistoryModel* model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        users << model->index(row, HistoryModel::UserColumn).data().toString();
    }
    return users;
}

QComboBox* tst_HistoryDock::switcher() const
{
    return m_app->window().findChild<QComboBox*>(QStringLiteral("workspaceCombo"));
}

void tst_HistoryDock::showsTheCurrentWorkspaceAndFollowsTheSwitch()
{
    start();
    QCOMPARE(m_filter->currentText(), QStringLiteral("Production"));
    QVERIFY(!m_all->isChecked());
    QCOMPARE(usersShown(), QStringList {QStringLiteral("prod-user")});

    // Switched in the toolbar: the history follows.
    QComboBox* workspaces = switcher();
    QVERIFY(workspaces);
    workspaces->setFocus();
    const int staging = workspaces->findText(QStringLiteral("Staging"), Qt::MatchStartsWith);
    QVERIFY(staging >= 0);
    while (workspaces->currentIndex() != staging) {
        QTest::keyClick(workspaces, staging > workspaces->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    }
    QCOMPARE(m_app->controller().currentWorkspace().name, QStringLiteral("Staging"));
    QCOMPARE(m_filter->currentText(), QStringLiteral("Staging"));
    QCOMPARE(usersShown(), QStringList {QStringLiteral("staging-user")});

    // Every workspace, one click away, and back.
    QTest::mouseClick(m_all, Qt::LeftButton, {}, QPoint(5, m_all->height() / 2));
    QCOMPARE(usersShown(), (QStringList {QStringLiteral("staging-user"), QStringLiteral("prod-user")}));
    QVERIFY(!m_filter->isEnabled());
    // A switch meanwhile: every workspace stays shown, and unticking shows the new current one.
    m_app->controller().setCurrentWorkspace(QStringLiteral("Production"));
    QVERIFY(m_all->isChecked());
    QCOMPARE(m_filter->currentText(), QStringLiteral("Production"));
    QCOMPARE(usersShown().size(), 2);
    QTest::mouseClick(m_all, Qt::LeftButton, {}, QPoint(5, m_all->height() / 2));
    QCOMPARE(usersShown(), QStringList {QStringLiteral("prod-user")});
}

void tst_HistoryDock::anotherWorkspaceChosenStaysChosen()
{
    start();
    m_filter->setFocus();
    QTest::keyClick(m_filter, Qt::Key_Down); // Production -> Staging, in name order
    QCOMPARE(m_filter->currentText(), QStringLiteral("Staging"));
    QCOMPARE(usersShown(), QStringList {QStringLiteral("staging-user")});
    // A switch elsewhere leaves the workspace the user chose to look at.
    m_app->controller().setCurrentWorkspace(QStringLiteral("Sandbox"));
    QCOMPARE(m_filter->currentText(), QStringLiteral("Staging"));
    // Reset goes back to the current workspace.
    auto* reset = m_pane->findChild<QWidget*>(QStringLiteral("resetButton"));
    QVERIFY(reset);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(m_filter->currentText(), QStringLiteral("Sandbox"));
    QVERIFY(usersShown().isEmpty());
}

void tst_HistoryDock::workspaceColumnMarksProduction()
{
    start();
    QTest::mouseClick(m_all, Qt::LeftButton, {}, QPoint(5, m_all->height() / 2));
    HistoryTableView* table = m_pane->table();
    QCOMPARE(table->model()->headerData(HistoryModel::WorkspaceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Workspace"));
    QVERIFY(!table->horizontalHeader()->isSectionHidden(HistoryModel::WorkspaceColumn));
    QVERIFY(table->columnWidth(HistoryModel::WorkspaceColumn) > 0);
    const QModelIndex production = table->model()->index(1, HistoryModel::WorkspaceColumn);
    const QModelIndex staging = table->model()->index(0, HistoryModel::WorkspaceColumn);
    QCOMPARE(production.data().toString(), QStringLiteral("Production"));
    QCOMPARE(production.data(Qt::ToolTipRole).toString(), QStringLiteral("Production (production)"));
    QCOMPARE(staging.data(Qt::ToolTipRole).toString(), QStringLiteral("Staging"));
    // Drawn by the column's delegate: bold, with the style's warning icon (a marker that is not colour alone).
    auto* delegate
        = qobject_cast<HistoryWorkspaceDelegate*>(table->itemDelegateForColumn(HistoryModel::WorkspaceColumn));
    QVERIFY(delegate);
    const auto styled = [table, delegate](const QModelIndex& index) {
        QStyleOptionViewItem option;
        option.initFrom(table);
        option.widget = table;
        delegate->initStyleOption(&option, index);
        return option;
    };
    const QStyleOptionViewItem marked = styled(production);
    QVERIFY(marked.font.bold());
    QVERIFY(marked.features & QStyleOptionViewItem::HasDecoration);
    QVERIFY(!marked.icon.isNull());
    const QStyleOptionViewItem plain = styled(staging);
    QVERIFY(!plain.font.bold());
    QVERIFY(plain.icon.isNull());
}

void tst_HistoryDock::exportCarriesTheWorkspace()
{
    start();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.csv"));
    m_app->prompts().answerSaveFileName(file);
    m_pane->actions()->exportAction()->trigger();
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.contains(",workspace,"));
    // The filtered rows only: Production's.
    QVERIFY2(text.contains(",Production,"), text.constData());
    QVERIFY(!text.contains(",Staging,"));
    QCOMPARE(m_app->prompts().unusedAnswers(), 0);
}

QTEST_MAIN(tst_HistoryDock)
#include "tst_HistoryDock.moc"

void tst_HistoryDock::bulkJobFilterShowsOneRun()
{
    start();
    auto* jobs = m_pane->findChild<QComboBox*>(QStringLiteral("jobCombo"));
    QVERIFY(jobs);
    QVERIFY(!jobs->accessibleName().isEmpty());
    QVERIFY(!jobs->isVisible()); // no bulk run in the history yet: nothing to choose
    m_app->window().resize(1024, 700);
    QTRY_COMPARE(m_app->window().width(), 1024);

    // Two runs on Production, as veroctl bulk or the Bulk run window record them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList runs {QStringLiteral("20261201-100000-aaaa"), QStringLiteral("20261201-110000-bbbb")};
    for (int i = 0; i < 4; ++i) {
        HistoryEntry entry = HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("bulk-%1").arg(i)),
                                                    now.addSecs(10 + i),
                                                    HistoryEntry::StatusClass::Success,
                                                    QStringLiteral("Production"));
        entry.source = HistoryEntry::Source::Bulk;
        entry.bulkJob = runs.at(i % 2);
        QVERIFY(m_app->history().insert(entry) > 0);
    }
    QTRY_VERIFY(jobs->isVisible());
    QCOMPARE(jobs->count(), 3);
    // The filter that appears does not widen the window past a 1024-pixel screen.
    QCoreApplication::processEvents();
    QCOMPARE(m_app->window().width(), 1024);
    QCOMPARE(jobs->itemData(1).toString(), runs.at(1)); // the newest run first

    jobs->setFocus();
    while (jobs->currentData().toString() != runs.at(0)) {
        QTest::keyClick(jobs, Qt::Key_Down);
    }
    QTRY_COMPARE(usersShown(), (QStringList {QStringLiteral("bulk-2"), QStringLiteral("bulk-0")}));

    // Reset shows the workspace's every request again.
    QTest::mouseClick(m_pane->findChild<QPushButton*>(QStringLiteral("resetButton")), Qt::LeftButton);
    QTRY_COMPARE(usersShown().size(), 5);
    QCOMPARE(jobs->currentIndex(), 0);
}
