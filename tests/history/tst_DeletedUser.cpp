#include "HistoryTestData.h"
#include "core/history/DeletedUser.h"
#include "core/history/HistoryStore.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

Q_DECLARE_METATYPE(OperationInput)

// The history remembers deletions: an identify or event for an id deleted on the same workspace (by the app or
// veroctl) is found, with when and by whom, until an accepted identify recreates the user on purpose.
class tst_DeletedUser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void identifyOrEventAfterADeletionIsFound_data();
    void identifyOrEventAfterADeletionIsFound();
    void onlyTheSameWorkspaceAndAcceptedDeletionsCount();
    void anAcceptedIdentifyEndsIt();
    void aLaterDeletionCountsAgain();
    void messageSaysWhenAndByWhom();

private:
    qint64 add(const OperationInput& input,
               qint64 minutesAgo,
               StatusClass status = StatusClass::Success,
               const QString& workspace = QStringLiteral("Production"),
               HistoryEntry::Source source = HistoryEntry::Source::Gui);
    std::optional<DeletedUser> find(const OperationInput& input,
                                    const QString& workspace = QStringLiteral("Production"))
    {
        return DeletedUser::find(*m_store, workspace, input);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void tst_DeletedUser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->open());
}

void tst_DeletedUser::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 tst_DeletedUser::add(const OperationInput& input,
                            qint64 minutesAgo,
                            StatusClass status,
                            const QString& workspace,
                            HistoryEntry::Source source)
{
    HistoryEntry row = entry(input, QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo), status, workspace);
    row.operatorName = QStringLiteral("alice");
    row.source = source;
    return m_store->insert(row);
}

void tst_DeletedUser::identifyOrEventAfterADeletionIsFound_data()
{
    QTest::addColumn<OperationInput>("input");
    QTest::addColumn<bool>("found");
    QTest::newRow("identify") << identify(QStringLiteral("cust-42"), QStringLiteral("c@example.com")) << true;
    QTest::newRow("event") << trackEvent(QStringLiteral("cust-42"), QStringLiteral("Viewed pricing")) << true;
    QTest::newRow("id with spaces") << identify(QStringLiteral(" cust-42 ")) << true;
    QTest::newRow("another id") << identify(QStringLiteral("cust-43")) << false;
    QTest::newRow("tags (not recreating)") << tags(QStringLiteral("cust-42"), {QStringLiteral("vip")}) << false;
    QTest::newRow("email only") << identify(QString(), QStringLiteral("c@example.com")) << false;
}

void tst_DeletedUser::identifyOrEventAfterADeletionIsFound()
{
    QFETCH(OperationInput, input);
    QFETCH(bool, found);
    add(identify(QStringLiteral("cust-42")), 60);
    const qint64 deletion = add(simple(Operation::Delete, QStringLiteral("cust-42")), 30);
    const std::optional<DeletedUser> deleted = find(input);
    QCOMPARE(deleted.has_value(), found);
    if (found) {
        QCOMPARE(deleted->deletion.id, deletion);
        QCOMPARE(deleted->deletion.operatorName, QStringLiteral("alice"));
    }
}

void tst_DeletedUser::onlyTheSameWorkspaceAndAcceptedDeletionsCount()
{
    add(simple(Operation::Delete, QStringLiteral("cust-42")), 30, StatusClass::Success, QStringLiteral("Sandbox"));
    add(simple(Operation::Delete, QStringLiteral("cust-7")), 30, StatusClass::Rejected);
    add(simple(Operation::Delete, QStringLiteral("cust-8")), 30, StatusClass::Failed);
    QVERIFY(!find(identify(QStringLiteral("cust-42"))));
    QVERIFY(find(identify(QStringLiteral("cust-42")), QStringLiteral("Sandbox")));
    QVERIFY(!find(identify(QStringLiteral("cust-7"))));
    QVERIFY(!find(identify(QStringLiteral("cust-8"))));
}

void tst_DeletedUser::anAcceptedIdentifyEndsIt()
{
    add(simple(Operation::Delete, QStringLiteral("cust-42")), 30);
    // Refused identifies and events never recreated anyone; an identify on another workspace is another user.
    add(identify(QStringLiteral("cust-42")), 20, StatusClass::Rejected);
    add(trackEvent(QStringLiteral("cust-42"), QStringLiteral("Signed up")), 15);
    add(identify(QStringLiteral("cust-42")), 10, StatusClass::Success, QStringLiteral("Sandbox"));
    QVERIFY(find(identify(QStringLiteral("cust-42"))));
    // The user recreated on purpose: no more warnings.
    add(identify(QStringLiteral("cust-42"), QStringLiteral("back@example.com")), 5);
    QVERIFY(!find(identify(QStringLiteral("cust-42"))));
    QVERIFY(!find(trackEvent(QStringLiteral("cust-42"), QStringLiteral("Signed up"))));
}

void tst_DeletedUser::aLaterDeletionCountsAgain()
{
    add(simple(Operation::Delete, QStringLiteral("cust-42")), 50);
    add(identify(QStringLiteral("cust-42")), 40);
    const qint64 second = add(simple(Operation::Delete, QStringLiteral("cust-42")),
                              30,
                              StatusClass::Success,
                              QStringLiteral("Production"),
                              HistoryEntry::Source::Cli);
    const std::optional<DeletedUser> deleted = find(identify(QStringLiteral("cust-42")));
    QVERIFY(deleted);
    QCOMPARE(deleted->deletion.id, second);
}

void tst_DeletedUser::messageSaysWhenAndByWhom()
{
    add(simple(Operation::Delete, QStringLiteral("cust-42")),
        30,
        StatusClass::Success,
        QStringLiteral("Production"),
        HistoryEntry::Source::Cli);
    const std::optional<DeletedUser> deleted = find(identify(QStringLiteral("cust-42")));
    QVERIFY(deleted);
    const QString message = deleted->message();
    const QString day = QLocale().toString(deleted->deletion.time.toLocalTime(), QStringLiteral("d MMM yyyy"));
    QVERIFY2(message.startsWith(QStringLiteral("cust-42 was deleted on %1").arg(day)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("by alice (with veroctl)")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("sending creates a new, subscribed profile.")), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_DeletedUser)
#include "tst_DeletedUser.moc"
