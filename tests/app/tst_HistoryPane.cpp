#include "AccessibilityAudit.h"
#include "HistoryTestData.h"
#include "ScriptedUserPrompts.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryDetailView.h"
#include "app/history/HistoryFilterBar.h"
#include "app/history/HistoryPane.h"
#include "app/history/HistoryTableView.h"
#include "app/history/RestoreUserDialog.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

// The history pane as a support person uses it: rows appear as requests are recorded, every filter narrows the
// table through the store, each row action does what it says (and never leaks the credential), export writes
// exactly the filtered rows, clearing asks first, and the user timeline runs oldest first.
class tst_HistoryPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAppearAfterInserts();
    void completedRowUpdatesTheDetails();
    void filters_data();
    void filters();
    void dateRangeFilter();
    void detailShowsPrettyJsonAndMaskedCredential();
    void openInFormEmitsTheStoredInput();
    void enterOpensInFormAndSendAgainEmits();
    void copyAsCurlRedacts();
    void copyJsonBodyLeavesOutTheCredential();
    void exportWritesExactlyTheFilteredRows_data();
    void exportWritesExactlyTheFilteredRows();
    void exportCancelledWritesNothing();
    void clearConfirmation();
    void timelineIsOldestFirst();
    void timelineFromTheUserField();
    void undoPreparesTheInverse();
    void undoIsNotOfferedForRefusedRequests();
    void restoreDeletedUser();
    void restoreUnknownUserSaysSo();
    void largeHistoryLoadsOnePageAndFiltersInTheStore();
    void everyInputIsNamed();
    void usableAtDockSizes_data();
    void usableAtDockSizes();

private:
    qint64 add(const OperationInput& input,
               qint64 minutesAgo,
               HistoryEntry::StatusClass status = HistoryEntry::StatusClass::Success);
    qint64 addWithSecret(const OperationInput& input, const QString& secret, Workspace::CredentialPlacement placement);
    // Makes `id` the current row, as a click would.
    void select(qint64 id);
    QStringList shownUsers() const;
    // What the pane's message line says (what the last action did).
    QString shownMessage() const;
    QList<qint64> shownIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    ScriptedUserPrompts m_prompts;
    std::unique_ptr<HistoryPane> m_pane;
};

namespace {
const QString Secret = QStringLiteral("sup3r-s3cret-credential");
const QDateTime Now = QDateTime::currentDateTimeUtc();
} // namespace

void tst_HistoryPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->open());
    m_prompts.clear();
    m_pane = std::make_unique<HistoryPane>(m_store.get(), &m_prompts);
    m_pane->resize(1024, 300);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_HistoryPane::cleanup()
{
    QCOMPARE(m_prompts.unusedAnswers(), 0);
    m_pane.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 tst_HistoryPane::add(const OperationInput& input, qint64 minutesAgo, HistoryEntry::StatusClass status)
{
    return m_store->insert(HistoryTestData::entry(input, Now.addSecs(-60 * minutesAgo), status));
}

/// A row as the recorder writes it for a request sent with a real credential.
qint64 tst_HistoryPane::addWithSecret(const OperationInput& input,
                                      const QString& secret,
                                      Workspace::CredentialPlacement placement)
{
    Workspace workspace = HistoryTestData::workspace();
    workspace.credentialPlacement = placement;
    const WireRequest wire = WireRequest::build(RequestBuilder::build(input).request, workspace, secret);
    HistoryEntry entry;
    entry.time = Now;
    entry.workspace = workspace.name;
    entry.operatorName = QStringLiteral("tester");
    entry.setRequest(input, wire.method, wire.url, wire.body);
    return m_store->insert(entry, secret);
}

void tst_HistoryPane::select(qint64 id)
{
    QVERIFY(m_pane->selectEntry(id));
    QVERIFY(m_pane->currentEntry());
    QCOMPARE(m_pane->currentEntry()->id, id);
}

QStringList tst_HistoryPane::shownUsers() const
{
    QStringList users;
    const QAbstractItemModel* model = m_pane->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        users << model->index(row, HistoryModel::UserColumn).data().toString();
    }
    return users;
}

QString tst_HistoryPane::shownMessage() const
{
    const auto* label = m_pane->findChild<QLabel*>(QStringLiteral("messageLabel"));
    return label ? label->text() : QStringLiteral("(no message label)");
}

QList<qint64> tst_HistoryPane::shownIds() const
{
    QList<qint64> ids;
    const QAbstractItemModel* model = m_pane->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        ids << model->index(row, 0).data(HistoryModel::RowIdRole).toLongLong();
    }
    return ids;
}

