#include "core/forms/JsonMembers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// A JSON object's members as typed: order and repeated keys kept, which QJsonDocument loses.
class tst_JsonMembers : public QObject
{
    Q_OBJECT

private slots:
    void readKeepsOrderAndRepeats();
    void readRefusesWhatIsNotAnObject();
    void writeRoundTrips();
};

void tst_JsonMembers::readKeepsOrderAndRepeats()
{
    const auto members
        = JsonMembers::read(QStringLiteral(R"( { "z" : "a,}\"b" , "a": {"x": [1, "]"]}, "z": 2, "e\u00e9": null } )"));
    QVERIFY(members);
    QCOMPARE(members->size(), 4);
    QCOMPARE(members->at(0), (JsonMembers::Member {QStringLiteral("z"), QStringLiteral("a,}\"b")}));
    QCOMPARE(members->at(1).value.toObject().value(QLatin1String("x")).toArray().size(), 2);
    QCOMPARE(members->at(2), (JsonMembers::Member {QStringLiteral("z"), 2}));
    QCOMPARE(members->at(3).key, QStringLiteral("e\u00e9"));
    QVERIFY(members->at(3).value.isNull());
    QCOMPARE(JsonMembers::repeatedKeys(*members), QStringList {QStringLiteral("z")});
    QCOMPARE(JsonMembers::read(QStringLiteral("{}"))->size(), 0);
}

void tst_JsonMembers::readRefusesWhatIsNotAnObject()
{
    QVERIFY(!JsonMembers::read(QStringLiteral("[1]")));
    QVERIFY(!JsonMembers::read(QStringLiteral(R"({"a": )")));
    QVERIFY(!JsonMembers::read(QString()));
}

void tst_JsonMembers::writeRoundTrips()
{
    const QList<JsonMembers::Member> members {{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("x")}};
    QCOMPARE(JsonMembers::write(members, false), QStringLiteral(R"({"b":1,"a":"x"})"));
    QCOMPARE(*JsonMembers::read(JsonMembers::write(members, true)), members);
}

QTEST_GUILESS_MAIN(tst_JsonMembers)
#include "tst_JsonMembers.moc"
