#include "FormSendHarness.h"
#include "SandboxTestClient.h"
#include "UnusedPort.h"
#include "VeroRequire.h"
#include "app/sandbox/SandboxPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

// The Sandbox panel reads what a real vero-sandbox holds (users, then the events of all or of one user) through
// the core's SandboxInspector, and says why when the sandbox does not answer.
class tst_SandboxPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutASandboxItSaysSo();
    void unreachableSandboxIsExplained();
    void showsUsersAndTheirEvents();
    void hundredsOfUsersAreFilteredAndInNaturalOrder();
    void newestEventsComeFirst();
    void showsTheTokenWithACopyButton();
    void activatingARowNamesItsUser();
    void stoppedSandboxOffersRestart();
    void dimmedWhileAnotherWorkspaceIsCurrent();

private:
    // Waits for the refresh the panel started (both lists read, or the sandbox found unreachable).
    bool waitForRefresh(QSignalSpy& refreshed);
    QTableWidget* table(const char* name) const;
    // The ids in the users table, top to bottom, the hidden ones left out.
    QStringList shownIds() const;

    std::unique_ptr<SandboxPanel> m_panel;
};

void tst_SandboxPanel::init()
{
    m_panel = std::make_unique<SandboxPanel>();
    m_panel->resize(340, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_SandboxPanel::cleanup()
{
    m_panel.reset();
}

bool tst_SandboxPanel::waitForRefresh(QSignalSpy& refreshed)
{
    return !refreshed.isEmpty() || refreshed.wait(15000);
}

QTableWidget* tst_SandboxPanel::table(const char* name) const
{
    return m_panel->findChild<QTableWidget*>(QLatin1String(name));
}

void tst_SandboxPanel::withoutASandboxItSaysSo()
{
    auto* status = m_panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
    auto* refresh = m_panel->findChild<QPushButton*>(QStringLiteral("refreshButton"));
    QVERIFY(status && refresh);
    QVERIFY(status->text().contains(QStringLiteral("not running")));
    QVERIFY(!refresh->isEnabled());
    QCOMPARE(m_panel->userCount(), 0);
}

void tst_SandboxPanel::unreachableSandboxIsExplained()
{
    QSignalSpy refreshed(m_panel.get(), &SandboxPanel::refreshed);
    QUrl nowhere = UnusedPort::baseUrl();
    nowhere.setPath(QString());
    m_panel->setRootUrl(nowhere);
    QVERIFY(waitForRefresh(refreshed));
    const auto* status = m_panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("did not answer")), qPrintable(status->text()));
    QCOMPARE(m_panel->userCount(), 0);
    QCOMPARE(m_panel->eventCount(), 0);
}

void tst_SandboxPanel::showsUsersAndTheirEvents()
{
    FormSendHarness harness;
    VERO_REQUIRE(harness.startSandbox(), harness.sandboxError());
    for (const QString& id : {QStringLiteral("ann"), QStringLiteral("bob")}) {
        OperationInput identify;
        identify.operation = Operation::Identify;
        identify.id = id;
        identify.email = id + QStringLiteral("@example.com");
        QCOMPARE(harness.send(identify, harness.sandboxWorkspace()).status, 200);
        OperationInput event;
        event.operation = Operation::TrackEvent;
        event.id = id;
        event.eventName = QStringLiteral("Signed up");
        QCOMPARE(harness.send(event, harness.sandboxWorkspace()).status, 200);
    }
    QTRY_COMPARE(harness.sandboxEvents(QString()).size(), 2);

    QSignalSpy refreshed(m_panel.get(), &SandboxPanel::refreshed);
    m_panel->setRootUrl(harness.sandboxRootUrl(), SandboxTestClient::token());
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_panel->userCount(), 2);
    QCOMPARE(m_panel->eventCount(), 2);
    QTableWidget* users = table("usersTable");
    QVERIFY(users);
    QStringList ids;
    for (int row = 0; row < users->rowCount(); ++row) {
        ids << users->item(row, 0)->text();
    }
    ids.sort();
    QCOMPARE(ids, (QStringList {QStringLiteral("ann"), QStringLiteral("bob")}));

    // Choosing a user lists only that user's events.
    refreshed.clear();
    const int bobRow = users->item(0, 0)->text() == QLatin1String("bob") ? 0 : 1;
    users->selectRow(bobRow);
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_panel->selectedUserId(), QStringLiteral("bob"));
    QCOMPARE(m_panel->eventCount(), 1);
    QTableWidget* events = table("eventsTable");
    QVERIFY(events);
    QCOMPARE(events->item(0, 1)->text(), QStringLiteral("bob"));
    QCOMPARE(events->item(0, 2)->text(), QStringLiteral("Signed up"));
}