void tst_HistoryPane::rowsAppearAfterInserts()
{
    QCOMPARE(m_pane->table()->model()->rowCount(), 0);
    const auto* count = m_pane->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(count);

    // No email: a null field must still be recorded.
    QVERIFY(add(HistoryTestData::identify(QStringLiteral("u1")), 2) > 0);
    const qint64 newest = add(HistoryTestData::tags(QStringLiteral("u2"), {QStringLiteral("vip")}), 1);
    QCOMPARE(m_pane->table()->model()->rowCount(), 2);
    // Newest first.
    QCOMPARE(shownUsers(), (QStringList {QStringLiteral("u2"), QStringLiteral("u1")}));
    QCOMPARE(m_pane->table()->model()->index(0, HistoryModel::OperationColumn).data().toString(),
             Operations::displayName(Operation::TagsEdit));
    QTRY_VERIFY2(count->text().contains(QLatin1Char('2')), qPrintable(count->text()));

    select(newest);
    QVERIFY(m_pane->detailView()->summaryText().contains(QLatin1String("u2")));
}

void tst_HistoryPane::completedRowUpdatesTheDetails()
{
    const qint64 id = add(HistoryTestData::identify(QStringLiteral("u1")), 0, HistoryEntry::StatusClass::Pending);
    select(id);
    QVERIFY(m_pane->detailView()->responseText().contains(QLatin1String("No reply was recorded")));

    ApiResult result;
    result.status = 200;
    result.message = QStringLiteral("Success.");
    result.body = R"({"status":200,"message":"Success."})";
    result.elapsedMs = 17;
    QVERIFY(m_store->complete(id, result));
    QTRY_VERIFY(m_pane->detailView()->responseText().contains(QLatin1String("\"message\": \"Success.\"")));
    QCOMPARE(m_pane->table()->model()->index(0, HistoryModel::ElapsedColumn).data().toString(),
             QStringLiteral("17 ms"));
}

void tst_HistoryPane::filters_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expectedUsers");

    QTest::newRow("user id") << QStringLiteral("userEdit") << QStringLiteral("u2")
                             << QStringList {QStringLiteral("u2")};
    QTest::newRow("email, any case") << QStringLiteral("userEdit") << QStringLiteral("ANN@example.com")
                                     << QStringList {QStringLiteral("u1")};
    QTest::newRow("alias' new id") << QStringLiteral("userEdit") << QStringLiteral("u4-new")
                                   << QStringList {QStringLiteral("u4 \u2192 u4-new")};
    QTest::newRow("operation") << QStringLiteral("operationCombo") << Operations::displayName(Operation::TagsEdit)
                               << QStringList {QStringLiteral("u2")};
    QTest::newRow("status success") << QStringLiteral("statusCombo") << QStringLiteral("Success")
                                    << QStringList {QStringLiteral("u4 \u2192 u4-new"),
                                                    QStringLiteral("u2"),
                                                    QStringLiteral("u1")};
    QTest::newRow("status rejected") << QStringLiteral("statusCombo") << QStringLiteral("Rejected")
                                     << QStringList {QStringLiteral("u3")};
    QTest::newRow("status failed includes never sent") << QStringLiteral("statusCombo") << QStringLiteral("Failed")
                                                       << QStringList {QStringLiteral("u6"), QStringLiteral("u5")};
    QTest::newRow("free text") << QStringLiteral("textEdit") << QStringLiteral("purchased")
                               << QStringList {QStringLiteral("u3")};
}

void tst_HistoryPane::filters()
{
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(QStringList, expectedUsers);

    add(HistoryTestData::identify(QStringLiteral("u1"), QStringLiteral("ann@example.com")), 60);
    add(HistoryTestData::tags(QStringLiteral("u2"), {QStringLiteral("vip")}), 50);
    add(HistoryTestData::trackEvent(QStringLiteral("u3"), QStringLiteral("purchased_item")),
        40,
        HistoryEntry::StatusClass::Rejected);
    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("u4");
    alias.newId = QStringLiteral("u4-new");
    add(alias, 30);
    add(HistoryTestData::simple(Operation::Delete, QStringLiteral("u5")), 20, HistoryEntry::StatusClass::Failed);
    add(HistoryTestData::simple(Operation::Unsubscribe, QStringLiteral("u6")), 10, HistoryEntry::StatusClass::NotSent);
    QCOMPARE(m_pane->table()->model()->rowCount(), 6);
    // Filters run in the store (through its indexes), not in a proxy over loaded rows.
    QCOMPARE(m_pane->table()->model(), static_cast<QAbstractItemModel*>(m_pane->model()));

    HistoryFilterBar* bar = m_pane->filterBar();
    QWidget* target = bar->findChild<QWidget*>(widget);
    QVERIFY2(target, qPrintable(widget));
    if (auto* edit = qobject_cast<QLineEdit*>(target)) {
        edit->setFocus();
        QTest::keyClicks(edit, value);
        // Typing settles after a short pause; the table follows without Return.
        QTRY_COMPARE(shownUsers(), expectedUsers);
        QTRY_COMPARE(m_pane->findChild<QLabel*>(QStringLiteral("countLabel"))->text().section(QLatin1Char(' '), 0, 0),
                     QString::number(expectedUsers.size()));
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
    } else if (auto* combo = qobject_cast<QComboBox*>(target)) {
        const int index = combo->findText(value);
        QVERIFY(index > 0);
        combo->setFocus();
        // Through the keyboard, as a user without a mouse would.
        for (int i = combo->currentIndex(); i < index; ++i) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
        QCOMPARE(combo->currentIndex(), index);
        QCOMPARE(shownUsers(), expectedUsers);
        combo->setCurrentIndex(0);
    }
    QTRY_COMPARE(m_pane->table()->model()->rowCount(), 6);
}

