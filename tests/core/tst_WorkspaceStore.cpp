#include "core/workspace/WorkspaceStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Workspaces survive a restart, and nothing secret is ever written with them.
class tst_WorkspaceStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips();
    void removesAndForgetsCurrent();
};

void tst_WorkspaceStore::roundTrips()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    Workspace staging;
    staging.name = QStringLiteral("Staging EU");
    staging.baseUrl = QUrl(QStringLiteral("https://vero.example.com/api/v2"));
    staging.credentialName = QStringLiteral("tracking_api_key");
    staging.credentialPlacement = Workspace::CredentialPlacement::Query;
    staging.timeoutSeconds = 12;
    staging.caFile = QStringLiteral("/etc/ssl/staging-ca.pem");
    Workspace production;
    production.name = QStringLiteral("Production");
    {
        WorkspaceStore store(file);
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.find(QStringLiteral("Production")));
        store.save(production);
        store.save(staging);
        store.setCurrent(staging.name);
        QVERIFY(store.sync());
    }
    WorkspaceStore reopened(file);
    const QList<Workspace> all = reopened.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(reopened.find(QStringLiteral("Staging EU")).value(), staging);
    QCOMPARE(reopened.find(QStringLiteral("Production")).value(), production);
    QCOMPARE(reopened.current(), staging.name);

    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(!bytes.contains("secret"));
    QVERIFY(!bytes.contains("password"));
}

void tst_WorkspaceStore::removesAndForgetsCurrent()
{
    QTemporaryDir dir;
    WorkspaceStore store(dir.filePath(QStringLiteral("settings.ini")));
    Workspace workspace;
    workspace.name = QStringLiteral("Old");
    store.save(workspace);
    store.setCurrent(workspace.name);
    QVERIFY(store.remove(QStringLiteral("Old")));
    QVERIFY(!store.remove(QStringLiteral("Old")));
    QVERIFY(store.list().isEmpty());
    QVERIFY(store.current().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WorkspaceStore)
#include "tst_WorkspaceStore.moc"
