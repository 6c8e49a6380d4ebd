#include "AppUnderTest.h"
#include "HttpTestServer.h"
#include "ScriptedUserPrompts.h"

#include "app/bulk/BulkJobsTable.h"
#include "app/bulk/BulkMappingTable.h"
#include "app/bulk/BulkRunDialog.h"
#include "app/bulk/InterruptedBulkJobBanner.h"
#include "app/history/HistoryPane.h"
#include "app/shell/MainWindow.h"
#include "core/bulk/BulkSource.h"
#include "core/history/HistoryModel.h"
#include "core/platform/Translations.h"
#include "core/workspace/WorkspaceStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The bulk run as a marketer or support person drives it: Ctrl+Shift+B on a workspace, a file, Check, Start;
// nothing is sent before the check, invalid rows hold the run back until skipped, and a delete run asks for the
// workspace's name.
class tst_BulkRunDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checksFirstThenRunsTheValidRows();
    void deleteRunAsksForTheWorkspaceName();
    void oneRowIsOneUser();
    void aChangedFileNeedsANewCheck();
    void rejectedRowsAreListedWithTheServiceAnswer();
    void mappingShowsColumnsAndTakesAPropertyType();
    void interruptedJobIsOfferedAtStartUp();

private:
    BulkRunDialog* openDialog();
    QString writeCsv(const QByteArray& bytes);
    void chooseOperation(BulkRunDialog* dialog, Operation operation);
    void checkFile(BulkRunDialog* dialog, const QString& path);
    template <typename T>
    static T* child(QWidget* dialog, const char* name)
    {
        T* widget = dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    // The English catalogue, as the app loads it: it holds the plural forms ("1 user", "2 users").
    std::unique_ptr<Translations> m_english;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<AppUnderTest> m_app;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void tst_BulkRunDialog::initTestCase()
{
    m_english = std::make_unique<Translations>(QLocale(QLocale::English), QStringLiteral(VERO_QM_DIR));
    QVERIFY(m_english->loaded());
}

void tst_BulkRunDialog::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
    Workspace production;
    production.name = QStringLiteral("Production");
    production.baseUrl = m_server->baseUrl();
    WorkspaceStore store;
    store.save(production);
    QVERIFY(store.sync());
    m_app = std::make_unique<AppUnderTest>();
    m_app->controller().workspaceService().setSessionCredential(QStringLiteral("Production"), QStringLiteral("p-1"));
    m_app->controller().setCurrentWorkspace(QStringLiteral("Production"));
    m_app->window().show();
    QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
}

void tst_BulkRunDialog::cleanup()
{
    QCOMPARE(m_app->prompts().unusedAnswers(), 0);
    m_app.reset();
    m_server.reset();
}