void tst_HistoryPane::dateRangeFilter()
{
    const QDateTime today = QDate::currentDate().startOfDay();
    const auto at = [this](const OperationInput& input, const QDateTime& time) {
        return m_store->insert(HistoryTestData::entry(input, time.toUTC()));
    };
    at(HistoryTestData::identify(QStringLiteral("old")), today.addDays(-10).addSecs(3600));
    at(HistoryTestData::identify(QStringLiteral("edge-from")), today.addDays(-3));
    at(HistoryTestData::identify(QStringLiteral("edge-to")), today.addDays(-1).addSecs(23 * 3600 + 59 * 60));
    at(HistoryTestData::identify(QStringLiteral("today")), today.addSecs(60));

    auto* check = m_pane->filterBar()->findChild<QCheckBox*>(QStringLiteral("dateRangeCheck"));
    auto* from = m_pane->filterBar()->findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
    auto* to = m_pane->filterBar()->findChild<QDateEdit*>(QStringLiteral("toDateEdit"));
    QVERIFY(check && from && to);
    QVERIFY(!from->isEnabled());
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(check->isChecked());
    QVERIFY(from->isEnabled());
    from->setDate(today.date().addDays(-3));
    to->setDate(today.date().addDays(-1));
    // Both days are included.
    QCOMPARE(shownUsers(), (QStringList {QStringLiteral("edge-to"), QStringLiteral("edge-from")}));
    // A "from" after "to" moves "to" along rather than showing nothing.
    from->setDate(today.date());
    QCOMPARE(to->date(), today.date());
    QCOMPARE(shownUsers(), QStringList {QStringLiteral("today")});
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(m_pane->table()->model()->rowCount(), 4);
}

void tst_HistoryPane::detailShowsPrettyJsonAndMaskedCredential()
{
    const qint64 id = addWithSecret(HistoryTestData::identify(QStringLiteral("u1"),
                                                              QStringLiteral("ann@example.com"),
                                                              QStringLiteral(R"({"plan":"pro"})")),
                                    Secret,
                                    Workspace::CredentialPlacement::Body);
    select(id);
    const QString request = m_pane->detailView()->requestText();
    QVERIFY2(request.startsWith(QLatin1String("POST https://api.example.test/api/v2/users/track")),
             qPrintable(request));
    QVERIFY2(request.contains(QLatin1String("\"auth_token\": \"***\"")), qPrintable(request));
    QVERIFY2(request.contains(QLatin1String("\n        \"plan\": \"pro\"")), qPrintable(request));
    QVERIFY(!request.contains(Secret));
    // Every text in the pane, not only the request box.
    for (const QWidget* widget : m_pane->findChildren<QWidget*>()) {
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            QVERIFY(!label->text().contains(Secret));
        }
        if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget)) {
            QVERIFY(!text->toPlainText().contains(Secret));
        }
    }
}

void tst_HistoryPane::openInFormEmitsTheStoredInput()
{
    OperationInput input = HistoryTestData::trackEvent(QStringLiteral("u9"),
                                                       QStringLiteral("Purchased Item"),
                                                       QStringLiteral(R"({"price":12.5})"),
                                                       QStringLiteral(R"({"source":"web"})"));
    input.email = QStringLiteral("u9@example.com");
    const qint64 id = add(input, 1);
    add(HistoryTestData::identify(QStringLiteral("other")), 0);
    select(id);

    QSignalSpy open(m_pane.get(), &HistoryPane::openInForm);
    QSignalSpy send(m_pane.get(), &HistoryPane::sendAgain);
    QVERIFY(m_pane->actions()->openAction()->isEnabled());
    m_pane->actions()->openAction()->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(send.size(), 0);
    QCOMPARE(open.at(0).at(0).value<OperationInput>(), input);
}