QStringList tst_SandboxPanel::shownIds() const
{
    QStringList ids;
    const QTableWidget* users = table("usersTable");
    for (int row = 0; row < users->rowCount(); ++row) {
        if (!users->isRowHidden(row)) {
            ids << users->item(row, 0)->text();
        }
    }
    return ids;
}

void tst_SandboxPanel::hundredsOfUsersAreFilteredAndInNaturalOrder()
{
    FormSendHarness harness;
    VERO_REQUIRE(harness.startSandbox(), harness.sandboxError());
    // Sent in an order that sorts wrong as text: user-10 before user-2.
    for (const int n : {10, 2, 1, 11, 3}) {
        OperationInput identify;
        identify.operation = Operation::Identify;
        identify.id = QStringLiteral("user-%1").arg(n);
        identify.email = QStringLiteral("u%1@example.com").arg(n);
        identify.phone = QStringLiteral("+6141234567%1").arg(n % 10);
        identify.channels = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                                     {QStringLiteral("address"), QStringLiteral("tok%1").arg(n)},
                                                     {QStringLiteral("platform"), QStringLiteral("ios")}}};
        QCOMPARE(harness.send(identify, harness.sandboxWorkspace()).status, 200);
    }
    QSignalSpy refreshed(m_panel.get(), &SandboxPanel::refreshed);
    m_panel->setRootUrl(harness.sandboxRootUrl(), SandboxTestClient::token());
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(shownIds(),
             (QStringList {QStringLiteral("user-1"),
                           QStringLiteral("user-2"),
                           QStringLiteral("user-3"),
                           QStringLiteral("user-10"),
                           QStringLiteral("user-11")}));

    // Phone and channel columns, found by their headers.
    QTableWidget* users = table("usersTable");
    QStringList headers;
    for (int column = 0; column < users->columnCount(); ++column) {
        headers << users->horizontalHeaderItem(column)->text();
    }
    const int phone = int(headers.indexOf(QStringLiteral("Phone")));
    const int channels = int(headers.indexOf(QStringLiteral("Channels")));
    QVERIFY2(phone > 0 && channels > 0, qPrintable(headers.join(QLatin1Char(','))));
    QCOMPARE(users->item(0, phone)->text(), QStringLiteral("+61412345671"));
    QCOMPARE(users->item(0, channels)->text(), QStringLiteral("push (ios)"));

    // The filter, typed: ids, emails and phones match.
    auto* filter = m_panel->findChild<QLineEdit*>(QStringLiteral("userFilterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("USER-1"));
    QCOMPARE(shownIds(),
             (QStringList {QStringLiteral("user-1"), QStringLiteral("user-10"), QStringLiteral("user-11")}));
    QCOMPARE(m_panel->visibleUserCount(), 3);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("u3@"));
    QCOMPARE(shownIds(), QStringList {QStringLiteral("user-3")});
    // A refresh keeps the filter.
    refreshed.clear();
    m_panel->refresh();
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(shownIds(), QStringList {QStringLiteral("user-3")});
}

