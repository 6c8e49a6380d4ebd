#include "HistoryTestData.h"
#include "core/history/HistoryExporter.h"
#include "core/history/HistoryStore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace HistoryTestData;
using StatusClass = HistoryEntry::StatusClass;

namespace {

// A device that takes `room` bytes and then fails, like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (written.size() + size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written.append(data, size);
        return size;
    }

private:
    qint64 m_room;
};

} // namespace

// CSV and JSON exports of what a filter shows: the formats spreadsheet programs and scripts read, written to
// any device, and to a file only when the whole export succeeded.
class tst_HistoryExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportsFilteredRows();
    void exportToUnwritablePathFails();
    void csvIsExactlyWhatSpreadsheetsRead();
    void pagesThroughLargeHistories();
    void aFailingDeviceIsReported();
    void aFailedExportKeepsTheEarlierFile();
    void formatFollowsTheFileName_data();
    void formatFollowsTheFileName();
    void everyRowCarriesItsWorkspace();
    void severalFiltersInOneFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryExporter::cleanup()
{
    m_dir.reset();
}

void tst_HistoryExporter::exportsFilteredRows()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.insert(entry(identify(QStringLiteral("u1"), {}, QStringLiteral(R"({"note":"a, \"quoted\"\nline"})")), now));
    store.insert(entry(identify(QStringLiteral("u2")), now));
    store.insert(entry(simple(Operation::Delete, QStringLiteral("u1")), now, StatusClass::Rejected));
    HistoryStore::Filter filter;
    filter.user = QStringLiteral("u1");

    HistoryExporter exporter(&store);
    const QString csvFile = m_dir->filePath(QStringLiteral("out.csv"));
    QCOMPARE(exporter.writeFile(filter, HistoryExporter::Format::Csv, csvFile).valueOr(-1), 2);
    const QByteArray csv = readAll(csvFile);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,time,workspace,"));
    QVERIFY(!csv.contains(",u2,"));
    // Commas, quotes and line breaks are quoted (RFC 4180), so the file has 1 header + 2 records.
    QVERIFY(csv.contains(R"(""note"":""a, \""quoted\""\nline"")"));
    QCOMPARE(csv.count("\r\n"), 3);
    QVERIFY(csv.contains(",delete,POST,"));
    QVERIFY(csv.contains(",rejected,400,"));

    const QString jsonFile = m_dir->filePath(QStringLiteral("out.json"));
    QCOMPARE(exporter.writeFile(filter, HistoryExporter::Format::Json, jsonFile).valueOr(-1), 2);
    QJsonParseError parseError;
    const QJsonArray array = QJsonDocument::fromJson(readAll(jsonFile), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("delete"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("input")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("u1"));
    QCOMPARE(
        array.at(1).toObject().value(QStringLiteral("request_body")).toObject().value(QStringLiteral("auth_token")),
        QJsonValue(QStringLiteral("***")));

    filter.user = QStringLiteral("nobody");
    QCOMPARE(exporter.writeFile(filter, HistoryExporter::Format::Json, jsonFile).valueOr(-1), 0);
    QCOMPARE(QJsonDocument::fromJson(readAll(jsonFile)).array().size(), 0);
}

void tst_HistoryExporter::exportToUnwritablePathFails()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc()));
    HistoryExporter exporter(&store);
    const Fallible<qint64> written = exporter.writeFile(
        {}, HistoryExporter::Format::Csv, m_dir->filePath(QStringLiteral("missing/folder/out.csv")));
    QVERIFY(!written);
    const QString error = written.error();
    QVERIFY2(error.contains(QStringLiteral("could not be exported")), qPrintable(error));
    QCOMPARE(exporter.errorString(), error);
}