void tst_HistoryPane::enterOpensInFormAndSendAgainEmits()
{
    const OperationInput input
        = HistoryTestData::tags(QStringLiteral("u3"), {QStringLiteral("a")}, {QStringLiteral("b")});
    const qint64 id = add(input, 1);
    select(id);
    QSignalSpy open(m_pane.get(), &HistoryPane::openInForm);
    QSignalSpy send(m_pane.get(), &HistoryPane::sendAgain);

    m_pane->table()->setFocus();
    QTest::keyClick(m_pane->table(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<OperationInput>(), input);

    // The shortcut works while focus is anywhere in the pane.
    QTest::keyClick(m_pane->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(send.size(), 1);
    QCOMPARE(send.at(0).at(0).value<OperationInput>(), input);
    QCOMPARE(open.size(), 1);
}

void tst_HistoryPane::copyAsCurlRedacts()
{
    for (const auto placement : {Workspace::CredentialPlacement::Body, Workspace::CredentialPlacement::Query}) {
        QGuiApplication::clipboard()->clear();
        const qint64 id
            = addWithSecret(HistoryTestData::tags(QStringLiteral("u1"), {QStringLiteral("vip")}), Secret, placement);
        select(id);
        QSignalSpy message(m_pane.get(), &HistoryPane::statusMessage);
        m_pane->table()->setFocus();
        QTest::keyClick(m_pane->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("curl --request PUT")), qPrintable(copied));
        QVERIFY2(copied.contains(QLatin1String("$VERO_AUTH_TOKEN")), qPrintable(copied));
        QVERIFY2(!copied.contains(Secret), qPrintable(copied));
        QVERIFY2(copied.contains(QLatin1String("users/tags/edit")), qPrintable(copied));
        QCOMPARE(message.size(), 1);
        QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("VERO_AUTH_TOKEN")));
    }
}

void tst_HistoryPane::copyJsonBodyLeavesOutTheCredential()
{
    const qint64 id = addWithSecret(HistoryTestData::identify(QStringLiteral("u1"), QStringLiteral("a@example.com")),
                                    Secret,
                                    Workspace::CredentialPlacement::Body);
    select(id);
    m_pane->actions()->copyJsonAction()->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    const QJsonObject body = QJsonDocument::fromJson(copied.toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("u1"));
    QCOMPARE(body.value(QLatin1String("email")).toString(), QStringLiteral("a@example.com"));
    QVERIFY(!body.contains(QLatin1String("auth_token")));
    QVERIFY(!copied.contains(Secret));

    // A heartbeat has no body to copy.
    select(add(HistoryTestData::simple(Operation::Heartbeat, QString()), 0));
    QVERIFY(!m_pane->actions()->copyJsonAction()->isEnabled());
}

void tst_HistoryPane::exportWritesExactlyTheFilteredRows_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void tst_HistoryPane::exportWritesExactlyTheFilteredRows()
{
    QFETCH(QString, suffix);
    for (int i = 0; i < 7; ++i) {
        add(HistoryTestData::identify(QStringLiteral("keep")), 100 - i);
        add(HistoryTestData::identify(QStringLiteral("other-%1").arg(i)), 50 - i);
    }
    addWithSecret(HistoryTestData::tags(QStringLiteral("keep"), {QStringLiteral("t")}),
                  Secret,
                  Workspace::CredentialPlacement::Query);
    m_pane->setUserFilter(QStringLiteral("keep"));
    QCOMPARE(m_pane->table()->model()->rowCount(), 8);

    const QString fileName = m_dir->filePath(QStringLiteral("export.") + suffix);
    m_prompts.answerSaveFileName(fileName);
    QVERIFY(m_pane->actions()->exportAction()->isEnabled());
    m_pane->actions()->exportAction()->trigger();
    QCOMPARE(m_prompts.asked().size(), 1);
    const ScriptedUserPrompts::Question asked = m_prompts.lastAsked();
    QCOMPARE(asked.kind, ScriptedUserPrompts::Kind::SaveFileName);
    QVERIFY2(asked.suggestedPath.endsWith(QLatin1String(".csv")), qPrintable(asked.suggestedPath));
    QVERIFY(QFileInfo(asked.suggestedPath).fileName().startsWith(QLatin1String("vero-history-")));
    QCOMPARE(asked.nameFilters.size(), 2);
    QVERIFY2(shownMessage().contains(QLatin1String("8")), qPrintable(shownMessage()));

    const QByteArray bytes = HistoryTestData::readAll(fileName);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(Secret.toUtf8()));
    QVERIFY(!bytes.contains("other-"));
    if (suffix == QLatin1String("json")) {
        const QJsonArray rows = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(rows.size(), 8);
        for (const QJsonValue& row : rows) {
            QVERIFY(QJsonDocument(row.toObject()).toJson().contains("keep"));
        }
    } else {
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 8); // header and the rows
    }
}

