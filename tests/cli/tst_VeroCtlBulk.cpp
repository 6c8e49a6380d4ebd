#include "SandboxTestClient.h"
#include "VeroCtlRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = VeroCtlRunner::Run;

QString jobIdIn(const QString& err)
{
    static const QRegularExpression pattern(QStringLiteral("job ([0-9]{8}-[0-9]{6}-[0-9a-f]{4}): "));
    return pattern.match(err).captured(1);
}
} // namespace

// veroctl bulk as scripts use it (a contract): a real vero-sandbox, the exit codes, the job id on stderr, the
// outbox surviving a kill, and nothing sent when the input is unusable.
class tst_VeroCtlBulk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void runsEveryRow();
    void propertyTypesAreChosenPerColumn();
    void unusableInputSendsNothing_data();
    void unusableInputSendsNothing();
    void dryRunReportsInvalidRowsByLine();
    void invalidRowsRefuseUnlessSkipped();
    void destructiveRunNeedsYesWithoutTerminal();
    void failedRowsGoOutAndRetry();
    void interruptedRunResumesOnlyWhereItStarted();
    void killedRunResumesWithoutLosingARow();
    void listAndShowJson();

private:
    Run veroctl(const QStringList& arguments, const QString& token = SandboxTestClient::token());
    QString csv(const QByteArray& bytes);
    QStringList base() const { return {QStringLiteral("--base-url"), m_sandbox->apiBaseUrl().toString()}; }
    void setFaults(const QByteArray& json);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QTemporaryDir m_home;
    int m_files = 0;
};

void tst_VeroCtlBulk::initTestCase()
{
    m_sandbox = SandboxTestClient::start({QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->rootUrl());
}

void tst_VeroCtlBulk::init()
{
    QVERIFY(m_client->reset());
    setFaults(R"({"latency_ms":0,"fail_rate":0,"rate_limit":0,"drop_rate":0})");
}

void tst_VeroCtlBulk::setFaults(const QByteArray& json)
{
    const auto reply = m_client->send("PUT", QStringLiteral("/sandbox/faults"), json);
    QVERIFY2(reply.status == 200, reply.body.constData());
}

Run tst_VeroCtlBulk::veroctl(const QStringList& arguments, const QString& token)
{
    VeroCtlRunner runner(m_home.path());
    runner.setToken(token);
    return runner.run(QStringList {QStringLiteral("bulk")} + arguments);
}

QString tst_VeroCtlBulk::csv(const QByteArray& bytes)
{
    const QString path = m_home.filePath(QStringLiteral("input-%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_VeroCtlBulk::runsEveryRow()
{
    const QString file = csv("ID;E-Mail;Plan\r\ncust-1;a@example.com;pro\r\ncust-2;b@example.com;basic\r\n");
    const Run run = veroctl(QStringList {QStringLiteral("--op"),
                                         QStringLiteral("identify"),
                                         QStringLiteral("--file"),
                                         file,
                                         QStringLiteral("--map"),
                                         QStringLiteral("email=E-Mail")}
                            + base());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!jobIdIn(run.err).isEmpty(), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("semicolon-separated (detected)")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("2 rows: 2 done, 0 rejected, 0 failed, 0 invalid, 0 pending")),
             qPrintable(run.out));
    const QJsonObject user = m_client->user(QStringLiteral("cust-2"));
    QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("b@example.com"));
    QCOMPARE(user.value(QStringLiteral("properties")).toObject().value(QStringLiteral("Plan")).toString(),
             QStringLiteral("basic"));

    // Every request is in the shared history, with source "bulk" and the job's id.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(m_home.filePath(QStringLiteral("data/vero-admin/history.sqlite")));
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM requests WHERE source = 'bulk' AND bulk_job = ?"));
        query.addBindValue(jobIdIn(run.err));
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_VeroCtlBulk::propertyTypesAreChosenPerColumn()
{
    // A zip code stays text, a count is a number, a flag given as text stays text: what --type says, not the cell.
    const QString file = csv("id,zip,seats,flag\ncust-1,0800,12,true\ncust-2,2000,3,false\n");
    const Run run = veroctl(QStringList {QStringLiteral("--op"),
                                         QStringLiteral("identify"),
                                         QStringLiteral("--file"),
                                         file,
                                         QStringLiteral("--type"),
                                         QStringLiteral("zip=text"),
                                         QStringLiteral("--type"),
                                         QStringLiteral("flag=TEXT")}
                            + base());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject properties
        = m_client->user(QStringLiteral("cust-1")).value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("zip")), QJsonValue(QStringLiteral("0800")));
    QCOMPARE(properties.value(QStringLiteral("seats")), QJsonValue(12));
    QCOMPARE(properties.value(QStringLiteral("flag")), QJsonValue(QStringLiteral("true")));

    // A cell that does not fit the chosen type makes its row invalid, reported by line; nothing is sent.
    const QString bad = csv("id,seats\ncust-3,12\ncust-4,twelve\n");
    const Run refused = veroctl(QStringList {QStringLiteral("--op"),
                                             QStringLiteral("identify"),
                                             QStringLiteral("--file"),
                                             bad,
                                             QStringLiteral("--type"),
                                             QStringLiteral("seats=number"),
                                             QStringLiteral("--dry-run")}
                                + base());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("line 3")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("\"twelve\" is not a number")), qPrintable(refused.err));
    QVERIFY(m_client->user(QStringLiteral("cust-3")).isEmpty());
}

