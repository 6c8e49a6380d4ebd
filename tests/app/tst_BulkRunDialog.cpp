#include "AppUnderTest.h"
#include "HttpTestServer.h"
#include "ScriptedUserPrompts.h"

#include "app/bulk/BulkRunDialog.h"
#include "app/history/HistoryPane.h"
#include "app/shell/MainWindow.h"
#include "core/history/HistoryModel.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    void init();
    void cleanup();
    void checksFirstThenRunsTheValidRows();
    void deleteRunAsksForTheWorkspaceName();
    void aChangedFileNeedsANewCheck();
    void rejectedRowsAreListedWithTheServiceAnswer();

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

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<AppUnderTest> m_app;
    QTemporaryDir m_dir;
    int m_files = 0;
};

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
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "formatLabel")->text().contains(QStringLiteral(" rows: ")), 15000);
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