void tst_HistoryPane::exportCancelledWritesNothing()
{
    add(HistoryTestData::identify(QStringLiteral("u1")), 1);
    m_prompts.answerSaveFileName(QString()); // the dialog cancelled
    m_pane->actions()->exportAction()->trigger();
    QCOMPARE(m_prompts.asked().size(), 1);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.csv"), QStringLiteral("*.json")}).isEmpty());

    // A file that cannot be written says so.
    const QString blocked = m_dir->filePath(QStringLiteral("no-such-folder/export.csv"));
    QCOMPARE(m_pane->actions()->exportTo(blocked), qint64(-1));
    QVERIFY(shownMessage().contains(QLatin1String("could not be exported")));
}

void tst_HistoryPane::clearConfirmation()
{
    add(HistoryTestData::identify(QStringLiteral("u1")), 3);
    add(HistoryTestData::identify(QStringLiteral("u2")), 2);
    add(HistoryTestData::identify(QStringLiteral("u3")), 1);
    // The filter shows one row; the question must still say all three go.
    m_pane->setUserFilter(QStringLiteral("u1"));
    QCOMPARE(m_pane->table()->model()->rowCount(), 1);

    m_prompts.answerConfirm(false);
    m_pane->actions()->clearAction()->trigger();
    QCOMPARE(m_prompts.asked().size(), 1);
    const ScriptedUserPrompts::Question question = m_prompts.lastAsked();
    QVERIFY2(question.text.contains(QLatin1String("all 3 request")), qPrintable(question.text));
    QVERIFY2(question.text.contains(QLatin1String("on this computer")), qPrintable(question.text));
    QVERIFY2(question.text.contains(QLatin1String("not only the ones the filters show")), qPrintable(question.text));
    QVERIFY(question.destructive);
    QCOMPARE(question.acceptLabel, QStringLiteral("Clear history"));
    QCOMPARE(m_store->count(), qint64(3));
    QCOMPARE(m_pane->table()->model()->rowCount(), 1);

    m_prompts.answerConfirm(true);
    m_pane->actions()->clearAction()->trigger();
    QCOMPARE(m_prompts.asked().size(), 2);
    // In the background: the pane says so until the rows are gone, then reloads.
    QCOMPARE(shownMessage(), QStringLiteral("Clearing history…"));
    QTRY_VERIFY(shownMessage().contains(QLatin1String("3")));
    QCOMPARE(m_store->count(), qint64(0));
    QCOMPARE(m_pane->table()->model()->rowCount(), 0);
}

