#include "HistoryTestData.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"
#include "core/history/HistoryWatcher.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

// Rows another program (veroctl, a bulk run) writes to the history file show in the app without polling: the
// watcher hears the file change and tells other connections' commits from its own.
class tst_HistoryWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hearsAnotherConnectionCommit();
    void ownCommitsAreNotAChangeElsewhere();
    void modelShowsRowsWrittenElsewhere();
    void modelStartsAgainWhenRowsGoElsewhere();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    static qint64 dataVersion(const QSqlDatabase& db);
    // This process's own connection to the file, beside the store standing for another program.
    QSqlDatabase ownConnection() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryWatcher::cleanup()
{
    QSqlDatabase::removeDatabase(QStringLiteral("own"));
    m_dir.reset();
}

qint64 tst_HistoryWatcher::dataVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong() : -1;
}

QSqlDatabase tst_HistoryWatcher::ownConnection() const
{
    QSqlDatabase own = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("own"));
    own.setDatabaseName(path());
    own.open();
    return own;
}

void tst_HistoryWatcher::hearsAnotherConnectionCommit()
{
    HistoryStore other(path());
    QVERIFY(other.open());
    {
        const QSqlDatabase own = ownConnection();
        QVERIFY(own.isOpen());
        HistoryWatcher watcher(path(), [own] { return dataVersion(own); });
        QSignalSpy changed(&watcher, &HistoryWatcher::changedElsewhere);
        QVERIFY(other.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc())) > 0);
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 1);
    }
}

void tst_HistoryWatcher::ownCommitsAreNotAChangeElsewhere()
{
    HistoryStore other(path());
    QVERIFY(other.open());
    {
        const QSqlDatabase own = ownConnection();
        QVERIFY(own.isOpen());
        HistoryWatcher watcher(path(), [own] { return dataVersion(own); });
        QSignalSpy changed(&watcher, &HistoryWatcher::changedElsewhere);
        QSqlQuery query(own);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO requests (time_ms, operation) VALUES (1, 'identify')")));
        watcher.checkNow();
        QCOMPARE(changed.count(), 0);
        QVERIFY(other.insert(entry(identify(QStringLiteral("u2")), QDateTime::currentDateTimeUtc())) > 0);
        watcher.checkNow();
        QCOMPARE(changed.count(), 1);
        watcher.checkNow(); // nothing new since
        QCOMPARE(changed.count(), 1);
    }
}

void tst_HistoryWatcher::modelShowsRowsWrittenElsewhere()
{
    HistoryStore app(path());
    QVERIFY(app.open());
    app.watchOtherWriters();
    HistoryModel model;
    model.setStore(&app);
    QCOMPARE(model.rowCount(), 0);

    HistoryStore veroctl(path());
    QVERIFY(veroctl.open());
    const qint64 id
        = veroctl.insert(entry(identify(QStringLiteral("u3")), QDateTime::currentDateTimeUtc(), StatusClass::Pending));
    QVERIFY(id > 0);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.summary(0).id, id);
    QVERIFY(model.summary(0).isPending());

    ApiResult result;
    result.status = 200;
    result.message = QStringLiteral("Success.");
    QVERIFY(veroctl.complete(id, result));
    QTRY_VERIFY(!model.summary(0).isPending());
    QCOMPARE(model.summary(0).httpStatus, 200);
}

void tst_HistoryWatcher::modelStartsAgainWhenRowsGoElsewhere()
{
    HistoryStore app(path());
    QVERIFY(app.open());
    QCOMPARE(app.insertMany(identifies(3, QDateTime::currentDateTimeUtc())), qint64(3));
    app.watchOtherWriters();
    HistoryModel model;
    model.setStore(&app);
    QCOMPARE(model.rowCount(), 3);

    HistoryStore veroctl(path());
    QVERIFY(veroctl.open());
    QVERIFY(veroctl.clear().ok());
    QTRY_COMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_HistoryWatcher)
#include "tst_HistoryWatcher.moc"