void tst_VeroCtlBulk::unusableInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ok = csv("id\ncust-1\n");
    const QString file = QStringLiteral("--file");
    const QString op = QStringLiteral("--op");
    QTest::newRow("no mode") << QStringList {} << QStringLiteral("Give --op OP --file FILE");
    QTest::newRow("unknown op") << QStringList {op, QStringLiteral("heartbeat"), file, ok}
                                << QStringLiteral("--op must be one of");
    QTest::newRow("missing file") << QStringList {op, QStringLiteral("delete"), file, QStringLiteral("/nope.csv")}
                                  << QStringLiteral("Cannot read");
    QTest::newRow("missing column") << QStringList {op, QStringLiteral("alias"), file, ok}
                                    << QStringLiteral("no new_id column");
    QTest::newRow("bad map")
        << QStringList {op, QStringLiteral("delete"), file, ok, QStringLiteral("--map"), QStringLiteral("id")}
        << QStringLiteral("--map takes FIELD=COLUMN");
    QTest::newRow("concurrency")
        << QStringList {op, QStringLiteral("delete"), file, ok, QStringLiteral("--concurrency"), QStringLiteral("17")}
        << QStringLiteral("--concurrency must be");
    QTest::newRow("rate")
        << QStringList {op, QStringLiteral("delete"), file, ok, QStringLiteral("--rate"), QStringLiteral("0")}
        << QStringLiteral("--rate must be");
    QTest::newRow("encoding")
        << QStringList {op, QStringLiteral("delete"), file, ok, QStringLiteral("--encoding"), QStringLiteral("ebcdic")}
        << QStringLiteral("--encoding must be one of");
    QTest::newRow("unknown type") << QStringList {op,
                                                  QStringLiteral("identify"),
                                                  file,
                                                  csv("id,plan\ncust-1,7\n"),
                                                  QStringLiteral("--type"),
                                                  QStringLiteral("plan=date")}
                                  << QStringLiteral("--type takes COLUMN=TYPE with TYPE one of text, number, boolean");
    QTest::newRow("type of a field") << QStringList {op,
                                                     QStringLiteral("identify"),
                                                     file,
                                                     csv("id,plan\ncust-1,7\n"),
                                                     QStringLiteral("--type"),
                                                     QStringLiteral("id=number")}
                                     << QStringLiteral("\"id\" is not a property column, so it cannot have a type.");
    QTest::newRow("type without properties")
        << QStringList {op, QStringLiteral("delete"), file, ok, QStringLiteral("--type"), QStringLiteral("id=text")}
        << QStringLiteral("delete takes no properties");
    QTest::newRow("two modes") << QStringList {file, ok, QStringLiteral("--list")}
                               << QStringLiteral("Use one of --list, --file at a time.");
    QTest::newRow("unknown job") << QStringList {QStringLiteral("--resume"), QStringLiteral("nope")}
                                 << QStringLiteral("There is no bulk job nope");
    QTest::newRow("broken quote") << QStringList {op, QStringLiteral("delete"), file, csv("id\n\"cust-1\n")}
                                  << QStringLiteral("a quoted cell is never closed");
}

