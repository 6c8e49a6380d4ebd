#include "core/api/Workspace.h"

#include <QTemporaryFile>
#include <QTest>

// The checks that keep a workspace from sending anything it should not: plain HTTP off loopback above all.
class tst_Workspace : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreVerosProduction();
    void validates_data();
    void validates();
    void acceptsReadableCaFile();
};

void tst_Workspace::defaultsAreVerosProduction()
{
    Workspace workspace;
    QCOMPARE(workspace.baseUrl, QUrl(QStringLiteral("https://api.getvero.com/api/v2")));
    QCOMPARE(workspace.credentialName, QStringLiteral("auth_token"));
    QCOMPARE(workspace.credentialPlacement, Workspace::CredentialPlacement::Body);
    QCOMPARE(workspace.timeoutSeconds, 30);
    QVERIFY(workspace.isProduction());
    QVERIFY(!workspace.isLoopback());
}

void tst_Workspace::validates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("credentialName");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("field"); // empty: valid

    const QString https = QStringLiteral("https://api.getvero.com/api/v2");
    const QString token = QStringLiteral("auth_token");
    QTest::newRow("production") << "Prod" << https << token << 30 << QString();
    QTest::newRow("tracking_api_key") << "Prod" << https << "tracking_api_key" << 30 << QString();
    QTest::newRow("http on localhost") << "Sandbox"
                                       << "http://localhost:8080/api/v2" << token << 30 << QString();
    QTest::newRow("http on 127.0.0.1") << "Sandbox"
                                       << "http://127.0.0.1:9/api/v2" << token << 30 << QString();
    QTest::newRow("http on ::1") << "Sandbox"
                                 << "http://[::1]:9/api/v2" << token << 30 << QString();
    QTest::newRow("http to Vero refused") << "Prod"
                                          << "http://api.getvero.com/api/v2" << token << 30 << "base_url";
    QTest::newRow("http to a LAN host refused") << "Lab"
                                                << "http://192.168.1.5/api/v2" << token << 30 << "base_url";
    QTest::newRow("no scheme") << "Prod"
                               << "api.getvero.com/api/v2" << token << 30 << "base_url";
    QTest::newRow("ftp") << "Prod"
                         << "ftp://api.getvero.com/" << token << 30 << "base_url";
    QTest::newRow("user and password") << "Prod"
                                       << "https://user:hunter2secret@api.getvero.com/api/v2" << token << 30
                                       << "base_url";
    QTest::newRow("user only") << "Prod"
                               << "https://someone@api.getvero.com/api/v2" << token << 30 << "base_url";
    QTest::newRow("password only") << "Prod"
                                   << "https://:hunter2secret@api.getvero.com/api/v2" << token << 30 << "base_url";
    QTest::newRow("password on the sandbox")
        << "Sandbox"
        << "http://u:hunter2secret@127.0.0.1:9/api/v2" << token << 30 << "base_url";
    QTest::newRow("query") << "Prod"
                           << "https://api.getvero.com/api/v2?auth_token=hunter2secret" << token << 30 << "base_url";
    QTest::newRow("empty query") << "Prod"
                                 << "https://api.getvero.com/api/v2?" << token << 30 << "base_url";
    QTest::newRow("fragment") << "Prod"
                              << "https://api.getvero.com/api/v2#hunter2secret" << token << 30 << "base_url";
    QTest::newRow("no name") << " " << https << token << 30 << "name";
    QTest::newRow("slash in name") << "a/b" << https << token << 30 << "name";
    QTest::newRow("unknown credential name") << "Prod" << https << "api_key" << 30 << "credential_name";
    QTest::newRow("zero timeout") << "Prod" << https << token << 0 << "timeout";
    QTest::newRow("huge timeout") << "Prod" << https << token << 601 << "timeout";
}

void tst_Workspace::validates()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, credentialName);
    QFETCH(int, timeout);
    QFETCH(QString, field);

    Workspace workspace;
    workspace.name = name;
    workspace.baseUrl = QUrl(url);
    workspace.credentialName = credentialName;
    workspace.timeoutSeconds = timeout;
    const ValidationErrors errors = workspace.validate();
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY(!errors.first().message.isEmpty());
        // The message is shown and may be logged: it never repeats the address, let alone its password.
        QVERIFY2(!errors.first().message.contains(QLatin1String("hunter2secret")), qPrintable(errors.first().message));
    }
}

void tst_Workspace::acceptsReadableCaFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    Workspace workspace;
    workspace.name = QStringLiteral("Self-hosted");
    workspace.caFile = file.fileName();
    QVERIFY(workspace.validate().isEmpty());
    workspace.caFile = QStringLiteral("/nonexistent.pem");
    QCOMPARE(workspace.validate().value(0).field, QStringLiteral("ca_file"));
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_Workspace.moc"