void tst_SandboxPanel::newestEventsComeFirst()
{
    FormSendHarness harness;
    VERO_REQUIRE(harness.startSandbox(), harness.sandboxError());
    for (const QString& name : {QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")}) {
        OperationInput event;
        event.operation = Operation::TrackEvent;
        event.id = QStringLiteral("ann");
        event.eventName = name;
        QCOMPARE(harness.send(event, harness.sandboxWorkspace()).status, 200);
        // Apart in the sandbox's clock, so their times differ.
        SandboxTestClient client(harness.sandboxRootUrl());
        QVERIFY(client.advanceClock(60));
    }
    QSignalSpy refreshed(m_panel.get(), &SandboxPanel::refreshed);
    m_panel->setRootUrl(harness.sandboxRootUrl(), SandboxTestClient::token());
    QVERIFY(waitForRefresh(refreshed));
    QTableWidget* events = table("eventsTable");
    QCOMPARE(events->rowCount(), 3);
    QCOMPARE(events->item(0, 2)->text(), QStringLiteral("Third"));
    QCOMPARE(events->item(2, 2)->text(), QStringLiteral("First"));
}

void tst_SandboxPanel::showsTheTokenWithACopyButton()
{
    auto* token = m_panel->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    auto* copy = m_panel->findChild<QPushButton*>(QStringLiteral("copyTokenButton"));
    QVERIFY(token && copy);
    QVERIFY(token->text().isEmpty());
    QVERIFY(!copy->isEnabled());
    QUrl nowhere = UnusedPort::baseUrl();
    nowhere.setPath(QString());
    m_panel->setRootUrl(nowhere, QStringLiteral("test-token-42"));
    QCOMPARE(token->text(), QStringLiteral("test-token-42"));
    QVERIFY(token->isReadOnly());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("test-token-42"));
    m_panel->setRootUrl(QUrl());
    QVERIFY(token->text().isEmpty());
}

void tst_SandboxPanel::activatingARowNamesItsUser()
{
    FormSendHarness harness;
    VERO_REQUIRE(harness.startSandbox(), harness.sandboxError());
    OperationInput identify;
    identify.operation = Operation::Identify;
    identify.id = QStringLiteral("carol");
    identify.email = QStringLiteral("carol@example.com");
    QCOMPARE(harness.send(identify, harness.sandboxWorkspace()).status, 200);
    QSignalSpy refreshed(m_panel.get(), &SandboxPanel::refreshed);
    m_panel->setRootUrl(harness.sandboxRootUrl(), SandboxTestClient::token());
    QVERIFY(waitForRefresh(refreshed));
    QSignalSpy activated(m_panel.get(), &SandboxPanel::userActivated);
    QTableWidget* users = table("usersTable");
    users->setFocus();
    users->setCurrentCell(0, 0);
    QTest::keyClick(users, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), QStringLiteral("carol"));
    QCOMPARE(activated.first().at(1).toString(), QStringLiteral("carol@example.com"));
}

void tst_SandboxPanel::stoppedSandboxOffersRestart()
{
    auto* restart = m_panel->findChild<QPushButton*>(QStringLiteral("restartButton"));
    QVERIFY(restart);
    QVERIFY(!restart->isVisible());
    m_panel->showStopped(QStringLiteral("The sandbox crashed."));
    const auto* status = m_panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("The sandbox stopped")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("The sandbox crashed.")));
    QVERIFY(restart->isVisible());
    QSignalSpy restartRequested(m_panel.get(), &SandboxPanel::restartRequested);
    restart->setFocus();
    QTest::keyClick(restart, Qt::Key_Space);
    QCOMPARE(restartRequested.size(), 1);
}

void tst_SandboxPanel::dimmedWhileAnotherWorkspaceIsCurrent()
{
    QTableWidget* users = table("usersTable");
    QVERIFY(users->isEnabled());
    m_panel->setSandboxCurrent(false);
    QVERIFY(!users->isEnabled());
    const auto* status = m_panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("not the sandbox")), qPrintable(status->text()));
    m_panel->setSandboxCurrent(true);
    QVERIFY(users->isEnabled());
    QVERIFY(!status->text().contains(QStringLiteral("not the sandbox")));
}

QTEST_MAIN(tst_SandboxPanel)
#include "tst_SandboxPanel.moc"