void tst_HistoryExporter::csvIsExactlyWhatSpreadsheetsRead()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    HistoryEntry row = entry(identify(QStringLiteral("u1")), time, StatusClass::Rejected);
    row.message = QStringLiteral("Bad \"id\", try again");
    const qint64 id = store.insert(row);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    HistoryExporter exporter(&store);
    QCOMPARE(exporter.write({}, HistoryExporter::Format::Csv, &buffer).valueOr(-1), 1);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 3); // header, one record, and nothing after the last CRLF
    QCOMPARE(lines.at(0),
             "\xEF\xBB\xBFid,time,workspace,operator,source,operation,method,url,user_id,new_user_id,email,event_name,"
             "status_class,http_status,message,elapsed_ms,network_error,request_body,response_body,"
             "response_truncated,bulk_job,request_headers,response_headers\r");
    QVERIFY(lines.at(1).startsWith(
        QByteArray(QByteArray::number(id) + ",2026-01-02T03:04:05.678Z,test,tester,gui,identify,POST,")));
    QVERIFY(lines.at(1).contains(R"(,rejected,400,"Bad ""id"", try again",42,,)"));
    QVERIFY(lines.at(1).endsWith(",false,,,\r")); // no bulk job, no headers (written before schema 7)
    QVERIFY(lines.at(2).isEmpty());
    QVERIFY(exporter.errorString().isEmpty());
}

void tst_HistoryExporter::pagesThroughLargeHistories()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const int count = HistoryExporter::PageRows * 2 + 7;
    QCOMPARE(store.insertMany(identifies(count, QDateTime::currentDateTimeUtc())), count);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(HistoryExporter(&store).write({}, HistoryExporter::Format::Json, &buffer).valueOr(-1), count);
    const QJsonArray array = QJsonDocument::fromJson(buffer.data()).array();
    QCOMPARE(array.size(), count);
    // Newest first, every row once.
    QCOMPARE(array.first().toObject().value(QStringLiteral("user_id")).toString(),
             QStringLiteral("u%1").arg(count - 1));
    QCOMPARE(array.last().toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("u0"));
}

void tst_HistoryExporter::aFailingDeviceIsReported()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    store.insert(entry(identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc()));
    FullDevice device(100);
    HistoryExporter exporter(&store);
    const Fallible<qint64> written = exporter.write({}, HistoryExporter::Format::Csv, &device);
    QVERIFY(!written);
    QCOMPARE(written.error(), QStringLiteral("No space left on device"));
    QCOMPARE(exporter.errorString(), written.error());
    // A later success clears it.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(exporter.write({}, HistoryExporter::Format::Json, &buffer).valueOr(-1), 1);
    QVERIFY(exporter.errorString().isEmpty());
}

void tst_HistoryExporter::aFailedExportKeepsTheEarlierFile()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QCOMPARE(store.insertMany(identifies(2000, QDateTime::currentDateTimeUtc())), 2000);
    } // closing checkpoints the rows into the file
    HistoryStore store(path());
    QVERIFY(store.open());
    HistoryExporter exporter(&store);
    const QString file = m_dir->filePath(QStringLiteral("out.json"));
    HistoryStore::Filter oneUser;
    oneUser.user = QStringLiteral("u7");
    QCOMPARE(exporter.writeFile(oneUser, HistoryExporter::Format::Json, file).valueOr(-1), 1);
    const QByteArray before = readAll(file);

    // The file is damaged under the store: a full export reads pages it never cached and fails half way.
    QVERIFY(wreckAfterHeader(path()));
    HistoryStore::Filter everything;
    everything.text = QStringLiteral("u");
    const Fallible<qint64> written = exporter.writeFile(everything, HistoryExporter::Format::Json, file);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QStringLiteral("could not be exported")), qPrintable(written.error()));
    QVERIFY2(written.error().contains(QStringLiteral("could not be read")), qPrintable(written.error()));
    QCOMPARE(readAll(file), before);
}

