#include "core/platform/Fallible.h"

#include <QTest>

// The value-and-reason type the core's fallible calls return.
class tst_Fallible : public QObject
{
    Q_OBJECT
private slots:
    void valueIsThere();
    void failureCarriesItsReason();
    void voidSuccessAndFailure();
};

void tst_Fallible::valueIsThere()
{
    const Fallible<int> result(42);
    QVERIFY(result.ok());
    QVERIFY(bool(result));
    QCOMPARE(result.value(), 42);
    QCOMPARE(*result, 42);
    QVERIFY(result.error().isEmpty());
}

void tst_Fallible::failureCarriesItsReason()
{
    const auto result = Fallible<QString>::failure(QStringLiteral("the disk is full"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), QStringLiteral("the disk is full"));
    QCOMPARE(result.valueOr(QStringLiteral("fallback")), QStringLiteral("fallback"));
}

void tst_Fallible::voidSuccessAndFailure()
{
    QVERIFY(Fallible<void>().ok());
    const auto failed = Fallible<void>::failure(QStringLiteral("locked"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error(), QStringLiteral("locked"));
    // A failure never looks like success, even without a reason.
    QVERIFY(!Fallible<void>::failure(QString()).ok());
}

QTEST_GUILESS_MAIN(tst_Fallible)
#include "tst_Fallible.moc"