BulkRunDialog* tst_BulkRunDialog::openDialog()
{
    QTest::keyClick(&m_app->window(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_app->window().findChild<BulkRunDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QString tst_BulkRunDialog::writeCsv(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("list-%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_BulkRunDialog::chooseOperation(BulkRunDialog* dialog, Operation operation)
{
    auto* combo = child<QComboBox>(dialog, "operationCombo");
    combo->setFocus();
    const int index = combo->findData(int(operation));
    QVERIFY(index >= 0);
    while (combo->currentIndex() != index)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
}

void tst_BulkRunDialog::checkFile(BulkRunDialog* dialog, const QString& path)
{
    auto* file = child<QLineEdit>(dialog, "fileEdit");
    file->setFocus();
    file->selectAll();
    QTest::keyClicks(file, path);
    QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
    // "3 rows: 2 valid, …" or "1 row: 1 valid, …": the summary is there once the check is done.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "formatLabel")->text().contains(QStringLiteral(" valid, ")), 15000);
}

void tst_BulkRunDialog::checksFirstThenRunsTheValidRows()
{
    BulkRunDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY2(child<QLabel>(dialog, "workspaceLabel")->text().contains(QStringLiteral("Production")),
             qPrintable(child<QLabel>(dialog, "workspaceLabel")->text()));
    chooseOperation(dialog, Operation::TagsEdit);
    checkFile(dialog, writeCsv("id;add\r\ncust-1;vip|trial\r\ncust-2;\r\ncust-3;vip\r\n"));

    const QString summary = child<QLabel>(dialog, "formatLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("semicolon-separated (detected)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("3 rows: 2 valid, 1 invalid")), qPrintable(summary));
    auto* issues = child<QTableView>(dialog, "issuesView");
    QCOMPARE(issues->model()->rowCount(), 1);
    QCOMPARE(issues->model()->index(0, 0).data().toString(), QStringLiteral("3"));
    QCOMPARE(m_server->requests().size(), 0); // checking sends nothing

    auto* start = child<QPushButton>(dialog, "startButton");
    QVERIFY(!start->isEnabled()); // an invalid row holds the run back
    QTest::mouseClick(child<QCheckBox>(dialog, "skipInvalidCheck"), Qt::LeftButton);
    QTRY_VERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "countsLabel")->text().contains(QStringLiteral("Finished.")), 20000);
    const QString counts = child<QLabel>(dialog, "countsLabel")->text();
    QVERIFY2(counts.contains(QStringLiteral("2 done, 0 rejected, 0 failed, 1 invalid, 0 pending")), qPrintable(counts));
    QCOMPARE(m_server->requests().at(0).json().value(QStringLiteral("id")).toString(), QStringLiteral("cust-1"));
    QCOMPARE(m_server->requests().at(1).json().value(QStringLiteral("id")).toString(), QStringLiteral("cust-3"));
    QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled()); // the invalid row can go out as a CSV
    // The table now lists the rows that were not done.
    QCOMPARE(issues->model()->rowCount(), 1);
    QCOMPARE(issues->model()->index(0, 0).data().toString(), QStringLiteral("3"));
    QCOMPARE(issues->model()->index(0, 1).data().toString(), QStringLiteral("Invalid, skipped"));

    // Each request is in the history, as sent by a bulk run.
    auto* pane = m_app->window().findChild<HistoryPane*>(QStringLiteral("historyPane"));
    QVERIFY(pane);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 2, 10000);
    QCOMPARE(pane->model()->entry(0).value_or(HistoryEntry()).source, HistoryEntry::Source::Bulk);
    QVERIFY(!dialog->jobId().isEmpty());
    QCOMPARE(pane->model()->entry(0).value_or(HistoryEntry()).bulkJob, dialog->jobId());
}

void tst_BulkRunDialog::deleteRunAsksForTheWorkspaceName()
{
    BulkRunDialog* dialog = openDialog();
    QVERIFY(dialog);
    chooseOperation(dialog, Operation::Delete);
    checkFile(dialog, writeCsv("id\ncust-1\ncust-2\n"));
    auto* start = child<QPushButton>(dialog, "startButton");
    QVERIFY(start->isEnabled());

    m_app->prompts().answerConfirm(false);
    QTest::mouseClick(start, Qt::LeftButton);
    const ScriptedUserPrompts::Question question = m_app->prompts().lastAsked();
    QVERIFY2(question.text.startsWith(QStringLiteral("Delete 2 users from Production (127.0.0.1)?")),
             qPrintable(question.text));
    QCOMPARE(question.typeToConfirm, QStringLiteral("Production"));
    // Refused: no job was written and nothing goes out (the run starts only after a yes, in the same call).
    QVERIFY(start->isEnabled());
    QVERIFY(dialog->jobId().isEmpty());
    QCOMPARE(m_server->requests().size(), 0);

    m_app->prompts().answerConfirm(true);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 20000);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/api/v2/users/delete"));
}

