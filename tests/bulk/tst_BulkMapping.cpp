#include "core/bulk/BulkMapping.h"

#include <QTest>

namespace {
QStringList header(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QString::fromUtf8(name));
    return list;
}
} // namespace

class tst_BulkMapping : public QObject
{
    Q_OBJECT
private slots:
    void matchesHeadersCaseInsensitively();
    void otherColumnsBecomeProperties();
    void overrideTakesAnotherColumn();
    void refusesWhatCannotRun_data();
    void refusesWhatCannotRun();
};

void tst_BulkMapping::matchesHeadersCaseInsensitively()
{
    const auto mapping = BulkMapping::resolve(Operation::TagsEdit, header({"ID", " Add ", "remove"}));
    QVERIFY2(mapping.ok(), qPrintable(mapping.error()));
    QCOMPARE(mapping->column(QStringLiteral("id")), 0);
    QCOMPARE(mapping->column(QStringLiteral("add")), 1);
    QCOMPARE(mapping->column(QStringLiteral("remove")), 2);
    QVERIFY(mapping->properties().isEmpty());
}

void tst_BulkMapping::otherColumnsBecomeProperties()
{
    const auto mapping = BulkMapping::resolve(Operation::Identify, header({"id", "first_name", "email", "plan", ""}));
    QVERIFY2(mapping.ok(), qPrintable(mapping.error()));
    QCOMPARE(mapping->properties().size(), 2);
    QCOMPARE(mapping->properties().at(0).name, QStringLiteral("first_name"));
    QCOMPARE(mapping->properties().at(1).column, 3);
}

void tst_BulkMapping::overrideTakesAnotherColumn()
{
    QMap<QString, QString> map {{QStringLiteral("id"), QStringLiteral("Customer")}};
    const auto mapping = BulkMapping::resolve(Operation::Identify, header({"Customer", "id", "Mail"}), map);
    QVERIFY2(mapping.ok(), qPrintable(mapping.error()));
    QCOMPARE(mapping->column(QStringLiteral("id")), 0);
    // The column named id is not mapped to anything else, so it is a property like any other.
    QCOMPARE(mapping->properties().size(), 2);
    QCOMPARE(mapping->properties().at(0).name, QStringLiteral("id"));
}

void tst_BulkMapping::refusesWhatCannotRun_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("mapField");
    QTest::addColumn<QString>("mapColumn");
    QTest::addColumn<QString>("message");
    QTest::newRow("delete without id") << int(Operation::Delete) << header({"email"}) << QString() << QString()
                                       << "The file has no id column (its columns: email). Name a column id, or map "
                                          "one with --map id=COLUMN.";
    QTest::newRow("alias without new_id") << int(Operation::Alias) << header({"id", "new"}) << QString() << QString()
                                          << "The file has no new_id column (its columns: id, new). Name a column "
                                             "new_id, or map one with --map new_id=COLUMN.";
    QTest::newRow("identify without id or email")
        << int(Operation::Identify) << header({"name"}) << QString() << QString()
        << "The file has neither an id nor an email column (its columns: name). Map one with --map id=COLUMN.";
    QTest::newRow("event without name") << int(Operation::TrackEvent) << header({"id"}) << QString() << QString()
                                        << "The file has no event_name column (its columns: id). Give every row the "
                                           "same event with --event-name NAME, or map a column with --map "
                                           "event_name=COLUMN.";
    QTest::newRow("tags without add or remove") << int(Operation::TagsEdit) << header({"id"}) << QString() << QString()
                                                << "The file has neither an add nor a remove column (its columns: id).";
    QTest::newRow("unknown field") << int(Operation::Delete) << header({"id"}) << "email"
                                   << "id"
                                   << "--map email: delete takes the fields id.";
    QTest::newRow("unknown column") << int(Operation::Delete) << header({"id"}) << "id"
                                    << "user"
                                    << "--map id=user: the file has no column \"user\" (its columns: id).";
    QTest::newRow("duplicate names") << int(Operation::Delete) << header({"id", "ID"}) << QString() << QString()
                                     << "Columns 1 and 2 are both named \"ID\"; rename one.";
    QTest::newRow("heartbeat") << int(Operation::Heartbeat) << header({"id"}) << QString() << QString()
                               << "Connection test cannot be run from a file.";
}

void tst_BulkMapping::refusesWhatCannotRun()
{
    QFETCH(int, operation);
    QFETCH(QStringList, columns);
    QFETCH(QString, mapField);
    QFETCH(QString, mapColumn);
    QFETCH(QString, message);
    QMap<QString, QString> map;
    if (!mapField.isEmpty())
        map.insert(mapField, mapColumn);
    const auto mapping = BulkMapping::resolve(Operation(operation), columns, map);
    QVERIFY(!mapping.ok());
    QCOMPARE(mapping.error(), message);
}

QTEST_GUILESS_MAIN(tst_BulkMapping)
#include "tst_BulkMapping.moc"
