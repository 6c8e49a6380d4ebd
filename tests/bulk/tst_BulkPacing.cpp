#include "core/bulk/BulkPacing.h"

#include <QTest>

class tst_BulkPacing : public QObject
{
    Q_OBJECT
private slots:
    void unlimitedSendsAtOnce();
    void rateSpacesRequests();
    void throttleHalvesAndRecoversToTheConfiguredRate();
    void unlimitedRunSlowsDownThenIsUnlimitedAgain();
    void retryAfterHoldsEverySend();
};

void tst_BulkPacing::unlimitedSendsAtOnce()
{
    BulkPacing pacing;
    pacing.sent(1000);
    QCOMPARE(pacing.nextSendAt(1000), 1000);
}

void tst_BulkPacing::rateSpacesRequests()
{
    BulkPacing pacing(4); // 4 per second: one every 250 ms
    QCOMPARE(pacing.nextSendAt(0), 0);
    pacing.sent(0);
    QCOMPARE(pacing.nextSendAt(10), 250);
    QCOMPARE(pacing.nextSendAt(400), 400);
}

void tst_BulkPacing::throttleHalvesAndRecoversToTheConfiguredRate()
{
    BulkPacing pacing(8);
    pacing.throttled(0, 8, -1);
    QCOMPARE(pacing.currentRate(), 4.0);
    // The other answers of the same burst do not halve it again.
    pacing.throttled(10, 8, -1);
    pacing.throttled(20, 8, -1);
    QCOMPARE(pacing.currentRate(), 4.0);
    pacing.throttled(BulkPacing::SettleMs + 10, 4, -1);
    QCOMPARE(pacing.currentRate(), 2.0);
    for (int i = 0; i < BulkPacing::SuccessesPerStep; ++i)
        pacing.succeeded();
    QCOMPARE(pacing.currentRate(), 2.0 * BulkPacing::StepFactor);
    for (int i = 0; i < 100 * BulkPacing::SuccessesPerStep; ++i)
        pacing.succeeded();
    QCOMPARE(pacing.currentRate(), 8.0); // never above what the user chose
    for (int i = 0; i < 20; ++i)
        pacing.throttled(BulkPacing::SettleMs * (i + 2), 1, -1);
    QCOMPARE(pacing.currentRate(), BulkPacing::MinimumRate);
}

void tst_BulkPacing::unlimitedRunSlowsDownThenIsUnlimitedAgain()
{
    BulkPacing pacing;
    pacing.throttled(0, 100, -1);
    QCOMPARE(pacing.currentRate(), 50.0);
    pacing.sent(0);
    QCOMPARE(pacing.nextSendAt(0), 20);
    for (int i = 0; i < 1000 * BulkPacing::SuccessesPerStep; ++i)
        pacing.succeeded();
    QCOMPARE(pacing.currentRate(), 0.0);
}

void tst_BulkPacing::retryAfterHoldsEverySend()
{
    BulkPacing pacing;
    pacing.throttled(1000, 10, 3000);
    QCOMPARE(pacing.nextSendAt(1500), 4000);
    QCOMPARE(pacing.nextSendAt(5000), 5000);
}

QTEST_GUILESS_MAIN(tst_BulkPacing)
#include "tst_BulkPacing.moc"
