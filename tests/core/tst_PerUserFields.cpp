#include "HistoryTestData.h"
#include "core/forms/PerUserFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// Whose a form's per-user fields are: filled for one user, typed for one, and what the form says and asks when
// the user it names is then another.
class tst_PerUserFields : public QObject
{
    Q_OBJECT

private slots:
    void filledForOneUserThenAnother();
    void typedForOneUserThenAnother();
    void sameUserByIdOrEmail();
    void adoptedAfterTheQuestion();
    void eventTimestampAloneIsNoUserData();
    void clearingKeepsTheIdentity();
};

using HistoryTestData::identify;

void tst_PerUserFields::filledForOneUserThenAnother()
{
    PerUserFields fields;
    OperationInput filled = identify(QStringLiteral("cust-42"), {}, QStringLiteral(R"({"plan":"gold"})"));
    filled.phone = QStringLiteral("+61 400 000 042");
    fields.filled(filled);
    QVERIFY(!fields.otherOwner(filled));
    QVERIFY(fields.notice(filled).isEmpty());

    OperationInput other = filled;
    other.id = QStringLiteral("cust-43");
    QCOMPARE(fields.otherOwner(other)->id, QStringLiteral("cust-42"));
    QCOMPARE(fields.notice(other),
             QStringLiteral("The phone number and the properties below were filled for cust-42, not for cust-43."));
    QCOMPARE(fields.question(other),
             QStringLiteral("Send the phone number and the properties filled for cust-42 to cust-43?"));
}

void tst_PerUserFields::typedForOneUserThenAnother()
{
    PerUserFields fields;
    OperationInput typed = identify(QStringLiteral("cust-1"));
    fields.edited(typed, false);
    typed.channels = QJsonArray {QJsonObject {{QStringLiteral("address"), QStringLiteral("T")}}};
    fields.edited(typed, true);
    typed.id = QStringLiteral("cust-2");
    fields.edited(typed, false);
    QCOMPARE(fields.notice(typed), QStringLiteral("The channels below were entered for cust-1, not for cust-2."));
    // Emptied, they are nobody's.
    typed.channels = {};
    fields.edited(typed, true);
    QVERIFY(!fields.otherOwner(typed));
}

void tst_PerUserFields::sameUserByIdOrEmail()
{
    using Identity = PerUserFields::Identity;
    QVERIFY(PerUserFields::sameUser(Identity {QStringLiteral("a"), {}},
                                    Identity {QStringLiteral("a"), QStringLiteral("x@y.z")}));
    QVERIFY(!PerUserFields::sameUser(Identity {QStringLiteral("a"), QStringLiteral("x@y.z")},
                                     Identity {QStringLiteral("b"), QStringLiteral("x@y.z")}));
    QVERIFY(PerUserFields::sameUser(Identity {{}, QStringLiteral("Ann@Example.com")},
                                    Identity {QStringLiteral("a"), QStringLiteral("ann@example.com")}));
    QVERIFY(!PerUserFields::sameUser(Identity {}, Identity {}));
}

void tst_PerUserFields::adoptedAfterTheQuestion()
{
    PerUserFields fields;
    fields.filled(identify(QStringLiteral("cust-42"), {}, QStringLiteral(R"({"plan":"gold"})")));
    const OperationInput other = identify(QStringLiteral("cust-43"), {}, QStringLiteral(R"({"plan":"gold"})"));
    QVERIFY(fields.otherOwner(other));
    fields.adopt(other);
    QVERIFY(!fields.otherOwner(other));
}

void tst_PerUserFields::eventTimestampAloneIsNoUserData()
{
    OperationInput event;
    event.operation = Operation::TrackEvent;
    event.id = QStringLiteral("cust-42");
    event.eventName = QStringLiteral("Ping");
    event.data = QStringLiteral(R"({"unique_timestamp":"2026-12-01T10:00:00.000Z"})");
    QVERIFY(!PerUserFields::hasAny(event));
    event.data = QStringLiteral(R"({"unique_timestamp":"2026-12-01T10:00:00.000Z","sku":"A1"})");
    QCOMPARE(PerUserFields::filledDescription(event), QStringLiteral("the event data"));
}

void tst_PerUserFields::clearingKeepsTheIdentity()
{
    OperationInput full
        = identify(QStringLiteral("cust-43"), QStringLiteral("bob@example.com"), QStringLiteral(R"({"a":1})"));
    full.phone = QStringLiteral("1");
    full.tagsAdd = QStringList {QStringLiteral("vip")};
    const OperationInput cleared = PerUserFields::withoutPerUserFields(full);
    QCOMPARE(cleared.id, full.id);
    QCOMPARE(cleared.email, full.email);
    QVERIFY(!PerUserFields::hasAny(cleared));
}

QTEST_GUILESS_MAIN(tst_PerUserFields)
#include "tst_PerUserFields.moc"