void tst_HistoryPane::timelineIsOldestFirst()
{
    const qint64 first = add(HistoryTestData::identify(QStringLiteral("u1"), QStringLiteral("ann@example.com")), 50);
    add(HistoryTestData::identify(QStringLiteral("u2")), 40);
    const qint64 second = add(HistoryTestData::tags(QStringLiteral("u1"), {QStringLiteral("vip")}), 30);
    OperationInput byEmail = HistoryTestData::trackEvent(QString(), QStringLiteral("opened"));
    byEmail.email = QStringLiteral("ann@example.com");
    const qint64 byTheirEmail = add(byEmail, 25); // the email sent with u1: the timeline follows it
    add(HistoryTestData::identify(QStringLiteral("u3")), 20);
    const qint64 last = add(HistoryTestData::simple(Operation::Unsubscribe, QStringLiteral("u1")), 10);
    // Filters that would hide some of them are cleared by the timeline.
    m_pane->setUserFilter(QStringLiteral("u2"));

    select(m_pane->table()->model()->index(0, 0).data(HistoryModel::RowIdRole).toLongLong());
    m_pane->setUserFilter(QString());
    select(second);
    m_pane->actions()->timelineAction()->trigger();
    QVERIFY(m_pane->model()->isTimeline());
    QCOMPARE(shownIds(), (QList<qint64> {first, second, byTheirEmail, last}));
    auto* banner = m_pane->findChild<QWidget*>(QStringLiteral("timelineBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(m_pane->filterBar()->userText(), QStringLiteral("u1"));

    if (const QByteArray shots = qgetenv("VERO_HISTORY_SCREENSHOTS"); !shots.isEmpty()) {
        QApplication::processEvents();
        m_pane->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/timeline.png"));
    }
    // A new request about the user joins at the end.
    const qint64 newest = add(HistoryTestData::simple(Operation::Resubscribe, QStringLiteral("u1")), 0);
    QCOMPARE(shownIds().last(), newest);

    auto* leave = m_pane->findChild<QPushButton*>(QStringLiteral("leaveTimelineButton"));
    QTest::mouseClick(leave, Qt::LeftButton);
    QVERIFY(!m_pane->model()->isTimeline());
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_pane->table()->model()->rowCount(), 7);
    QCOMPARE(shownIds().first(), newest);
}

void tst_HistoryPane::timelineFromTheUserField()
{
    add(HistoryTestData::identify(QStringLiteral("u1"), QStringLiteral("ann@example.com")), 30);
    add(HistoryTestData::identify(QStringLiteral("u2")), 20);
    OperationInput byEmail = HistoryTestData::trackEvent(QString(), QStringLiteral("opened"));
    byEmail.email = QStringLiteral("ann@example.com");
    add(byEmail, 10);

    auto* user = m_pane->filterBar()->findChild<QLineEdit*>(QStringLiteral("userEdit"));
    auto* timeline = m_pane->filterBar()->findChild<QPushButton*>(QStringLiteral("timelineButton"));
    QVERIFY(!timeline->isEnabled());
    user->setFocus();
    QTest::keyClicks(user, QStringLiteral("ann@example.com"));
    QVERIFY(timeline->isEnabled());
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Space);
    QVERIFY(m_pane->model()->isTimeline());
    QCOMPARE(shownUsers(), (QStringList {QStringLiteral("u1"), QStringLiteral("ann@example.com")}));

    // Typing another user ends the timeline: newest first again.
    user->setFocus();
    QTest::keyClick(user, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(user, QStringLiteral("u2"));
    QTest::keyClick(user, Qt::Key_Return);
    QVERIFY(!m_pane->model()->isTimeline());
    QCOMPARE(shownUsers(), QStringList {QStringLiteral("u2")});
}

void tst_HistoryPane::undoPreparesTheInverse()
{
    const qint64 id
        = add(HistoryTestData::tags(QStringLiteral("u1"), {QStringLiteral("vip")}, {QStringLiteral("trial")}), 1);
    select(id);
    QVERIFY(m_pane->actions()->undoAction()->isEnabled());
    QSignalSpy open(m_pane.get(), &HistoryPane::openInForm);
    QSignalSpy send(m_pane.get(), &HistoryPane::sendAgain);
    m_pane->actions()->undoAction()->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(send.size(), 0); // shown for review, never sent from here
    const auto inverse = open.at(0).at(0).value<OperationInput>();
    QCOMPARE(inverse.operation, Operation::TagsEdit);
    QCOMPARE(inverse.id, QStringLiteral("u1"));
    QCOMPARE(inverse.tagsAdd, QStringList {QStringLiteral("trial")});
    QCOMPARE(inverse.tagsRemove, QStringList {QStringLiteral("vip")});
    QVERIFY(shownMessage().contains(QLatin1String("review")));

    OperationInput alias;
    alias.operation = Operation::Alias;
    alias.id = QStringLiteral("old");
    alias.newId = QStringLiteral("new");
    select(add(alias, 0));
    m_pane->actions()->undoAction()->trigger();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).value<OperationInput>().id, QStringLiteral("new"));
    QCOMPARE(open.at(1).at(0).value<OperationInput>().newId, QStringLiteral("old"));
}

void tst_HistoryPane::undoIsNotOfferedForRefusedRequests()
{
    select(add(
        HistoryTestData::simple(Operation::Unsubscribe, QStringLiteral("u1")), 2, HistoryEntry::StatusClass::Rejected));
    QVERIFY(!m_pane->actions()->undoAction()->isEnabled());
    QVERIFY2(m_pane->actions()->undoAction()->toolTip().contains(QLatin1String("refused")),
             qPrintable(m_pane->actions()->undoAction()->toolTip()));
    QSignalSpy open(m_pane.get(), &HistoryPane::openInForm);
    m_pane->actions()->undoCurrent();
    QCOMPARE(open.size(), 0);

    select(add(HistoryTestData::identify(QStringLiteral("u1")), 1));
    QVERIFY(!m_pane->actions()->undoAction()->isEnabled());
}

