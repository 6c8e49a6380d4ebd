#include "core/bulk/CsvReader.h"

#include <QBuffer>
#include <QTest>

namespace {

struct Read
{
    QList<CsvReader::Record> records;
    QString error;
};

Read readAll(const QByteArray& bytes,
             QChar delimiter = u',',
             qint64 chunk = CsvReader::DefaultChunkBytes,
             CsvEncoding encoding = CsvEncoding::Utf8)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.delimiter = delimiter;
    format.encoding = encoding;
    CsvReader reader(&buffer, format, chunk);
    Read read;
    CsvReader::Record record;
    while (reader.next(&record))
        read.records.append(record);
    read.error = reader.errorString();
    return read;
}

// Cells as UTF-8, so the table below can be written with plain literals.
using Rows = QList<QByteArrayList>;

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void lineNumbersCountNewlinesInsideCells();
    void unclosedQuoteIsAnErrorWithItsLine();
    void runawayRecordIsRefused();
    void decodesUtf16AndWindows1252();
    void reportsInvalidUtf8();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("plain LF") << QByteArray("id,add\ncust-1,vip\n") << QChar(u',')
                              << Rows {{"id", "add"}, {"cust-1", "vip"}};
    QTest::newRow("CRLF") << QByteArray("id,add\r\ncust-1,vip\r\n") << QChar(u',')
                          << Rows {{"id", "add"}, {"cust-1", "vip"}};
    QTest::newRow("old Mac CR") << QByteArray("id,add\rcust-1,vip") << QChar(u',')
                                << Rows {{"id", "add"}, {"cust-1", "vip"}};
    QTest::newRow("last line without newline") << QByteArray("id\ncust-1") << QChar(u',') << Rows {{"id"}, {"cust-1"}};
    QTest::newRow("empty lines skipped") << QByteArray("\n\nid\n\r\n\ncust-1\n\n") << QChar(u',')
                                         << Rows {{"id"}, {"cust-1"}};
    QTest::newRow("quoted delimiter") << QByteArray("id,name\n1,\"Smith, Jane\"\n") << QChar(u',')
                                      << Rows {{"id", "name"}, {"1", "Smith, Jane"}};
    QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << QChar(u',')
                                    << Rows {{"a"}, {"say \"hi\""}};
    QTest::newRow("newline in cell") << QByteArray("a,b\n\"line 1\nline 2\",x\n") << QChar(u',')
                                     << Rows {{"a", "b"}, {"line 1\nline 2", "x"}};
    QTest::newRow("CRLF in cell kept") << QByteArray("a\r\n\"1\r\n2\"\r\n") << QChar(u',') << Rows {{"a"}, {"1\r\n2"}};
    QTest::newRow("empty cells") << QByteArray("a,b,c\n,,\n") << QChar(u',') << Rows {{"a", "b", "c"}, {"", "", ""}};
    QTest::newRow("trailing delimiter at end of file")
        << QByteArray("a,b\n1,") << QChar(u',') << Rows {{"a", "b"}, {"1", ""}};
    QTest::newRow("quoted empty cell is a record") << QByteArray("a\n\"\"\n") << QChar(u',') << Rows {{"a"}, {""}};
    QTest::newRow("semicolon") << QByteArray("id;plan\n1;\"a;b\"\n") << QChar(u';')
                               << Rows {{"id", "plan"}, {"1", "a;b"}};
    QTest::newRow("tab") << QByteArray("id\tplan\n1\tpro, yearly\n") << QChar(u'\t')
                         << Rows {{"id", "plan"}, {"1", "pro, yearly"}};
    QTest::newRow("quote inside unquoted cell kept")
        << QByteArray("a\n5\" screen\n") << QChar(u',') << Rows {{"a"}, {"5\" screen"}};
    QTest::newRow("text after closing quote kept")
        << QByteArray("a\n\"x\"y,z\n") << QChar(u',') << Rows {{"a"}, {"xy", "z"}};
    QTest::newRow("ragged rows read as they are")
        << QByteArray("a,b\n1\n1,2,3\n") << QChar(u',') << Rows {{"a", "b"}, {"1"}, {"1", "2", "3"}};
    QTest::newRow("UTF-8 BOM dropped") << QByteArray("\xEF\xBB\xBFid\n\xC3\xA9\n") << QChar(u',')
                                       << Rows {{"id"}, {"\xC3\xA9"}};
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, expected);
    // Whole, and one byte at a time: every quote, CRLF and multi-byte character split across reads.
    for (const qint64 chunk : {CsvReader::DefaultChunkBytes, qint64(1), qint64(2), qint64(3)}) {
        const Read read = readAll(bytes, delimiter, chunk);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        Rows rows;
        for (const auto& record : read.records) {
            QByteArrayList cells;
            for (const QString& cell : record.cells)
                cells.append(cell.toUtf8());
            rows.append(cells);
        }
        QCOMPARE(rows, expected);
    }
}

void tst_CsvReader::lineNumbersCountNewlinesInsideCells()
{
    const QByteArray bytes = "id,note\n\ncust-1,\"two\nlines\"\r\ncust-2,x\n";
    for (const qint64 chunk : {CsvReader::DefaultChunkBytes, qint64(1)}) {
        const Read read = readAll(bytes, u',', chunk);
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records[0].line, 1);
        QCOMPARE(read.records[1].line, 3);
        QCOMPARE(read.records[2].line, 5);
    }
}

void tst_CsvReader::unclosedQuoteIsAnErrorWithItsLine()
{
    const Read read = readAll("id,note\ncust-1,ok\ncust-2,\"never closed\ncust-3,x\n");
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.error, QStringLiteral("Line 3: a quoted cell is never closed."));
}

void tst_CsvReader::runawayRecordIsRefused()
{
    QByteArray bytes = "id\n\"";
    bytes += QByteArray(CsvReader::MaxRecordChars + 10, 'x');
    bytes += "\"\n";
    const Read read = readAll(bytes);
    QCOMPARE(read.records.size(), 1);
    QVERIFY2(read.error.startsWith(QStringLiteral("Line 2: a record runs on")), qPrintable(read.error));
}

void tst_CsvReader::decodesUtf16AndWindows1252()
{
    const QString text = QStringLiteral("id;name\n1;Müller – €5\n");
    QByteArray le("\xFF\xFE", 2);
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF));
        le.append(char(c.unicode() >> 8));
    }
    const QStringList expected {QStringLiteral("1"), QStringLiteral("Müller – €5")};
    for (const qint64 chunk : {CsvReader::DefaultChunkBytes, qint64(1)}) {
        const Read utf16 = readAll(le, u';', chunk, CsvEncoding::Utf16LE);
        QCOMPARE(utf16.records.size(), 2);
        QCOMPARE(utf16.records[0].cells, (QStringList {QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(utf16.records[1].cells, expected);
    }
    // Windows-1252: ü is 0xFC, the en dash 0x96 and the euro sign 0x80 (not Latin-1).
    const Read cp1252 = readAll("id;name\n1;M\xFCller \x96 \x80"
                                "5\n",
                                u';',
                                1,
                                CsvEncoding::Windows1252);
    QCOMPARE(cp1252.records.size(), 2);
    QCOMPARE(cp1252.records[1].cells, expected);
}

void tst_CsvReader::reportsInvalidUtf8()
{
    QBuffer buffer;
    buffer.setData("id\nM\xFCller\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvFormat {});
    CsvReader::Record record;
    while (reader.next(&record)) {
    }
    QVERIFY(reader.hasEncodingError());
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
