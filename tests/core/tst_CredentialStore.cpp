#include "core/workspace/CredentialStore.h"

#include "VeroRequire.h"

#include <QTest>
#include <QUuid>

// Against the real OS keychain (a Secret Service on Linux). CI runs the suite inside dbus-run-session with an
// unlocked gnome-keyring and sets VERO_STRICT_TESTS=1, so a missing keychain fails there instead of skipping.
class tst_CredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesReadsAndDeletes();
    void asyncCallbackIsDroppedWhenContextDies();

private:
    CredentialStore m_store {QStringLiteral("vero-admin-test")};
    QString m_workspace = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void tst_CredentialStore::initTestCase()
{
    const CredentialStore::Result probe = m_store.readNow(m_workspace);
    VERO_REQUIRE(probe.ok || probe.notFound, QStringLiteral("No keychain here: ") + probe.error);
}

void tst_CredentialStore::writesReadsAndDeletes()
{
    const QString secret = QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const CredentialStore::Result missing = m_store.readNow(m_workspace);
    QVERIFY(!missing.ok);
    QVERIFY(missing.notFound);
    QVERIFY(!missing.error.isEmpty());

    QVERIFY(m_store.writeNow(m_workspace, secret).ok);
    const CredentialStore::Result read = m_store.readNow(m_workspace);
    QVERIFY(read.ok);
    QCOMPARE(read.secret, secret);

    // A second workspace does not see the first one's secret.
    QVERIFY(m_store.readNow(m_workspace + QStringLiteral("-other")).notFound);

    QVERIFY(m_store.removeNow(m_workspace).ok);
    QVERIFY(m_store.readNow(m_workspace).notFound);
}

void tst_CredentialStore::asyncCallbackIsDroppedWhenContextDies()
{
    bool called = false;
    auto* context = new QObject;
    m_store.read(m_workspace, context, [&](const CredentialStore::Result&) { called = true; });
    delete context;
    // QtKeychain runs its jobs one after the other: once a later job has answered, the first one has too.
    bool laterAnswered = false;
    QObject alive;
    m_store.read(m_workspace, &alive, [&](const CredentialStore::Result&) { laterAnswered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(laterAnswered, 20000);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_CredentialStore.moc"
