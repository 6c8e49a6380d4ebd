#include "core/api/CredentialText.h"

#include <QTest>

// What a credential may hold to be sent: tokens as services issue them pass, copy-and-paste accidents do not,
// and the reason never quotes the credential.
class tst_CredentialText : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
};

void tst_CredentialText::accepts_data()
{
    QTest::addColumn<QString>("credential");
    QTest::newRow("hex") << QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("base64") << QStringLiteral("YXBpX2tleTpzZWNyZXQ=");
    QTest::newRow("punctuation") << QStringLiteral("a&b+c%d/e=f\"g\\h'i");
    QTest::newRow("non-ASCII") << QStringLiteral("w\u00f6rd\u20ac\U0001F600");
    QTest::newRow("longest") << QString(CredentialText::MaxLength, QLatin1Char('k'));
}

void tst_CredentialText::accepts()
{
    QFETCH(QString, credential);
    QCOMPARE(CredentialText::problem(credential), QString());
}

void tst_CredentialText::refuses_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("reason");
    const QString secret = QStringLiteral("secret-part");
    QTest::newRow("empty") << QString() << QStringLiteral("is empty");
    QTest::newRow("second line") << secret + QStringLiteral("\nsecond") << QStringLiteral("line break (character 12)");
    QTest::newRow("carriage return") << secret + QStringLiteral("\r") << QStringLiteral("line break");
    QTest::newRow("line separator") << secret + QChar(0x2028) << QStringLiteral("line break");
    QTest::newRow("space") << secret + QStringLiteral(" x") << QStringLiteral("space (character 12)");
    QTest::newRow("no-break space") << secret + QChar(0xA0) << QStringLiteral("space");
    QTest::newRow("tab") << secret + QStringLiteral("\tx") << QStringLiteral("control character");
    QTest::newRow("escape") << QStringLiteral("\x1b[2J") + secret << QStringLiteral("control character (character 1)");
    QTest::newRow("NUL") << secret + QChar(0) << QStringLiteral("control character");
    QTest::newRow("DEL") << secret + QChar(0x7F) << QStringLiteral("control character");
    QTest::newRow("C1") << secret + QChar(0x9B) << QStringLiteral("control character");
    QTest::newRow("zero-width space") << secret + QChar(0x200B) << QStringLiteral("invisible formatting character");
    QTest::newRow("bidi override") << secret + QChar(0x202E) << QStringLiteral("invisible formatting character");
    QTest::newRow("replacement") << secret + QChar(QChar::ReplacementCharacter) << QStringLiteral("not UTF-8");
    QTest::newRow("lone surrogate") << secret + QChar(0xD800) << QStringLiteral("not valid text");
    QTest::newRow("too long") << QString(CredentialText::MaxLength + 1, QLatin1Char('k')) << QStringLiteral("longer");
}

void tst_CredentialText::refuses()
{
    QFETCH(QString, credential);
    QFETCH(QString, reason);
    const QString problem = CredentialText::problem(credential);
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    QVERIFY(!problem.contains(QLatin1String("secret-part")));
}

QTEST_GUILESS_MAIN(tst_CredentialText)
#include "tst_CredentialText.moc"