void tst_HistoryExporter::formatFollowsTheFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("json");
    QTest::newRow("csv") << QStringLiteral("/tmp/history.csv") << false;
    QTest::newRow("json") << QStringLiteral("/tmp/history.json") << true;
    QTest::newRow("JSON, capitals") << QStringLiteral("/tmp/HISTORY.JSON") << true;
    QTest::newRow("no suffix") << QStringLiteral("/tmp/history") << false;
    QTest::newRow("json in the folder only") << QStringLiteral("/tmp/json/history.txt") << false;
}

void tst_HistoryExporter::formatFollowsTheFileName()
{
    QFETCH(QString, fileName);
    QFETCH(bool, json);
    QCOMPARE(HistoryExporter::formatFor(fileName) == HistoryExporter::Format::Json, json);
}

void tst_HistoryExporter::everyRowCarriesItsWorkspace()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.insert(entry(identify(QStringLiteral("u1")), now, StatusClass::Success, QStringLiteral("Production")));
    store.insert(entry(identify(QStringLiteral("u2")), now, StatusClass::Success, QStringLiteral("Sandbox")));
    HistoryStore::Filter production;
    production.workspace = QStringLiteral("Production");
    HistoryExporter exporter(&store);
    const QString csvFile = m_dir->filePath(QStringLiteral("production.csv"));
    QCOMPARE(exporter.writeFile(production, HistoryExporter::Format::Csv, csvFile).valueOr(-1), 1);
    const QByteArray csv = readAll(csvFile);
    QVERIFY(csv.contains(",Production,"));
    QVERIFY(!csv.contains(",Sandbox,"));
    const QString jsonFile = m_dir->filePath(QStringLiteral("all.json"));
    QCOMPARE(exporter.writeFile(HistoryStore::Filter(), HistoryExporter::Format::Json, jsonFile).valueOr(-1), 2);
    const QJsonArray array = QJsonDocument::fromJson(readAll(jsonFile)).array();
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("workspace")).toString(), QStringLiteral("Sandbox"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("workspace")).toString(), QStringLiteral("Production"));
}

/// A retention plan's parts, workspace by workspace, in one file: a JSON array and one CSV header.
void tst_HistoryExporter::severalFiltersInOneFile()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i) {
        store.insert(
            entry(identify(QStringLiteral("p%1").arg(i)), now, StatusClass::Success, QStringLiteral("Production")));
        store.insert(
            entry(identify(QStringLiteral("s%1").arg(i)), now, StatusClass::Success, QStringLiteral("Sandbox")));
    }
    HistoryStore::Filter first;
    first.workspace = QStringLiteral("Production");
    first.throughId = 3; // p0 and p1
    HistoryStore::Filter second;
    second.workspace = QStringLiteral("Sandbox");
    HistoryExporter exporter(&store);
    const QString jsonFile = m_dir->filePath(QStringLiteral("plan.json"));
    QCOMPARE(exporter.writeEachToFile({first, second}, HistoryExporter::Format::Json, jsonFile).valueOr(-1), 5);
    QJsonParseError parseError;
    const QJsonArray array = QJsonDocument::fromJson(readAll(jsonFile), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QStringList users;
    for (const QJsonValue& row : array) {
        users << row.toObject().value(QStringLiteral("user_id")).toString();
    }
    QCOMPARE(users,
             (QStringList {QStringLiteral("p1"),
                           QStringLiteral("p0"),
                           QStringLiteral("s2"),
                           QStringLiteral("s1"),
                           QStringLiteral("s0")}));
    const QString csvFile = m_dir->filePath(QStringLiteral("plan.csv"));
    QCOMPARE(exporter.writeEachToFile({first, second}, HistoryExporter::Format::Csv, csvFile).valueOr(-1), 5);
    const QByteArray csv = readAll(csvFile);
    QCOMPARE(csv.count("id,time,workspace"), 1);
    QCOMPARE(csv.count("\r\n"), 6);
}

QTEST_GUILESS_MAIN(tst_HistoryExporter)
#include "tst_HistoryExporter.moc"
