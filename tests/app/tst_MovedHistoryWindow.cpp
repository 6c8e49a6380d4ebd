#include "HistoryTestData.h"
#include "ScriptedUserPrompts.h"
#include "app/history/HistoryTableView.h"
#include "app/history/MovedHistoryWindow.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;

// A moved-aside history opened read-only: searched through the filter bar, exported through the button, never
// written; a file too damaged to read says so. Driven through the widgets.
class tst_MovedHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void searchesAndExportsWithoutWriting();
    void offersNothingToSend();
    void tooDamagedFileSaysSo();
    void damagedPartIsSaidNotShownAsNone();

private:
    QString movedFile() const { return m_dir->filePath(QStringLiteral("history.sqlite.broken-20261201T120000Z")); }
    void writeMovedHistory();

    std::unique_ptr<QTemporaryDir> m_dir;
    ScriptedUserPrompts m_prompts;
};

void tst_MovedHistoryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_prompts.clear();
}

void tst_MovedHistoryWindow::cleanup()
{
    QCOMPARE(m_prompts.unusedAnswers(), 0);
    m_dir.reset();
}

void tst_MovedHistoryWindow::writeMovedHistory()
{
    HistoryStore store(movedFile());
    QVERIFY(store.open());
    QList<HistoryEntry> rows = identifies(30, QDateTime::currentDateTimeUtc());
    rows << entry(identify(QStringLiteral("needle"), QStringLiteral("needle@example.com")),
                  QDateTime::currentDateTimeUtc());
    QCOMPARE(store.insertMany(rows), 31);
}

void tst_MovedHistoryWindow::searchesAndExportsWithoutWriting()
{
    writeMovedHistory();
    const QByteArray before = readAll(movedFile());
    MovedHistoryWindow window(movedFile(), &m_prompts);
    window.resize(1000, 650);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isReadable());
    QVERIFY(window.store()->isReadOnly());
    QVERIFY2(window.stateText().contains(movedFile()), qPrintable(window.stateText()));
    QVERIFY2(window.stateText().contains(QStringLiteral("read-only")), qPrintable(window.stateText()));
    auto* table = window.findChild<HistoryTableView*>(QStringLiteral("table"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 31);

    // Ctrl+F reaches the search, typing filters.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("textEdit"));
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("needle@"));
    QTRY_COMPARE(table->model()->rowCount(), 1);

    const QString exported = m_dir->filePath(QStringLiteral("found.json"));
    m_prompts.answerSaveFileName(exported);
    auto* exportButton = window.findChild<QPushButton*>(QStringLiteral("exportButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(m_prompts.lastAsked().kind, ScriptedUserPrompts::Kind::SaveFileName);
    const QJsonArray rows = QJsonDocument::fromJson(readAll(exported)).array();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(window.messageText().contains(QStringLiteral("found.json")), qPrintable(window.messageText()));

    window.close();
    QCOMPARE(readAll(movedFile()), before);
}

void tst_MovedHistoryWindow::offersNothingToSend()
{
    writeMovedHistory();
    MovedHistoryWindow window(movedFile(), &m_prompts);
    // No send, undo, restore or clear anywhere in the window: only search, export and close.
    for (const char* name : {"sendAgainAction", "undoAction", "restoreAction", "clearAction", "openInFormAction"}) {
        QVERIFY2(!window.findChild<QAction*>(QLatin1String(name)), name);
    }
    QStringList buttons;
    for (const QPushButton* button : window.findChildren<QPushButton*>()) {
        buttons << button->objectName();
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    }
    QVERIFY(buttons.contains(QStringLiteral("exportButton")));
    QVERIFY(!buttons.contains(QStringLiteral("sendAgainActionButton")));
}

void tst_MovedHistoryWindow::tooDamagedFileSaysSo()
{
    const QByteArray garbage = writeGarbage(movedFile());
    MovedHistoryWindow window(movedFile(), &m_prompts);
    window.show();
    QVERIFY(!window.isReadable());
    QVERIFY2(window.stateText().contains(QStringLiteral("too damaged")), qPrintable(window.stateText()));
    QVERIFY2(window.stateText().contains(movedFile()), qPrintable(window.stateText()));
    QVERIFY(!window.findChild<HistoryTableView*>(QStringLiteral("table"))->isVisible());
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    QCOMPARE(readAll(movedFile()), garbage);
}

/// An index of the moved file is damaged: the table still reads, but a user filter goes through the index. The
/// window says part of the file cannot be read instead of showing "0 requests" as if there were none.
void tst_MovedHistoryWindow::damagedPartIsSaidNotShownAsNone()
{
    writeMovedHistory();
    QVERIFY(wreckIndex(movedFile(), QStringLiteral("requests_email")));
    MovedHistoryWindow window(movedFile(), &m_prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isReadable());
    QVERIFY(window.messageText().isEmpty());
    auto* user = window.findChild<QLineEdit*>(QStringLiteral("userEdit"));
    QVERIFY(user);
    QTest::keyClicks(user, QStringLiteral("needle@example.com"));
    QTRY_VERIFY2(window.messageText().contains(QStringLiteral("cannot be read")), qPrintable(window.messageText()));

    // Back to a filter the file can answer: the line goes.
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("resetButton")), Qt::LeftButton);
    QTRY_VERIFY2(window.messageText().isEmpty(), qPrintable(window.messageText()));
}

QTEST_MAIN(tst_MovedHistoryWindow)
#include "tst_MovedHistoryWindow.moc"
