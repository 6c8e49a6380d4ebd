#include "core/bulk/BulkRowBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

BulkRowBuilder::Row buildRow(Operation operation,
                             std::initializer_list<const char*> header,
                             std::initializer_list<const char*> cells,
                             const QString& eventName = {})
{
    const auto mapping = BulkMapping::resolve(operation, list(header), {}, eventName);
    if (!mapping.ok())
        qFatal("mapping: %s", qPrintable(mapping.error()));
    BulkRowBuilder builder(mapping.value());
    return builder.build(CsvReader::Record {7, list(cells)});
}

} // namespace

class tst_BulkRowBuilder : public QObject
{
    Q_OBJECT
private slots:
    void identifyInfersPropertyTypes();
    void emptyCellIsNotSent();
    void tagsSplitOnSeparators();
    void eventTakesNameFromOption();
    void invalidRowsNameTheProblem();
    void raggedRowIsAnError();
    void recommendationsAreWarnings();
    void propertyValue_data();
    void propertyValue();
};

void tst_BulkRowBuilder::identifyInfersPropertyTypes()
{
    const auto row = buildRow(Operation::Identify,
                              {"id", "email", "age", "vip", "zip", "plan"},
                              {"cust-1", "a@example.com", "42", "TRUE", "00123", "pro"});
    QVERIFY2(row.ok(), qPrintable(row.errors.join(u"; ")));
    QCOMPARE(row.line, 7);
    const QJsonObject data = row.request.body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("age")), QJsonValue(42));
    QCOMPARE(data.value(QStringLiteral("vip")), QJsonValue(true));
    QCOMPARE(data.value(QStringLiteral("zip")), QJsonValue(QStringLiteral("00123")));
    QCOMPARE(data.value(QStringLiteral("plan")), QJsonValue(QStringLiteral("pro")));
    QCOMPARE(row.request.body.value(QStringLiteral("id")).toString(), QStringLiteral("cust-1"));
    QCOMPARE(row.request.body.value(QStringLiteral("email")).toString(), QStringLiteral("a@example.com"));
}

void tst_BulkRowBuilder::emptyCellIsNotSent()
{
    const auto row = buildRow(Operation::Identify, {"id", "email", "plan", "city"}, {"cust-1", "", "", "Perth"});
    QVERIFY2(row.ok(), qPrintable(row.errors.join(u"; ")));
    QVERIFY(!row.request.body.contains(QStringLiteral("email")));
    const QJsonObject data = row.request.body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.keys(), QStringList {QStringLiteral("city")});
}

void tst_BulkRowBuilder::tagsSplitOnSeparators()
{
    const auto row = buildRow(Operation::TagsEdit, {"id", "add", "remove"}, {"cust-1", "vip| trial ;beta", ""});
    QVERIFY2(row.ok(), qPrintable(row.errors.join(u"; ")));
    QCOMPARE(row.request.body.value(QStringLiteral("add")).toArray(),
             (QJsonArray {QStringLiteral("vip"), QStringLiteral("trial"), QStringLiteral("beta")}));
    QCOMPARE(row.request.body.value(QStringLiteral("remove")).toArray(), QJsonArray());
}

void tst_BulkRowBuilder::eventTakesNameFromOption()
{
    const auto row = buildRow(Operation::TrackEvent, {"id", "amount"}, {"cust-1", "9.99"}, QStringLiteral("Paid"));
    QVERIFY2(row.ok(), qPrintable(row.errors.join(u"; ")));
    QCOMPARE(row.request.body.value(QStringLiteral("event_name")).toString(), QStringLiteral("Paid"));
    QCOMPARE(row.request.body.value(QStringLiteral("data")).toObject().value(QStringLiteral("amount")).toDouble(),
             9.99);
}

void tst_BulkRowBuilder::invalidRowsNameTheProblem()
{
    const auto badEmail = buildRow(Operation::Identify, {"id", "email"}, {"cust-1", "not-an-email"});
    QVERIFY(!badEmail.ok());
    QVERIFY2(badEmail.errors.first().startsWith(QStringLiteral("email: ")), qPrintable(badEmail.errors.first()));
    const auto noTags = buildRow(Operation::TagsEdit, {"id", "add"}, {"cust-1", ""});
    QVERIFY(!noTags.ok());
    const auto sameId = buildRow(Operation::Delete, {"id"}, {""});
    QVERIFY(!sameId.ok());
}

void tst_BulkRowBuilder::raggedRowIsAnError()
{
    const auto shortRow = buildRow(Operation::Delete, {"id", "note"}, {"cust-1"});
    QCOMPARE(
        shortRow.errors,
        QStringList {QStringLiteral("The row has 1 cells, the header 2: a cell is missing or a delimiter too many.")});
    // One empty cell too many is how spreadsheets end lines: not an error.
    const auto trailing = buildRow(Operation::Delete, {"id"}, {"cust-1", ""});
    QVERIFY2(trailing.ok(), qPrintable(trailing.errors.join(u"; ")));
}

void tst_BulkRowBuilder::recommendationsAreWarnings()
{
    const auto row = buildRow(Operation::Identify, {"id", "phone_number"}, {"cust-1", "0412 345 678"});
    QVERIFY2(row.ok(), qPrintable(row.errors.join(u"; ")));
    QCOMPARE(row.warnings.size(), 2); // not E.164, and no email
    const auto tags = buildRow(Operation::TagsEdit, {"id", "add"}, {"cust-1", "trial user"});
    QVERIFY(tags.ok());
    QCOMPARE(tags.warnings.size(), 1);
    QVERIFY(tags.warnings.first().contains(QStringLiteral("trial user")));
}

void tst_BulkRowBuilder::propertyValue_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<bool>("fails");
    using T = BulkMapping::PropertyType;
    QTest::newRow("integer") << "42" << int(T::Inferred) << QJsonValue(42) << false;
    QTest::newRow("negative decimal") << "-3.5" << int(T::Inferred) << QJsonValue(-3.5) << false;
    QTest::newRow("leading zero stays text") << "007" << int(T::Inferred) << QJsonValue(QStringLiteral("007")) << false;
    QTest::newRow("16 digits stay text") << "1234567890123456" << int(T::Inferred)
                                         << QJsonValue(QStringLiteral("1234567890123456")) << false;
    QTest::newRow("exponent stays text") << "1e400" << int(T::Inferred) << QJsonValue(QStringLiteral("1e400")) << false;
    QTest::newRow("false") << "False" << int(T::Inferred) << QJsonValue(false) << false;
    QTest::newRow("text column keeps number") << "42" << int(T::Text) << QJsonValue(QStringLiteral("42")) << false;
    QTest::newRow("number column refuses text") << "abc" << int(T::Number) << QJsonValue() << true;
    QTest::newRow("number column refuses 16 digits") << "1234567890123456" << int(T::Number) << QJsonValue() << true;
    QTest::newRow("boolean column refuses yes") << "yes" << int(T::Boolean) << QJsonValue() << true;
}

void tst_BulkRowBuilder::propertyValue()
{
    QFETCH(QString, cell);
    QFETCH(int, type);
    QFETCH(QJsonValue, expected);
    QFETCH(bool, fails);
    QString error;
    const QJsonValue value = BulkRowBuilder::propertyValue(cell, BulkMapping::PropertyType(type), &error);
    QCOMPARE(!error.isEmpty(), fails);
    if (!fails)
        QCOMPARE(value, expected);
    else
        QVERIFY2(error.contains(cell), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_BulkRowBuilder)
#include "tst_BulkRowBuilder.moc"
