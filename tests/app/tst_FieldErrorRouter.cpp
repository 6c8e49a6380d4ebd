#include "app/forms/FieldErrorRouter.h"
#include "app/widgets/FieldErrorLabel.h"

#include <QLineEdit>
#include <QTest>

// Errors land next to the field they name, only once that field was edited (or a send was tried), and
// nothing is ever dropped: what has no field goes to the fallback label.
class tst_FieldErrorRouter : public QObject
{
    Q_OBJECT

private slots:
    void routesByApiFieldName();
    void holdsBackUntouchedFields();
    void unknownFieldsGoToTheFallback();
    void labelDescribesItsField();
};

void tst_FieldErrorRouter::routesByApiFieldName()
{
    QWidget form;
    FieldErrorLabel email(&form), channels(&form), identityId(&form);
    QLineEdit emailEdit(&form);
    FieldErrorRouter router;
    router.addField(QStringLiteral("identity.email"), &email, &emailEdit);
    router.addField(QStringLiteral("channels"), &channels, nullptr);
    router.addField(QStringLiteral("identity"), &identityId, nullptr);
    QCOMPARE(router.keyFor(QStringLiteral("identity.email")), QStringLiteral("identity.email"));
    QCOMPARE(router.keyFor(QStringLiteral("identity.id")), QStringLiteral("identity"));
    QCOMPARE(router.keyFor(QStringLiteral("channels[3].platform")), QStringLiteral("channels"));
    QCOMPARE(router.keyFor(QStringLiteral("channelsx")), QString());
    QCOMPARE(router.inputFor(QStringLiteral("identity.email")), &emailEdit);

    router.touchAll();
    router.show({{QStringLiteral("channels[0].type"), QStringLiteral("a")},
                 {QStringLiteral("channels[1].type"), QStringLiteral("b")},
                 {QStringLiteral("identity.email"), QStringLiteral("c")}});
    QCOMPARE(channels.messages(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(email.messages(), QStringList {QStringLiteral("c")});
    QVERIFY(identityId.messages().isEmpty());
    QVERIFY(identityId.isHidden());

    router.show({});
    QVERIFY(channels.messages().isEmpty());
    QVERIFY(email.isHidden());
}

void tst_FieldErrorRouter::holdsBackUntouchedFields()
{
    FieldErrorLabel id, email;
    FieldErrorRouter router;
    router.addField(QStringLiteral("id"), &id, nullptr);
    router.addField(QStringLiteral("email"), &email, nullptr);
    const ValidationErrors errors {{QStringLiteral("id"), QStringLiteral("id is required.")},
                                   {QStringLiteral("email"), QStringLiteral("bad email")}};
    router.touch(QStringLiteral("email"));
    const ValidationErrors heldBack = router.show(errors);
    QCOMPARE(heldBack, ValidationErrors {errors.first()});
    QVERIFY(id.messages().isEmpty());
    QCOMPARE(email.messages(), QStringList {QStringLiteral("bad email")});

    router.resetTouched();
    QCOMPARE(router.show(errors).size(), 2);
    router.touchAll();
    QVERIFY(router.show(errors).isEmpty());
}

void tst_FieldErrorRouter::unknownFieldsGoToTheFallback()
{
    FieldErrorLabel id, fallback;
    FieldErrorRouter router;
    router.addField(QStringLiteral("id"), &id, nullptr);
    const ValidationErrors errors {{QStringLiteral("identity"), QStringLiteral("odd")}};
    QCOMPARE(router.show(errors), errors); // no fallback yet: handed back, never lost
    router.setFallback(&fallback);
    QVERIFY(router.show(errors).isEmpty());
    QCOMPARE(fallback.messages(), QStringList {QStringLiteral("odd")});
}

void tst_FieldErrorRouter::labelDescribesItsField()
{
    QLineEdit edit;
    FieldErrorLabel label;
    label.setField(&edit);
    label.setMessages({QStringLiteral("email is not a valid email address.")});
    QCOMPARE(edit.accessibleDescription(), QStringLiteral("email is not a valid email address."));
    QVERIFY(!label.isHidden());
    label.clearMessages();
    QVERIFY(edit.accessibleDescription().isEmpty());
    QVERIFY(label.isHidden());
}

QTEST_MAIN(tst_FieldErrorRouter)
#include "tst_FieldErrorRouter.moc"
