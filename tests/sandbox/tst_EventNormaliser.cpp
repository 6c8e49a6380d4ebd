// Vero's event-name matching and deduplication key.
#include "sandbox/EventNormaliser.h"

#include <QTest>

class TestEventNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void normalisedName_data();
    void normalisedName();
    void dedupKey();
};

void TestEventNormaliser::normalisedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << QStringLiteral("Purchased Item") << QStringLiteral("purchased_item");
    QTest::newRow("lower") << QStringLiteral("purchased item") << QStringLiteral("purchased_item");
    QTest::newRow("underscores") << QStringLiteral("purchased_item") << QStringLiteral("purchased_item");
    QTest::newRow("outer spaces") << QStringLiteral("  Purchased Item ") << QStringLiteral("purchased_item");
    QTest::newRow("non-ASCII") << QStringLiteral("Bestellung Übermittelt") << QStringLiteral("bestellung_übermittelt");
}

void TestEventNormaliser::normalisedName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(EventNormaliser::normalisedName(name), expected);
}

void TestEventNormaliser::dedupKey()
{
    const QJsonObject data {{QStringLiteral("a"), 1}};
    const QJsonObject check {{QStringLiteral("check_id"), QStringLiteral("c")}};
    const QString base = EventNormaliser::dedupKey(QStringLiteral("A b"), QStringLiteral("u"), data, {});
    QCOMPARE(EventNormaliser::dedupKey(QStringLiteral("a_b"), QStringLiteral("u"), data, check),
             base); // data wins over check_id
    QVERIFY(EventNormaliser::dedupKey(QStringLiteral("a_b"), QStringLiteral("v"), data, {}) != base);
    QVERIFY(EventNormaliser::dedupKey(QStringLiteral("a_b"), QStringLiteral("u"), {{QStringLiteral("a"), 2}}, {})
            != base);
    const QString withCheck = EventNormaliser::dedupKey(QStringLiteral("x"), QStringLiteral("u"), {}, check);
    QVERIFY(withCheck != EventNormaliser::dedupKey(QStringLiteral("x"), QStringLiteral("u"), {}, {}));
    // No separator trick makes two different (name, user) pairs collide.
    QVERIFY(EventNormaliser::dedupKey(QStringLiteral("a\",\"b"), QStringLiteral("c"), {}, {})
            != EventNormaliser::dedupKey(QStringLiteral("a"), QStringLiteral("b\",\"c"), {}, {}));
}

QTEST_GUILESS_MAIN(TestEventNormaliser)
#include "tst_EventNormaliser.moc"
