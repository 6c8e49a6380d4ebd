#include "HistoryTestData.h"
#include "core/history/HistoryDamageRecovery.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistorySchema.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace HistoryTestData;
using State = HistoryDatabase::Opened::State;

namespace {

// An error as SQLite reports it, by its result code: 11 corrupt (declared damage), 10 an I/O error.
QSqlError sqliteError(int code)
{
    return QSqlError(
        QString(), QStringLiteral("result code %1").arg(code), QSqlError::StatementError, QString::number(code));
}

// Turns the event loop until a zero timer started now has fired: the recovery's timer, started before it, has
// fired too, so whatever it was going to do is done.
void runTimersStartedSoFar()
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

// When a damaged history file is replaced: at once after a write, on the next turn after a read, only after the
// integrity check for an I/O error, never for a file in memory or open read-only.
class tst_HistoryDamageRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void damageFoundByAWriteIsReplacedAtOnce();
    void damageFoundByAReadIsReplacedOnTheNextTurn();
    void ioErrorOnASoundFileLeavesItInPlace();
    void damageNotedBeforeReopeningIsForgotten();
    void readOnlyFileIsNeverReplaced();
    void historyInMemoryIsNeverReplaced();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QStringList asideFiles() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Files);
    }
    // Opens the file at path() (`readOnly`: as a moved-aside file is looked at) and a recovery over it whose
    // replacements m_replaced records. Returns how the file opened.
    HistoryDatabase::Opened start(bool readOnly = false)
    {
        m_database = std::make_unique<HistoryDatabase>(
            HistoryDatabase::Description {path(), QStringLiteral("test"), &m_schema, readOnly});
        const HistoryDatabase::Opened opened = m_database->open();
        m_recovery = std::make_unique<HistoryDamageRecovery>(m_database.get());
        connect(m_recovery.get(),
                &HistoryDamageRecovery::replaced,
                this,
                [this](const HistoryDatabase::Opened& replacement) { m_replaced.append(replacement); });
        return opened;
    }

    HistorySchema m_schema;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryDatabase> m_database;
    std::unique_ptr<HistoryDamageRecovery> m_recovery;
    QList<HistoryDatabase::Opened> m_replaced;
};

void tst_HistoryDamageRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_replaced.clear();
}

void tst_HistoryDamageRecovery::cleanup()
{
    m_recovery.reset();
    m_database.reset();
    m_dir.reset();
}

/// A write may be retried on a new file, so the file it found damaged is replaced before it returns.
void tst_HistoryDamageRecovery::damageFoundByAWriteIsReplacedAtOnce()
{
    QCOMPARE(start().state, State::Ready);

    QVERIFY(m_recovery->recoverAfterWrite(sqliteError(11)));
    QCOMPARE(m_replaced.size(), 1);
    QCOMPARE(m_replaced.first().state, State::MovedAside);
    QCOMPARE(asideFiles(), QStringList {QFileInfo(m_replaced.first().movedTo).fileName()});
    QVERIFY(m_database->isOpen());
    QVERIFY(m_database->isPersistent());
}

/// A read comes from a view's data(): the file is replaced on the next turn of the event loop, not inside it.
void tst_HistoryDamageRecovery::damageFoundByAReadIsReplacedOnTheNextTurn()
{
    QCOMPARE(start().state, State::Ready);

    m_recovery->noteReadFailure(sqliteError(11));
    QVERIFY(m_replaced.isEmpty());
    QVERIFY(asideFiles().isEmpty());
    runTimersStartedSoFar();
    QCOMPARE(m_replaced.size(), 1);
    QCOMPARE(m_replaced.first().state, State::MovedAside);
    QCOMPARE(asideFiles().size(), 1);
}

/// An I/O error is damage only when the integrity check says so; on a sound file neither a write nor a read
/// moves it.
void tst_HistoryDamageRecovery::ioErrorOnASoundFileLeavesItInPlace()
{
    QCOMPARE(start().state, State::Ready);

    QVERIFY(!m_recovery->recoverAfterWrite(sqliteError(10 | (3 << 8)))); // SQLITE_IOERR_WRITE
    m_recovery->noteReadFailure(sqliteError(10));
    runTimersStartedSoFar();
    QVERIFY(m_replaced.isEmpty());
    QVERIFY(asideFiles().isEmpty());
    QVERIFY(QFileInfo::exists(path()));
}

/// Damage a read noted on the file before it was opened again says nothing about the file now open.
void tst_HistoryDamageRecovery::damageNotedBeforeReopeningIsForgotten()
{
    QCOMPARE(start().state, State::Ready);

    m_recovery->noteReadFailure(sqliteError(11));
    QCOMPARE(m_database->open().state, State::Ready);
    m_recovery->forgetNotedDamage();
    runTimersStartedSoFar();
    QVERIFY(m_replaced.isEmpty());
    QVERIFY(asideFiles().isEmpty());
}

/// A moved-aside file opened to be looked at is never moved again, whatever its reads and writes report.
void tst_HistoryDamageRecovery::readOnlyFileIsNeverReplaced()
{
    {
        HistoryDatabase writer({path(), QStringLiteral("writer"), &m_schema});
        QCOMPARE(writer.open().state, State::Ready);
    }
    const QByteArray before = readAll(path());
    QCOMPARE(start(true).state, State::Ready);

    QVERIFY(!m_recovery->recoverAfterWrite(sqliteError(11)));
    m_recovery->noteReadFailure(sqliteError(11));
    runTimersStartedSoFar();
    QVERIFY(m_replaced.isEmpty());
    QVERIFY(asideFiles().isEmpty());
    QCOMPARE(readAll(path()), before);
}

/// History kept in memory has no file to replace.
void tst_HistoryDamageRecovery::historyInMemoryIsNeverReplaced()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("history.sqlite"))); // a folder where the file should be
    QCOMPARE(start().state, State::Unavailable);
    QVERIFY(!m_database->isPersistent());

    QVERIFY(!m_recovery->recoverAfterWrite(sqliteError(11)));
    m_recovery->noteReadFailure(sqliteError(11));
    runTimersStartedSoFar();
    QVERIFY(m_replaced.isEmpty());
    QVERIFY(QFileInfo(path()).isDir());
}

QTEST_GUILESS_MAIN(tst_HistoryDamageRecovery)
#include "tst_HistoryDamageRecovery.moc"