/// A one-row delete asks about one user, in the singular, and counts its row so (seen: "Delete 1 users").
void tst_BulkRunDialog::oneRowIsOneUser()
{
    BulkRunDialog* dialog = openDialog();
    QVERIFY(dialog);
    chooseOperation(dialog, Operation::Delete);
    checkFile(dialog, writeCsv("id\ncust-1\n"));
    const QString summary = child<QLabel>(dialog, "formatLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral(". 1 row: 1 valid, 0 invalid")), qPrintable(summary));

    m_app->prompts().answerConfirm(false);
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    const ScriptedUserPrompts::Question question = m_app->prompts().lastAsked();
    QVERIFY2(question.text.startsWith(QStringLiteral("Delete 1 user from Production (127.0.0.1)?")),
             qPrintable(question.text));
    QCOMPARE(question.acceptLabel, QStringLiteral("Delete 1 user"));
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_BulkRunDialog::aChangedFileNeedsANewCheck()
{
    BulkRunDialog* dialog = openDialog();
    QVERIFY(dialog);
    chooseOperation(dialog, Operation::Unsubscribe);
    checkFile(dialog, writeCsv("id\ncust-1\n"));
    auto* start = child<QPushButton>(dialog, "startButton");
    QVERIFY(start->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "fileEdit"), QStringLiteral("x"));
    QVERIFY(!start->isEnabled());
    // No file: the check says so next to its button and sends nothing.
    child<QLineEdit>(dialog, "fileEdit")->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(dialog, "formatLabel")->text(), QStringLiteral("Choose a CSV file first."));
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_BulkRunDialog::rejectedRowsAreListedWithTheServiceAnswer()
{
    HttpTestServer::Response refused;
    refused.status = 400;
    refused.body = R"({"status":400,"message":"Unknown user."})";
    m_server->setResponse(refused);
    BulkRunDialog* dialog = openDialog();
    QVERIFY(dialog);
    chooseOperation(dialog, Operation::Resubscribe);
    checkFile(dialog, writeCsv("id\ncust-7\n"));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "countsLabel")->text().contains(QStringLiteral("Finished.")), 20000);
    QCOMPARE(m_server->requests().size(), 1); // a 4xx is not retried
    auto* issues = child<QTableView>(dialog, "issuesView");
    QCOMPARE(issues->model()->rowCount(), 1);
    QCOMPARE(issues->model()->index(0, 1).data().toString(), QStringLiteral("Rejected"));
    QVERIFY2(issues->model()->index(0, 2).data().toString().startsWith(QStringLiteral("HTTP 400: ")),
             qPrintable(issues->model()->index(0, 2).data().toString()));
    QVERIFY(!child<QPushButton>(dialog, "retryButton")->isEnabled()); // nothing failed: a rejected row needs a fix
    QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
}

QTEST_MAIN(tst_BulkRunDialog)
#include "tst_BulkRunDialog.moc"

void tst_BulkRunDialog::mappingShowsColumnsAndTakesAPropertyType()
{
    BulkRunDialog* dialog = openDialog();
    QVERIFY(dialog);
    chooseOperation(dialog, Operation::Identify);
    checkFile(dialog, writeCsv("id,email,zip\ncust-1,a@example.com,0800\ncust-2,b@example.com,2000\n"));

    // No problems: the mapping tab is in front, a line per column with what it becomes and its first values.
    auto* tabs = child<QTabWidget>(dialog, "checkTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("mappingTab"));
    auto* mapping = child<BulkMappingTable>(dialog, "mappingView");
    QAbstractItemModel* model = mapping->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, BulkMappingTable::UsedAs).data().toString(), QStringLiteral("email"));
    QCOMPARE(model->index(2, BulkMappingTable::UsedAs).data().toString(), QStringLiteral("property \"zip\""));
    QCOMPARE(model->index(2, BulkMappingTable::Type).data().toString(), QStringLiteral("Detect per cell"));
    QCOMPARE(model->index(2, BulkMappingTable::FirstValues).data().toString(), QStringLiteral("0800 · 2000"));
    QVERIFY(!(model->flags(model->index(0, BulkMappingTable::Type)) & Qt::ItemIsEditable)); // id has no type

    // The zip code is text: chosen with the keyboard in the Type cell. That needs a new check before a run.
    auto* start = child<QPushButton>(dialog, "startButton");
    QTRY_VERIFY(start->isEnabled());
    mapping->setFocus();
    mapping->setCurrentIndex(model->index(2, BulkMappingTable::Type));
    QTest::keyClick(mapping, Qt::Key_F2);
    auto* combo = mapping->findChild<QComboBox*>(QStringLiteral("propertyTypeCombo"));
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    const int text = combo->findText(QStringLiteral("Text"));
    QVERIFY(text >= 0);
    while (combo->currentIndex() != text)
        QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(model->index(2, BulkMappingTable::Type).data().toString(), QStringLiteral("Text"));
    QVERIFY(!start->isEnabled());
    // Next to the Check button, the reason Start is greyed out.
    QVERIFY2(child<QLabel>(dialog, "formatLabel")->text().contains(QStringLiteral("check the file again")),
             qPrintable(child<QLabel>(dialog, "formatLabel")->text()));
    QCOMPARE(mapping->chosenTypes().value(QStringLiteral("zip")), BulkMapping::PropertyType::Text);

    QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 15000);
    // The choice survives the new check.
    QCOMPARE(model->index(2, BulkMappingTable::Type).data().toString(), QStringLiteral("Text"));
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 20000);
    const QJsonObject data = m_server->requests().at(0).json().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("zip")), QJsonValue(QStringLiteral("0800")));
}

