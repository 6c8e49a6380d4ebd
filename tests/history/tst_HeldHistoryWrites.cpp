#include "HistoryTestData.h"
#include "core/history/HeldHistoryWrites.h"

#include <QTest>

using namespace HistoryTestData;

// The writes held back while a clear runs: released in the order they came, a reply with its row, and the id a
// held row was handed out under leads to the row it was written as.
class tst_HeldHistoryWrites : public QObject
{
    Q_OBJECT

private slots:
    void releasedInOrderWithTheirReplies();
};

void tst_HeldHistoryWrites::releasedInOrderWithTheirReplies()
{
    HeldHistoryWrites held;
    QVERIFY(held.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 first = held.holdInsert(entry(identify(QStringLiteral("first")), now), QStringLiteral("s1"));
    held.holdInsertMany(identifies(2, now, QStringLiteral("many-")));
    const qint64 second = held.holdInsert(entry(identify(QStringLiteral("second")), now), QString());
    QVERIFY(first < 0 && second < 0 && first != second); // never a row's id
    ApiResult reply;
    reply.status = 202;
    held.holdCompletion(first, reply, QStringLiteral("s1"));
    held.holdCompletion(41, reply, QString()); // a row written before the clear began
    QVERIFY(!held.isEmpty());

    QStringList log;
    qint64 nextId = 100;
    HeldHistoryWrites::Writer writer;
    writer.insert = [&](const HistoryEntry& row, const QString& secret) {
        log.append(QStringLiteral("insert %1 %2").arg(row.userId, secret));
        return nextId++;
    };
    writer.complete = [&](qint64 id, const ApiResult& result, const QString& secret) {
        log.append(QStringLiteral("complete %1 %2 %3").arg(id).arg(result.status).arg(secret));
        return true;
    };
    writer.insertMany = [&](const QList<HistoryEntry>& rows) {
        log.append(QStringLiteral("many %1").arg(rows.size()));
        return qint64(rows.size());
    };
    held.release(writer);
    QCOMPARE(log,
             QStringList({QStringLiteral("insert first s1"),
                          QStringLiteral("complete 100 202 s1"),
                          QStringLiteral("many 2"),
                          QStringLiteral("insert second "),
                          QStringLiteral("complete 41 202 ")}));
    QVERIFY(held.isEmpty());
    QCOMPARE(held.writtenId(first), 100);
    QCOMPARE(held.writtenId(second), 101);
    QCOMPARE(held.writtenId(41), 41);
}

QTEST_GUILESS_MAIN(tst_HeldHistoryWrites)
#include "tst_HeldHistoryWrites.moc"
