#include "core/history/RetentionSetting.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The retention policy survives a restart, and anything unreadable keeps the whole history.
class tst_RetentionSetting : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips_data();
    void roundTrips();
    void unreadableKeepsEverything();
};

using Mode = HistoryStore::Retention::Mode;
Q_DECLARE_METATYPE(HistoryStore::Retention)

void tst_RetentionSetting::roundTrips_data()
{
    QTest::addColumn<HistoryStore::Retention>("retention");
    QTest::addColumn<QString>("description");
    QTest::newRow("everything") << HistoryStore::Retention {Mode::KeepAll, 0} << QStringLiteral("Keep everything");
    QTest::newRow("days") << HistoryStore::Retention {Mode::Days, 30}
                          << QStringLiteral("Keep 30 day(s) of each workspace's requests");
    QTest::newRow("rows") << HistoryStore::Retention {Mode::Rows, 10000}
                          << QStringLiteral("Keep the newest 10000 request(s) of each workspace");
}

void tst_RetentionSetting::roundTrips()
{
    QFETCH(HistoryStore::Retention, retention);
    QFETCH(QString, description);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        RetentionSetting::save(settings, retention);
    }
    QSettings reopened(file, QSettings::IniFormat);
    QCOMPARE(RetentionSetting::load(reopened), retention);
    QCOMPARE(RetentionSetting::describe(retention), description);
}

void tst_RetentionSetting::unreadableKeepsEverything()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(RetentionSetting::load(settings).mode, Mode::KeepAll);
    settings.setValue(QStringLiteral("history/retention_mode"), QStringLiteral("days"));
    settings.setValue(QStringLiteral("history/retention_value"), -3);
    QCOMPARE(RetentionSetting::load(settings).mode, Mode::KeepAll);
    settings.setValue(QStringLiteral("history/retention_mode"), QStringLiteral("weeks"));
    settings.setValue(QStringLiteral("history/retention_value"), 3);
    QCOMPARE(RetentionSetting::load(settings).mode, Mode::KeepAll);
}

QTEST_GUILESS_MAIN(tst_RetentionSetting)
#include "tst_RetentionSetting.moc"