void tst_BulkRunDialog::interruptedJobIsOfferedAtStartUp()
{
    m_app.reset();
    // Only this test's jobs in the outbox.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(BulkOutbox::defaultPath() + suffix);
    // A tags run on Production killed after its job was written (state "running"), a cancelled one, and one on
    // another workspace: only the first is offered.
    BulkOutbox outbox(BulkOutbox::defaultPath());
    QVERIFY(outbox.open().ok());
    const auto createJob = [&](const QString& workspace, const QString& state) {
        BulkSource::Options options;
        options.operation = Operation::TagsEdit;
        auto source = BulkSource::open(writeCsv("id,add\ncust-1,vip\ncust-2,vip\n"), options);
        if (!source)
            qFatal("%s", qPrintable(source.error()));
        auto job = outbox.createJob(
            *source.value(), workspace, {{QStringLiteral("base_url"), m_server->baseUrl().toString()}});
        if (!job || !outbox.setJobState(job->id, state))
            qFatal("cannot write the job");
        return job->id;
    };
    const QString cancelled = createJob(QStringLiteral("Production"), QStringLiteral("cancelled"));
    const QString staging = createJob(QStringLiteral("Staging"), QStringLiteral("running"));
    const QString killed = createJob(QStringLiteral("Production"), QStringLiteral("running"));

    m_app = std::make_unique<AppUnderTest>();
    m_app->controller().workspaceService().setSessionCredential(QStringLiteral("Production"), QStringLiteral("p-1"));
    m_app->controller().setCurrentWorkspace(QStringLiteral("Production"));
    m_app->window().show();
    QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
    auto* banner = m_app->window().findChild<InterruptedBulkJobBanner*>();
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->jobId(), killed);
    QVERIFY2(banner->text().contains(QStringLiteral("2 rows of 2 in")), qPrintable(banner->text()));
    QCOMPARE(m_server->requests().size(), 0); // offered, not sent

    // Resume… opens the bulk run window on that job, focus on its Resume; nothing goes before it is pressed.
    QTest::mouseClick(child<QPushButton>(banner, "resumeJobButton"), Qt::LeftButton);
    auto* dialog = m_app->window().findChild<BulkRunDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!banner->isVisible());
    QCOMPARE(child<QComboBox>(dialog, "resumeCombo")->currentData().toString(), killed);
    auto* resume = child<QPushButton>(dialog, "resumeButton");
    QTRY_COMPARE(QApplication::focusWidget(), resume);
    QCOMPARE(m_server->requests().size(), 0);
    QTest::keyClick(resume, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "countsLabel")->text().contains(QStringLiteral("Finished.")), 20000);

    // The Jobs tab lists this workspace's runs, newest first; Return on the cancelled one shows its counts and
    // chooses it to resume.
    auto* jobs = child<BulkJobsTable>(dialog, "jobsView");
    QTRY_COMPARE(jobs->model()->index(0, BulkJobsTable::State).data().toString(), QStringLiteral("finished"));
    QCOMPARE(jobs->jobAt(0), killed);
    int row = 0;
    while (row < jobs->model()->rowCount() && jobs->jobAt(row) != cancelled)
        ++row;
    QVERIFY(row < jobs->model()->rowCount());
    for (int i = 0; i < jobs->model()->rowCount(); ++i)
        QVERIFY(jobs->jobAt(i) != staging); // another workspace's run is not listed here
    child<QTabWidget>(dialog, "checkTabs")->setCurrentWidget(child<QWidget>(dialog, "jobsTab"));
    jobs->setFocus();
    jobs->setCurrentIndex(jobs->model()->index(row, 0));
    QTest::keyClick(jobs, Qt::Key_Return);
    QTRY_COMPARE(child<QComboBox>(dialog, "resumeCombo")->currentData().toString(), cancelled);
    QVERIFY2(child<QLabel>(dialog, "countsLabel")->text().contains(QStringLiteral("0 done")),
             qPrintable(child<QLabel>(dialog, "countsLabel")->text()));
    QVERIFY(!dialog->isRunning());
    QCOMPARE(m_server->requests().size(), 2); // choosing sends nothing

    // Finished: closing the window offers nothing any more.
    dialog->close();
    QTRY_VERIFY(!m_app->window().findChild<BulkRunDialog*>());
    QTRY_VERIFY(banner->jobId().isEmpty());
    QVERIFY(!banner->isVisible());
}
