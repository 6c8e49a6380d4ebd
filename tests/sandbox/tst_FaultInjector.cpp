// Fault decisions with a fixed seed and an explicit clock: rate limiting and Retry-After, server errors, drops.
#include "sandbox/FaultInjector.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void noFaultsByDefault();
    void rateLimitPerSecond();
    void failRateGivesAllThreeStatuses();
    void dropRateIsAShare();
    void settingsFromJson_data();
    void settingsFromJson();
};

void TestFaultInjector::noFaultsByDefault()
{
    FaultInjector faults(1);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(faults.decide(i).fault, FaultInjector::Fault::None);
    }
}

void TestFaultInjector::rateLimitPerSecond()
{
    FaultInjector faults(1);
    FaultInjector::Settings settings;
    settings.rateLimit = 2;
    faults.setSettings(settings);
    QCOMPARE(faults.decide(1000).fault, FaultInjector::Fault::None);
    QCOMPARE(faults.decide(1400).fault, FaultInjector::Fault::None);
    const FaultInjector::Decision limited = faults.decide(1500);
    QCOMPARE(limited.fault, FaultInjector::Fault::RateLimited);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfterSeconds, 1);
    QCOMPARE(faults.decide(1999).fault, FaultInjector::Fault::RateLimited);
    QCOMPARE(faults.decide(2000).fault, FaultInjector::Fault::None); // the first request left the window
    QCOMPARE(faults.decide(2100).fault, FaultInjector::Fault::RateLimited);
    QCOMPARE(faults.decide(5000).fault, FaultInjector::Fault::None);
}

void TestFaultInjector::failRateGivesAllThreeStatuses()
{
    FaultInjector faults(7);
    FaultInjector::Settings settings;
    settings.failRate = 1;
    faults.setSettings(settings);
    QSet<int> statuses;
    for (int i = 0; i < 200; ++i) {
        const FaultInjector::Decision decision = faults.decide(i);
        QCOMPARE(decision.fault, FaultInjector::Fault::ServerError);
        statuses.insert(decision.status);
    }
    QCOMPARE(statuses, (QSet<int> {500, 502, 503}));
}

void TestFaultInjector::dropRateIsAShare()
{
    FaultInjector faults(3);
    FaultInjector::Settings settings;
    settings.dropRate = 0.5;
    faults.setSettings(settings);
    int dropped = 0;
    for (int i = 0; i < 1000; ++i) {
        dropped += faults.decide(i).fault == FaultInjector::Fault::Drop ? 1 : 0;
    }
    QVERIFY2(dropped > 400 && dropped < 600, qPrintable(QString::number(dropped)));
}

void TestFaultInjector::settingsFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("all") << QByteArray(R"({"latency_ms":5,"fail_rate":0.5,"rate_limit":3,"drop_rate":0.1})") << true;
    QTest::newRow("rate above 1") << QByteArray(R"({"fail_rate":1.5})") << false;
    QTest::newRow("negative latency") << QByteArray(R"({"latency_ms":-1})") << false;
    QTest::newRow("fractional limit") << QByteArray(R"({"rate_limit":1.5})") << false;
    QTest::newRow("text") << QByteArray(R"({"drop_rate":"half"})") << false;
    QTest::newRow("unknown") << QByteArray(R"({"chaos":1})") << false;
}

void TestFaultInjector::settingsFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    FaultInjector::Settings settings;
    const QString error = settings.applyJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(settings.toJson(), QJsonDocument::fromJson(json).object());
    } else {
        QCOMPARE(settings.toJson(), FaultInjector::Settings().toJson()); // unchanged
    }
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_FaultInjector.moc"
