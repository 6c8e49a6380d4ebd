#include "core/api/EventName.h"

#include <QTest>

// The preview's rule: capitals, spaces and underscores are the same to Vero.
class tst_EventName : public QObject
{
    Q_OBJECT

private slots:
    void normalised_data();
    void normalised();
};

void tst_EventName::normalised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reference example 1") << QStringLiteral("Purchased Item") << QStringLiteral("purchased_item");
    QTest::newRow("reference example 2") << QStringLiteral("purchased item") << QStringLiteral("purchased_item");
    QTest::newRow("reference example 3") << QStringLiteral("purchased_item") << QStringLiteral("purchased_item");
    QTest::newRow("outer spaces") << QStringLiteral(" Signed Up ") << QStringLiteral("signed_up");
    QTest::newRow("runs of spaces and underscores")
        << QStringLiteral("Purchased  __ Item") << QStringLiteral("purchased_item");
    QTest::newRow("underscores at the ends") << QStringLiteral("_signed_up_") << QStringLiteral("signed_up");
    QTest::newRow("non-ASCII") << QStringLiteral("Bestellung Übermittelt") << QStringLiteral("bestellung_übermittelt");
    QTest::newRow("empty") << QString() << QString();
}

void tst_EventName::normalised()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(EventName::normalised(name), expected);
}

QTEST_MAIN(tst_EventName)
#include "tst_EventName.moc"
