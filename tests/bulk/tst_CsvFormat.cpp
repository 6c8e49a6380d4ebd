#include "core/bulk/CsvFormat.h"

#include <QTest>

class tst_CsvFormat : public QObject
{
    Q_OBJECT
private slots:
    void detectsEncoding_data();
    void detectsEncoding();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void overridesWin();
    void parsesNames();
};

void tst_CsvFormat::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<CsvEncoding>("expected");
    QTest::newRow("ascii") << QByteArray("id,email\n") << CsvEncoding::Utf8;
    QTest::newRow("utf-8") << QByteArray("id,name\n1,M\xC3\xBCller\n") << CsvEncoding::Utf8;
    QTest::newRow("utf-8 cut mid-character") << QByteArray("id,name\n1,M\xC3") << CsvEncoding::Utf8;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFid\n") << CsvEncoding::Utf8WithBom;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFEi\0d\0", 6) << CsvEncoding::Utf16LE;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0i\0d", 6) << CsvEncoding::Utf16BE;
    QTest::newRow("german excel") << QByteArray("id;name\n1;M\xFCller\n") << CsvEncoding::Windows1252;
    QTest::newRow("french excel") << QByteArray("id;ville\n1;Orl\xE9"
                                                "ans\n")
                                  << CsvEncoding::Windows1252;
}

void tst_CsvFormat::detectsEncoding()
{
    QFETCH(QByteArray, head);
    QFETCH(CsvEncoding, expected);
    const CsvFormat format = CsvFormat::detect(head);
    QCOMPARE(format.encoding, expected);
    QVERIFY(format.encodingDetected);
}

void tst_CsvFormat::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << QByteArray("id,email\n1,a@x.io\n") << QChar(u',');
    QTest::newRow("semicolon with commas in data")
        << QByteArray("id;amount;note\n1;3,50;a, b\n2;4,10;c\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("id\temail\n1\ta@x.io\n") << QChar(u'\t');
    QTest::newRow("quoted semicolons do not count") << QByteArray("id,note\n1,\"a;b;c\"\n2,\"d;e\"\n") << QChar(u',');
    QTest::newRow("one column") << QByteArray("id\ncust-1\n") << QChar(u',');
    QTest::newRow("utf-16 semicolon") << QByteArray("\xFF\xFEi\0d\0;\0x\0\n\0", 12) << QChar(u';');
}

void tst_CsvFormat::detectsDelimiter()
{
    QFETCH(QByteArray, head);
    QFETCH(QChar, expected);
    const CsvFormat format = CsvFormat::detect(head);
    QCOMPARE(format.delimiter, expected);
    QVERIFY(format.delimiterDetected);
}

void tst_CsvFormat::overridesWin()
{
    const CsvFormat format = CsvFormat::detect("id;x\n1;M\xFCller\n", CsvEncoding::Utf8, QChar(u','));
    QCOMPARE(format.encoding, CsvEncoding::Utf8);
    QCOMPARE(format.delimiter, QChar(u','));
    QVERIFY(!format.encodingDetected);
    QVERIFY(!format.delimiterDetected);
    QCOMPARE(format.describe(), QStringLiteral("utf-8, comma-separated"));
    QCOMPARE(CsvFormat::detect("id;x\n").describe(),
             QStringLiteral("utf-8 (detected), semicolon-separated (detected)"));
}

void tst_CsvFormat::parsesNames()
{
    QCOMPARE(CsvFormat::delimiterFromName(QStringLiteral("tab")), QChar(u'\t'));
    QCOMPARE(CsvFormat::delimiterFromName(QStringLiteral(";")), QChar(u';'));
    QCOMPARE(CsvFormat::delimiterFromName(QStringLiteral("::")), std::nullopt);
    QCOMPARE(CsvEncodings::fromName(QStringLiteral("UTF-16")), CsvEncoding::Utf16LE);
    QCOMPARE(CsvEncodings::fromName(QStringLiteral("cp1252")), CsvEncoding::Windows1252);
    QCOMPARE(CsvEncodings::fromName(QStringLiteral("latin-9")), std::nullopt);
    for (const auto encoding : {CsvEncoding::Utf8,
                                CsvEncoding::Utf8WithBom,
                                CsvEncoding::Utf16LE,
                                CsvEncoding::Utf16BE,
                                CsvEncoding::Windows1252})
        QCOMPARE(CsvEncodings::fromName(CsvEncodings::name(encoding)), encoding);
}

QTEST_GUILESS_MAIN(tst_CsvFormat)
#include "tst_CsvFormat.moc"
