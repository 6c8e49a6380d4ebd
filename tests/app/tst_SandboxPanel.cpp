#include "FormSendHarness.h"
#include "SandboxTestClient.h"
#include "UnusedPort.h"
#include "VeroRequire.h"
#include "app/sandbox/SandboxPanel.h"

#include <QLabel>
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

private:
    // Waits for the refresh the panel started (both lists read, or the sandbox found unreachable).
    bool waitForRefresh(QSignalSpy& refreshed);
    QTableWidget* table(const char* name) const;

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

QTEST_MAIN(tst_SandboxPanel)
#include "tst_SandboxPanel.moc"