void tst_HistoryPane::restoreDeletedUser()
{
    OperationInput identify = HistoryTestData::identify(
        QStringLiteral("u7"), QStringLiteral("seven@example.com"), QStringLiteral(R"({"plan":"pro","age":41})"));
    add(identify, 60);
    add(HistoryTestData::tags(QStringLiteral("u7"), {QStringLiteral("vip"), QStringLiteral("beta")}), 50);
    add(HistoryTestData::trackEvent(QStringLiteral("u7"), QStringLiteral("signed_up")), 40);
    add(HistoryTestData::trackEvent(QStringLiteral("u7"), QStringLiteral("purchased")), 35);
    add(HistoryTestData::tags(QStringLiteral("u7"), {}, {QStringLiteral("beta")}), 30);
    const qint64 deletion = add(HistoryTestData::simple(Operation::Delete, QStringLiteral("u7")), 20);
    select(deletion);
    QVERIFY(m_pane->actions()->restoreAction()->isEnabled());

    QSignalSpy open(m_pane.get(), &HistoryPane::openInForm);
    QSignalSpy send(m_pane.get(), &HistoryPane::sendAgain);
    m_pane->actions()->restoreAction()->trigger();
    auto* dialog = m_pane->findChild<RestoreUserDialog*>(QStringLiteral("restoreUserDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(open.size(), 0); // nothing until the user agrees
    const auto* warning = dialog->findChild<QLabel*>(QStringLiteral("eventsWarningLabel"));
    QVERIFY(warning);
    QVERIFY2(warning->text().contains(QLatin1String("Past events cannot be restored")), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QLatin1String("2 event")), qPrintable(warning->text()));
    const auto* state = dialog->findChild<QLabel*>(QStringLiteral("stateLabel"));
    QVERIFY(state->text().contains(QLatin1String("was deleted")));

    if (const QByteArray shots = qgetenv("VERO_HISTORY_SCREENSHOTS"); !shots.isEmpty()) {
        dialog->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/restore-dialog.png"));
    }
    QTest::mouseClick(dialog->fillFormsButton(), Qt::LeftButton);
    QCOMPARE(send.size(), 0);
    QCOMPARE(open.size(), 2);
    // Tags first, identify last: the identify form is left on screen, and it must be sent first.
    const auto tags = open.at(0).at(0).value<OperationInput>();
    QCOMPARE(tags.operation, Operation::TagsEdit);
    QCOMPARE(tags.id, QStringLiteral("u7"));
    QCOMPARE(tags.tagsAdd, QStringList {QStringLiteral("vip")});
    const auto restored = open.at(1).at(0).value<OperationInput>();
    QCOMPARE(restored.operation, Operation::Identify);
    QCOMPARE(restored.id, QStringLiteral("u7"));
    QCOMPARE(restored.email, QStringLiteral("seven@example.com"));
    const QJsonObject data = QJsonDocument::fromJson(restored.data.toUtf8()).object();
    QCOMPARE(data.value(QLatin1String("plan")).toString(), QStringLiteral("pro"));
    QCOMPARE(data.value(QLatin1String("age")).toInt(), 41);
    QVERIFY(shownMessage().contains(QLatin1String("Past events cannot be restored")));
}

void tst_HistoryPane::restoreUnknownUserSaysSo()
{
    add(HistoryTestData::identify(QStringLiteral("u1")), 1, HistoryEntry::StatusClass::Rejected);
    QSignalSpy open(m_pane.get(), &HistoryPane::openInForm);
    m_pane->actions()->restoreUser(QStringLiteral("u1"));
    QVERIFY(!m_pane->findChild<RestoreUserDialog*>());
    QVERIFY2(shownMessage().contains(QLatin1String("nothing to restore")), qPrintable(shownMessage()));
    QCOMPARE(open.size(), 0);
}

void tst_HistoryPane::largeHistoryLoadsOnePageAndFiltersInTheStore()
{
    constexpr int Rows = 100000;
    QList<HistoryEntry> entries;
    entries.reserve(Rows);
    const HistoryEntry identify = HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("x")), Now);
    for (int i = 0; i < Rows; ++i) {
        HistoryEntry entry = identify;
        entry.time = Now.addSecs(i - Rows);
        entry.userId = QStringLiteral("user-%1").arg(i % 5000);
        entries.append(entry);
    }
    QCOMPARE(m_store->insertMany(entries), qint64(Rows));
    QElapsedTimer timer;
    timer.start();
    HistoryPane pane(m_store.get(), &m_prompts);
    pane.resize(1024, 300);
    pane.show();
    const qint64 openMs = timer.elapsed();
    // One page, not the history.
    QCOMPARE(pane.table()->model()->rowCount(), HistoryModel::DefaultPageSize);
    QTRY_VERIFY(pane.findChild<QLabel*>(QStringLiteral("countLabel"))->text().startsWith(QLatin1String("100000")));

    timer.restart();
    pane.setUserFilter(QStringLiteral("user-4242"));
    const qint64 filterMs = timer.elapsed();
    // Exactly that user's rows, all of them, and nothing else.
    const QAbstractItemModel* model = pane.table()->model();
    QCOMPARE(model->rowCount(), Rows / 5000);
    QVERIFY(!model->canFetchMore(QModelIndex()));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, HistoryModel::UserColumn).data().toString(), QStringLiteral("user-4242"));
    }
    // Scrolling to the end fetches the next page lazily.
    pane.setUserFilter(QString());
    pane.table()->scrollToBottom();
    QTRY_VERIFY(pane.table()->model()->rowCount() > HistoryModel::DefaultPageSize);
    // Information only: timings are not asserted on a shared machine.
    qInfo("%d rows: pane opened in %lld ms, user filter applied in %lld ms", Rows, openMs, filterMs);
}

