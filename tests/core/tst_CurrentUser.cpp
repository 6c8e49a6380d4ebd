#include "core/forms/CurrentUser.h"

#include <QSignalSpy>
#include <QTest>

// The one user the forms are about: trimmed, described once, and a change only when it is one.
class tst_CurrentUser : public QObject
{
    Q_OBJECT

private slots:
    void changesOnlyWhenItDiffers();
    void describesTheUser();
};

void tst_CurrentUser::changesOnlyWhenItDiffers()
{
    CurrentUser user;
    QSignalSpy changed(&user, &CurrentUser::changed);
    QVERIFY(user.isEmpty());
    user.set({QStringLiteral(" 42 "), QString()});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(user.identity().id, QStringLiteral("42"));
    const quint64 revision = user.revision();
    user.set({QStringLiteral("42"), QString()});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(user.revision(), revision);
    user.clear();
    QCOMPARE(changed.size(), 2);
    QVERIFY(user.isEmpty());
    QVERIFY(user.revision() > revision);
}

void tst_CurrentUser::describesTheUser()
{
    CurrentUser user;
    QCOMPARE(user.description(), QString());
    user.set({QStringLiteral("42"), QStringLiteral("a@b.c")});
    QCOMPARE(user.description(), QStringLiteral("42 \u00b7 a@b.c"));
    user.set({QString(), QStringLiteral("a@b.c")});
    QCOMPARE(user.description(), QStringLiteral("a@b.c"));
}

QTEST_GUILESS_MAIN(tst_CurrentUser)
#include "tst_CurrentUser.moc"
