#include "core/workspace/CredentialStore.h"

#include "VeroRequire.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace {

// QtKeychain directly, as an older Vero Admin (or a keychain manager) sees the entries.
QKeychain::Error runRaw(QKeychain::Job* job, const QString& key, QString* secret = nullptr)
{
    job->setAutoDelete(false);
    job->setKey(key);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        return QKeychain::OtherError;
    }
    if (secret) {
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job)) {
            *secret = read->textData();
        }
    }
    const QKeychain::Error error = job->error();
    delete job;
    return error;
}

} // namespace

// Against the real OS keychain (a Secret Service on Linux). CI runs the suite inside dbus-run-session with an
// unlocked gnome-keyring and sets VERO_STRICT_TESTS=1, so a missing keychain fails there instead of skipping.
class tst_CredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesReadsAndDeletes();
    void asyncCallbackIsDroppedWhenContextDies();
    void entriesAreLabelledByWorkspace();
    void credentialStoredBeforeLabelsIsMoved();

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

// A keychain manager lists the entry as "<product> — <workspace>", so a person can tell which is which; the
// unlabelled name is not used for new entries.
void tst_CredentialStore::entriesAreLabelledByWorkspace()
{
    QCOMPARE(CredentialStore().entryLabel(QStringLiteral("Production")),
             QStringLiteral("Vero Admin \u2014 Production"));
    const QString secret = QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(m_store.writeNow(m_workspace, secret).ok);
    QString stored;
    QCOMPARE(runRaw(new QKeychain::ReadPasswordJob(m_store.entryLabel(m_workspace)), m_workspace, &stored),
             QKeychain::NoError);
    QCOMPARE(stored, secret);
    QCOMPARE(runRaw(new QKeychain::ReadPasswordJob(QStringLiteral("vero-admin-test")), m_workspace),
             QKeychain::EntryNotFound);
    QVERIFY(m_store.removeNow(m_workspace).ok);
    QCOMPARE(runRaw(new QKeychain::ReadPasswordJob(m_store.entryLabel(m_workspace)), m_workspace),
             QKeychain::EntryNotFound);
}

// Saved before entries were labelled: still read, then moved under the label; removing removes it.
void tst_CredentialStore::credentialStoredBeforeLabelsIsMoved()
{
    const QString secret = QStringLiteral("old-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    auto* old = new QKeychain::WritePasswordJob(QStringLiteral("vero-admin-test"));
    old->setTextData(secret);
    QCOMPARE(runRaw(old, m_workspace), QKeychain::NoError);

    const CredentialStore::Result read = m_store.readNow(m_workspace);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.secret, secret);
    QCOMPARE(runRaw(new QKeychain::ReadPasswordJob(QStringLiteral("vero-admin-test")), m_workspace),
             QKeychain::EntryNotFound);
    QString moved;
    QCOMPARE(runRaw(new QKeychain::ReadPasswordJob(m_store.entryLabel(m_workspace)), m_workspace, &moved),
             QKeychain::NoError);
    QCOMPARE(moved, secret);

    // An unlabelled entry left beside a labelled one goes too when the credential is removed.
    auto* again = new QKeychain::WritePasswordJob(QStringLiteral("vero-admin-test"));
    again->setTextData(secret);
    QCOMPARE(runRaw(again, m_workspace), QKeychain::NoError);
    QVERIFY(m_store.removeNow(m_workspace).ok);
    QVERIFY(m_store.readNow(m_workspace).notFound);
    QCOMPARE(runRaw(new QKeychain::ReadPasswordJob(QStringLiteral("vero-admin-test")), m_workspace),
             QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_CredentialStore.moc"
