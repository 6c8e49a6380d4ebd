// The request log behind /sandbox/requests and the stderr lines: capacity, order, limits and the line format.
#include "sandbox/RequestLog.h"

#include <QJsonDocument>
#include <QTest>

namespace {
RequestLog::Entry entry(int status, const char* target)
{
    RequestLog::Entry e;
    e.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    e.method = "POST";
    e.target = QString::fromLatin1(target);
    e.status = status;
    return e;
}
} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNewestUpToCapacity();
    void limitGivesTheNewest();
    void jsonAndLogLine();
    void bigEntriesAreCut();
};

void TestRequestLog::keepsTheNewestUpToCapacity()
{
    RequestLog log(3);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(log.append(entry(200, "/a")), qint64(i + 1));
    }
    QCOMPARE(log.size(), 3);
    const QList<RequestLog::Entry> entries = log.entries();
    QCOMPARE(entries.first().sequence, 3);
    QCOMPARE(entries.last().sequence, 5);
    log.clear();
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.append(entry(200, "/a")), 6); // numbering never restarts, so clients can tell entries apart
}

void TestRequestLog::limitGivesTheNewest()
{
    RequestLog log;
    for (int i = 0; i < 10; ++i) {
        log.append(entry(200 + i, "/a"));
    }
    const QList<RequestLog::Entry> last = log.entries(2);
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.at(0).status, 208);
    QCOMPARE(last.at(1).status, 209);
    QCOMPARE(log.entries(100).size(), 10);
}

void TestRequestLog::jsonAndLogLine()
{
    RequestLog::Entry e = entry(400, "/api/v2/users/track?auth_token=***");
    e.operation = QStringLiteral("identify");
    e.message = QStringLiteral("id is required.");
    e.note = QStringLiteral("Invalid parameters; nothing changed.");
    e.elapsedMs = 12;
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QLatin1String("time")).toString(), QStringLiteral("2026-01-02T03:04:05.006Z"));
    QCOMPARE(json.value(QLatin1String("operation")).toString(), QStringLiteral("identify"));
    QVERIFY(json.value(QLatin1String("body")).isNull());
    QCOMPARE(e.logLine(),
             QStringLiteral(
                 "2026-01-02T03:04:05.006Z POST /api/v2/users/track?auth_token=*** 400 12ms \"id is required.\" - "
                 "Invalid parameters; nothing changed."));
    RequestLog::Entry dropped = entry(0, "/api/v2/heartbeat");
    QVERIFY(dropped.logLine().contains(QLatin1String(" dropped ")));
}

void TestRequestLog::bigEntriesAreCut()
{
    RequestLog log;
    RequestLog::Entry big = entry(400, "/api/v2/users/track");
    big.target += QLatin1Char('?') + QString(10000, QLatin1Char('q'));
    big.body = QJsonObject {{QStringLiteral("data"), QString(1024 * 1024, QLatin1Char('a'))}};
    log.append(big);
    RequestLog::Entry small = entry(200, "/api/v2/users/track");
    small.body = QJsonObject {{QStringLiteral("id"), QStringLiteral("u1")}};
    log.append(small);

    const RequestLog::Entry cut = log.entries().first();
    QVERIFY(cut.cut);
    QVERIFY(cut.bodyBytes > 1024 * 1024);
    QVERIFY(cut.body.isString());
    QVERIFY(cut.body.toString().size() <= RequestLog::MaxBodyBytes + 16);
    QVERIFY(cut.target.size() <= RequestLog::MaxTextChars + 16);
    const QJsonObject json = cut.toJson();
    QCOMPARE(json.value(QLatin1String("cut")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("body_bytes")).toInteger(), cut.bodyBytes);
    QVERIFY(QJsonDocument(json).toJson().size() < 8 * 1024);
    QVERIFY(cut.logLine().size() < 2 * RequestLog::MaxTextChars);

    const RequestLog::Entry whole = log.entries().last();
    QVERIFY(!whole.cut);
    QCOMPARE(whole.body.toObject().value(QLatin1String("id")).toString(), QStringLiteral("u1"));
    QVERIFY(!whole.toJson().contains(QLatin1String("body_bytes")));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_RequestLog.moc"