void tst_VeroCtlBulk::unusableInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = veroctl(arguments + base() + QStringList {QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(m_client->requests().size(), 0);
}

void tst_VeroCtlBulk::dryRunReportsInvalidRowsByLine()
{
    const QString file = csv("id,email\ncust-1,a@example.com\ncust-2,not-an-email\n\ncust-3,c@example.com\n");
    const Run run = veroctl(QStringList {QStringLiteral("--op"),
                                         QStringLiteral("identify"),
                                         QStringLiteral("--file"),
                                         file,
                                         QStringLiteral("--dry-run")}
                            + base());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("line 3: error: email: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("3 rows: 2 valid, 1 invalid")), qPrintable(run.err));
    QCOMPARE(m_client->requests().size(), 0);
}

void tst_VeroCtlBulk::invalidRowsRefuseUnlessSkipped()
{
    const QString file = csv("id,add\ncust-1,vip\ncust-2,\n");
    const QStringList arguments
        = QStringList {QStringLiteral("--op"), QStringLiteral("tags"), QStringLiteral("--file"), file} + base();
    const Run refused = veroctl(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--skip-invalid")), qPrintable(refused.err));
    QCOMPARE(m_client->requests().size(), 0);

    const Run skipped = veroctl(arguments + QStringList {QStringLiteral("--skip-invalid")});
    QCOMPARE(skipped.exitCode, 1); // one row invalid
    QCOMPARE(m_client->requests().size(), 1);
}

void tst_VeroCtlBulk::destructiveRunNeedsYesWithoutTerminal()
{
    QVERIFY(m_client
                ->send("POST",
                       QStringLiteral("/api/v2/users/track"),
                       R"({"auth_token":"sandbox-test-token-1","id":"cust-9"})")
                .status
            == 200);
    const QString file = csv("id\ncust-9\n");
    const QStringList arguments
        = QStringList {QStringLiteral("--op"), QStringLiteral("delete"), QStringLiteral("--file"), file} + base();
    const Run refused = veroctl(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("Refusing to delete 1 users on command-line without --yes")),
             qPrintable(refused.err));
    QVERIFY(m_client->user(QStringLiteral("cust-9")).contains(QStringLiteral("id")));

    const Run confirmed = veroctl(arguments + QStringList {QStringLiteral("--yes")});
    QCOMPARE(confirmed.exitCode, 0);
    QVERIFY(!m_client->user(QStringLiteral("cust-9")).contains(QStringLiteral("id")));
}

void tst_VeroCtlBulk::failedRowsGoOutAndRetry()
{
    setFaults(R"({"fail_rate":1})");
    const QString file = csv("id,first_name\ncust-1,\"Smith, Jane\"\ncust-2,Bob\n");
    const QString out = m_home.filePath(QStringLiteral("failed.csv"));
    const Run run = veroctl(QStringList {QStringLiteral("--op"),
                                         QStringLiteral("identify"),
                                         QStringLiteral("--file"),
                                         file,
                                         QStringLiteral("--max-attempts"),
                                         QStringLiteral("1"),
                                         QStringLiteral("--failed-out"),
                                         out}
                            + base());
    QCOMPARE(run.exitCode, 1);
    const QString job = jobIdIn(run.err);
    QFile failed(out);
    QVERIFY(failed.open(QIODevice::ReadOnly));
    const QByteArray text = failed.readAll();
    QVERIFY2(text.startsWith("id,first_name,line,status,http_status,attempts,error\r\n"), text.constData());
    QVERIFY2(text.contains("cust-1,\"Smith, Jane\",2,failed,5"), text.constData());

    setFaults(R"({"fail_rate":0})");
    const Run again = veroctl(QStringList {QStringLiteral("--retry-failed"), job} + base());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(m_client->user(QStringLiteral("cust-1"))
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("first_name"))
                 .toString(),
             QStringLiteral("Smith, Jane"));

    // The failed-rows file re-imports as it is.
    const Run reimport = veroctl(QStringList {QStringLiteral("--op"),
                                              QStringLiteral("identify"),
                                              QStringLiteral("--file"),
                                              out,
                                              QStringLiteral("--dry-run")}
                                 + base());
    QCOMPARE(reimport.exitCode, 0);
}

void tst_VeroCtlBulk::interruptedRunResumesOnlyWhereItStarted()
{
    const QString file = csv("id,add\nr-1,vip\nr-2,vip\nr-3,vip\n");
    const Run refused
        = veroctl(QStringList {QStringLiteral("--op"), QStringLiteral("tags"), QStringLiteral("--file"), file} + base(),
                  QStringLiteral("wrong-token"));
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("401")), qPrintable(refused.err));
    const QString job = jobIdIn(refused.err);
    QVERIFY(!job.isEmpty());

    // Elsewhere is refused, naming where the job belongs.
    const Run elsewhere = veroctl(
        {QStringLiteral("--resume"), job, QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/api/v2")});
    QCOMPARE(elsewhere.exitCode, 2);
    QVERIFY2(elsewhere.err.contains(QStringLiteral("resume it with --base-url ") + m_sandbox->apiBaseUrl().toString()),
             qPrintable(elsewhere.err));

    const Run resumed = veroctl(QStringList {QStringLiteral("--resume"), job} + base());
    QCOMPARE(resumed.exitCode, 0);
    QVERIFY2(resumed.out.contains(QStringLiteral("3 rows: 3 done")), qPrintable(resumed.out));
}

void tst_VeroCtlBulk::killedRunResumesWithoutLosingARow()
{
    setFaults(R"({"latency_ms":100})");
    QByteArray bytes = "id\n";
    for (int i = 1; i <= 60; ++i)
        bytes += "kill-" + QByteArray::number(i) + '\n';
    const QString file = csv(bytes);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), SandboxTestClient::token());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VEROCTL_PATH),
                  QStringList {QStringLiteral("bulk"),
                               QStringLiteral("--op"),
                               QStringLiteral("identify"),
                               QStringLiteral("--file"),
                               file,
                               QStringLiteral("--concurrency"),
                               QStringLiteral("2")}
                      + base());
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->users().size() >= 10, 30000);
    process.kill(); // SIGKILL: no chance to write anything more
    QVERIFY(process.waitForFinished());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString job = jobIdIn(err);
    QVERIFY2(!job.isEmpty(), qPrintable(err));
    QVERIFY(m_client->users().size() < 60);

    setFaults(R"({"latency_ms":0})");
    const Run resumed = veroctl(QStringList {QStringLiteral("--resume"), job} + base());
    QCOMPARE(resumed.exitCode, 0);
    QVERIFY2(resumed.out.contains(QStringLiteral("60 rows: 60 done")), qPrintable(resumed.out));
    QCOMPARE(m_client->users().size(), 60);
}

void tst_VeroCtlBulk::listAndShowJson()
{
    const QString file = csv("id\nshow-1\n");
    const Run run = veroctl(
        QStringList {QStringLiteral("--op"), QStringLiteral("resubscribe"), QStringLiteral("--file"), file} + base());
    QCOMPARE(run.exitCode, 0);
    const QString job = jobIdIn(run.err);

    const Run list = veroctl({QStringLiteral("--list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY(!jobs.isEmpty());
    const QJsonObject newest = jobs.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("id")).toString(), job);
    for (const char* key :
         {"id", "state", "op", "file", "workspace", "total", "done", "rejected", "failed", "pending", "created"})
        QVERIFY2(newest.contains(QLatin1String(key)), key);
    QCOMPARE(newest.value(QStringLiteral("op")).toString(), QStringLiteral("resubscribe"));
    QCOMPARE(newest.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));

    const Run show = veroctl({QStringLiteral("--show"), job, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("done")).toInt(), 1);
    QVERIFY(shown.value(QStringLiteral("rows_not_done")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(tst_VeroCtlBulk)
#include "tst_VeroCtlBulk.moc"