void tst_HistoryPane::everyInputIsNamed()
{
    select(add(HistoryTestData::identify(QStringLiteral("u1")), 1));
    const AccessibilityAudit::Result audit = AccessibilityAudit::run(m_pane.get());
    QVERIFY(audit.inputsChecked >= 15);
    QVERIFY2(audit.problems.isEmpty(), qPrintable(audit.problems.join(QLatin1Char('\n'))));

    // Tab reaches the row buttons from the table.
    m_pane->table()->setFocus();
    QTest::keyClick(m_pane->table(), Qt::Key_Tab);
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QCOMPARE(focused->parentWidget(), m_pane->findChild<QToolBar*>(QStringLiteral("historyToolBar")));
}

void tst_HistoryPane::usableAtDockSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("bottom dock 1024x300") << QSize(1024, 300);
    QTest::newRow("side dock 420x700") << QSize(420, 700);
}

void tst_HistoryPane::usableAtDockSizes()
{
    QFETCH(QSize, size);
    // A realistic mix: operations, outcomes and long user ids.
    for (int i = 0; i < 40; ++i) {
        const QString user = QStringLiteral("user-%1@example.com").arg(i);
        const OperationInput input
            = i % 3 == 0
                  ? HistoryTestData::trackEvent(user, QStringLiteral("signed_up"), QStringLiteral(R"({"plan":"pro"})"))
              : i % 3 == 1 ? HistoryTestData::tags(user, {QStringLiteral("vip")})
                           : HistoryTestData::identify(user, user, QStringLiteral(R"({"first_name":"Ann"})"));
        const auto status = i % 5 == 1    ? HistoryEntry::StatusClass::Rejected
                            : i % 7 == 3  ? HistoryEntry::StatusClass::Failed
                            : i % 11 == 4 ? HistoryEntry::StatusClass::Pending
                                          : HistoryEntry::StatusClass::Success;
        add(input, 40 - i, status);
    }
    m_pane->resize(size);
    const auto* count = m_pane->findChild<QLabel*>(QStringLiteral("countLabel"));
    QTRY_VERIFY2(count->text().contains(QLatin1String("40")), qPrintable(count->text()));
    QVERIFY(count->isVisible());
    const QSize minimum = m_pane->minimumSizeHint();
    QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    // Every filter is on screen, inside the pane, not squeezed to nothing.
    for (const char* name : {"userEdit", "textEdit", "operationCombo", "statusCombo", "fromDateEdit", "toDateEdit"}) {
        auto* widget = m_pane->filterBar()->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget && widget->isVisible(), name);
        const QRect inPane(widget->mapTo(m_pane.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(m_pane->rect().contains(inPane), name);
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), name);
    }
    QVERIFY(m_pane->table()->height() >= 3 * m_pane->table()->verticalHeader()->defaultSectionSize());
    QVERIFY(m_pane->detailView()->isVisible());
    // The "More" actions (export, clear, restore) never vanish into the toolbar's overflow.
    auto* more = m_pane->findChild<QWidget*>(QStringLiteral("moreButton"));
    QVERIFY(more && more->isVisible());
    QVERIFY(m_pane->rect().contains(QRect(more->mapTo(m_pane.get(), QPoint(0, 0)), more->size())));
    QVERIFY(m_pane->detailView()->height() > 40 && m_pane->detailView()->width() > 150);

    const QByteArray shots = qgetenv("VERO_HISTORY_SCREENSHOTS");
    if (!shots.isEmpty() && size.width() == 1024) {
        // As the main window will show it: a bottom dock under a form, in a 1024x700 window.
        QMainWindow window;
        auto* central = new QLabel(QStringLiteral("(operation form)"));
        central->setAlignment(Qt::AlignCenter);
        window.setCentralWidget(central);
        auto* dock = new QDockWidget(QStringLiteral("Request history"), &window);
        HistoryPane docked(m_store.get(), &m_prompts);
        dock->setWidget(&docked);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(1024, 700);
        window.resizeDocks({dock}, {330}, Qt::Vertical);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        docked.selectEntry(docked.table()->model()->index(1, 0).data(HistoryModel::RowIdRole).toLongLong());
        QApplication::processEvents();
        window.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/main-window-dock.png"));
        dock->setWidget(nullptr);
        docked.setParent(nullptr);
    }
    if (!shots.isEmpty()) {
        select(m_pane->table()->model()->index(2, 0).data(HistoryModel::RowIdRole).toLongLong());
        QApplication::processEvents(); // pending layout requests
        m_pane->grab().save(QString::fromLocal8Bit(shots)
                            + QStringLiteral("/history-%1x%2.png").arg(size.width()).arg(size.height()));
    }
}

QTEST_MAIN(tst_HistoryPane)
#include "tst_HistoryPane.moc"
