#include "core/bulk/BulkValidation.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
QString writeFile(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

BulkSource::Options options(Operation operation)
{
    BulkSource::Options result;
    result.operation = operation;
    return result;
}
} // namespace

class tst_BulkValidation : public QObject
{
    Q_OBJECT
private slots:
    void countsAndListsProblemsByLine();
    void excelGermanFileReadsRight();
    void unusableFileSaysWhy();
    void brokenQuoteStopsTheRun();
    void manyRowsKeepAFewIssues();
};

void tst_BulkValidation::countsAndListsProblemsByLine()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir,
                                   "id,email,plan\r\n"
                                   "cust-1,a@example.com,pro\r\n"
                                   "cust-2,broken,pro\r\n"
                                   "\r\n"
                                   "cust-3,,basic\r\n");
    auto source = BulkSource::open(path, options(Operation::Identify));
    QVERIFY2(source.ok(), qPrintable(source.error()));
    const BulkValidation report = BulkValidation::run(*source.value());
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.invalid, 1);
    QCOMPARE(report.warned, 1); // cust-3 has no email
    QVERIFY(!report.canRun(false));
    QVERIFY(report.canRun(true));
    QCOMPARE(report.issues.size(), 2);
    QCOMPARE(report.issues.at(0).line, 3);
    QVERIFY(report.issues.at(0).isError);
    QCOMPARE(report.issues.at(1).line, 5);
    QVERIFY(!report.issues.at(1).isError);
    QVERIFY2(report.describe().first().startsWith(QStringLiteral("line 3: error: email: ")),
             qPrintable(report.describe().first()));
}

void tst_BulkValidation::excelGermanFileReadsRight()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir,
                                   "ID;Add\r\nm\xFCller-1;\"vip|gr\xFC"
                                   "n\"\r\n");
    auto source = BulkSource::open(path, options(Operation::TagsEdit));
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source.value()->format().encoding, CsvEncoding::Windows1252);
    QCOMPARE(source.value()->format().delimiter, QChar(u';'));
    BulkRowBuilder::Row row;
    QVERIFY(source.value()->next(&row));
    QVERIFY2(row.ok(), qPrintable(row.errors.join(u"; ")));
    QCOMPARE(row.input.id, QStringLiteral("müller-1"));
    QCOMPARE(row.input.tagsAdd, (QStringList {QStringLiteral("vip"), QStringLiteral("grün")}));
}

void tst_BulkValidation::unusableFileSaysWhy()
{
    QTemporaryDir dir;
    auto missing = BulkSource::open(dir.filePath(QStringLiteral("nope.csv")), options(Operation::Delete));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(QStringLiteral("Cannot read ")), qPrintable(missing.error()));
    auto empty = BulkSource::open(writeFile(dir, ""), options(Operation::Delete));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().contains(QStringLiteral("is empty")), qPrintable(empty.error()));
    auto noId = BulkSource::open(writeFile(dir, "email\na@example.com\n"), options(Operation::Delete));
    QVERIFY(!noId.ok());
    QVERIFY2(noId.error().contains(QStringLiteral("no id column")), qPrintable(noId.error()));
}

void tst_BulkValidation::brokenQuoteStopsTheRun()
{
    QTemporaryDir dir;
    auto source = BulkSource::open(writeFile(dir, "id\ncust-1\n\"cust-2\ncust-3\n"), options(Operation::Delete));
    QVERIFY(source.ok());
    const BulkValidation report = BulkValidation::run(*source.value());
    QCOMPARE(report.readError, QStringLiteral("Line 3: a quoted cell is never closed."));
    QVERIFY(!report.canRun(true));
}

void tst_BulkValidation::manyRowsKeepAFewIssues()
{
    QTemporaryDir dir;
    QByteArray bytes = "id,email\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "cust-" + QByteArray::number(i) + ",bad\n";
    auto source = BulkSource::open(writeFile(dir, bytes), options(Operation::Identify));
    QVERIFY(source.ok());
    const BulkValidation report = BulkValidation::run(*source.value());
    QCOMPARE(report.rows, 20000);
    QCOMPARE(report.invalid, 20000);
    QCOMPARE(report.issueCount, 20000);
    QCOMPARE(report.issues.size(), BulkValidation::MaxIssues);
    QCOMPARE(report.describe().last(), QStringLiteral("... and 19000 more"));
}

QTEST_GUILESS_MAIN(tst_BulkValidation)
#include "tst_BulkValidation.moc"
