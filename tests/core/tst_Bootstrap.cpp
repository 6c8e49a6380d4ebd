#include "core/platform/AppSettings.h"
#include "core/platform/Bootstrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The one identity of the app and veroctl, and the move of the folders earlier versions used: a user who
// upgrades keeps every history row and workspace.
class tst_Bootstrap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void identityGivesOneFolderLevel();
    void earlierFoldersAreMoved();
    void nothingAtTheNewPlaceIsOverwritten();
    void nothingToMoveSaysNothing();

private:
    static void write(const QString& path, const QByteArray& content);
    static QByteArray read(const QString& path);
    std::unique_ptr<QTemporaryDir> m_home;
};

// QSettings reads XDG_CONFIG_HOME once per process: one home for the whole run, emptied before each test.
void tst_Bootstrap::initTestCase()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    Bootstrap::setUpApplication();
}

void tst_Bootstrap::init()
{
    for (const char* folder : {"data", "config"}) {
        QDir(m_home->filePath(QLatin1String(folder))).removeRecursively();
        QVERIFY(QDir().mkpath(m_home->filePath(QLatin1String(folder))));
    }
}

void tst_Bootstrap::write(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray tst_Bootstrap::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_Bootstrap::identityGivesOneFolderLevel()
{
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("vero-admin"));
    QVERIFY(!QCoreApplication::applicationVersion().isEmpty());
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
             m_home->filePath(QStringLiteral("data/vero-admin")));
    QCOMPARE(AppSettings::filePath(), m_home->filePath(QStringLiteral("config/vero-admin.conf")));
    AppSettings settings;
    settings.setValue(QStringLiteral("probe"), 1);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY(QFile::exists(m_home->filePath(QStringLiteral("config/vero-admin.conf"))));
}

void tst_Bootstrap::earlierFoldersAreMoved()
{
    const QString oldData = m_home->filePath(QStringLiteral("data/vero-admin/vero-admin"));
    write(oldData + QStringLiteral("/history.sqlite"), "history rows");
    write(oldData + QStringLiteral("/history.sqlite-wal"), "wal");
    write(oldData + QStringLiteral("/sandbox-state.json"), "{}");
    write(m_home->filePath(QStringLiteral("config/vero-admin/vero-admin.conf")),
          "[workspaces]\nProduction\\base_url=https://api.getvero.com/api/v2\n");

    QCOMPARE(Bootstrap::moveEarlierDataFolders(), QString());

    const QString data = m_home->filePath(QStringLiteral("data/vero-admin"));
    QCOMPARE(read(data + QStringLiteral("/history.sqlite")), QByteArray("history rows"));
    QCOMPARE(read(data + QStringLiteral("/history.sqlite-wal")), QByteArray("wal"));
    QCOMPARE(read(data + QStringLiteral("/sandbox-state.json")), QByteArray("{}"));
    QVERIFY(!QFileInfo::exists(oldData));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("config/vero-admin"))));
    AppSettings settings;
    QCOMPARE(settings.value(QStringLiteral("workspaces/Production/base_url")).toString(),
             QStringLiteral("https://api.getvero.com/api/v2"));
}

void tst_Bootstrap::nothingAtTheNewPlaceIsOverwritten()
{
    const QString data = m_home->filePath(QStringLiteral("data/vero-admin"));
    write(data + QStringLiteral("/history.sqlite"), "newer history");
    write(data + QStringLiteral("/vero-admin/history.sqlite"), "older history");
    write(data + QStringLiteral("/vero-admin/sandbox-state.json"), "{}");

    const QString message = Bootstrap::moveEarlierDataFolders();

    QCOMPARE(read(data + QStringLiteral("/history.sqlite")), QByteArray("newer history"));
    QCOMPARE(read(data + QStringLiteral("/sandbox-state.json")), QByteArray("{}"));
    // The one that could not move stays, and the user is told where.
    QCOMPARE(read(data + QStringLiteral("/vero-admin/history.sqlite")), QByteArray("older history"));
    QVERIFY2(message.contains(QDir::toNativeSeparators(data + QStringLiteral("/vero-admin/history.sqlite"))),
             qPrintable(message));
}

void tst_Bootstrap::nothingToMoveSaysNothing()
{
    QCOMPARE(Bootstrap::moveEarlierDataFolders(), QString());
    QCOMPARE(Bootstrap::moveEarlierDataFolders(), QString());
}

QTEST_GUILESS_MAIN(tst_Bootstrap)
#include "tst_Bootstrap.moc"
