// Opens a history of 1,000,000 rows and times what the history pane does with it: open the store, fetch the
// model's first page, filter by user id / email / operation / status / date, scroll deep, check for duplicate
// events. Every figure is printed as a ratio against references measured in the same run on the same machine
// (a bare `SELECT 1` through QSqlQuery, and constructing an empty QStandardItemModel), so results compare across
// machines. Absolute times are printed too, next to one 60 Hz frame (16.7 ms).
//
//   bench_history [--rows N] [--db FILE] [--generate-only] [--clear]
// An existing FILE with N rows is reused; otherwise it is generated (--generate-only stops there: the start-up
// benchmark opens the app on it). --clear also times "Clear history" on a copy of the file. The figures bench/run
// collects are repeated at the end as "figure NAME VALUE_US 16667 RATIO" lines, against one 60 Hz frame.

#include "core/api/RequestBuilder.h"
#include "core/api/WireRequest.h"
#include "core/history/HistoryExporter.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

QTextStream out(stdout);

// Median of `runs` timings of `work`, in microseconds. `prepare` runs untimed before each one.
double medianMicros(int runs, const std::function<void()>& work, const std::function<void()>& prepare = {})
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare) {
            prepare();
        }
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1000.0;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

HistoryEntry makeEntry(int i, const QDateTime& start)
{
    const QString user = QStringLiteral("user-%1").arg(i % 10000);
    OperationInput input;
    input.id = user;
    switch (i % 4) {
        case 0:
            input.operation = Operation::TrackEvent;
            input.eventName = QStringLiteral("Viewed product");
            input.data = QStringLiteral(R"({"sku":"SKU-%1","price":%2})").arg(i % 977).arg(i % 300);
            break;
        case 1:
            input.operation = Operation::Identify;
            input.email = user + QStringLiteral("@example.com");
            input.data = QStringLiteral(R"({"plan":"pro","seats":%1})").arg(i % 50);
            break;
        case 2:
            input.operation = Operation::TagsEdit;
            input.tagsAdd = QStringList {QStringLiteral("tag-%1").arg(i % 20)};
            break;
        default:
            input.operation = Operation::Unsubscribe;
            break;
    }
    Workspace workspace;
    workspace.name = QStringLiteral("production");
    const WireRequest wire = WireRequest::redacted(RequestBuilder::build(input).request, workspace);
    HistoryEntry entry;
    entry.time = start.addSecs(i * 30);
    entry.workspace = workspace.name;
    entry.operatorName = QStringLiteral("support");
    entry.setRequest(input, wire.method, wire.url, wire.body);
    const int outcome = i % 20;
    entry.statusClass = outcome < 17   ? HistoryEntry::StatusClass::Success
                        : outcome < 19 ? HistoryEntry::StatusClass::Rejected
                                       : HistoryEntry::StatusClass::Failed;
    entry.httpStatus = outcome < 17 ? 200 : outcome < 19 ? 400 : 0;
    entry.message = outcome < 17   ? QStringLiteral("Success.")
                    : outcome < 19 ? QStringLiteral("Bad request.")
                                   : QString();
    entry.responseBody
        = outcome < 19 ? QStringLiteral(R"({"status":%1,"message":"%2"})").arg(entry.httpStatus).arg(entry.message)
                       : QString();
    entry.networkError
        = outcome == 19 ? QStringLiteral("The connection to api.getvero.com timed out after 30 s.") : QString();
    entry.elapsedMs = 40 + i % 200;
    return entry;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QStandardItemModel, the reference, lives in Qt Gui
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"),
                      QStringLiteral("Rows in the history (default 1000000)."),
                      QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database file to reuse or create."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("generate-only"), QStringLiteral("Generate the history, measure nothing.")});
    parser.addOption({QStringLiteral("count-only"), QStringLiteral("Print the rows FILE holds, measure nothing.")});
    parser.addOption({QStringLiteral("clear"), QStringLiteral("Also time clearing a copy of the history.")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();

    QTemporaryDir temporary;
    const QString file = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : temporary.filePath(QStringLiteral("history.sqlite"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-qint64(rows) * 30);
    if (parser.isSet(QStringLiteral("count-only"))) {
        HistoryStore store(file, HistoryStore::Access::ReadOnly);
        store.open();
        out << store.count() << Qt::endl;
        return 0;
    }
    {
        HistoryStore store(file);
        store.open();
        if (store.count() != rows) {
            if (const HistoryStore::Cleared cleared = store.clear(); !cleared.ok()) {
                out << cleared.error << Qt::endl;
                return 1;
            }
            out << "Generating " << rows << " rows in " << file << " ..." << Qt::endl;
            QElapsedTimer timer;
            timer.start();
            QList<HistoryEntry> batch;
            for (int i = 0; i < rows; ++i) {
                batch << makeEntry(i, start);
                if (batch.size() == 20000 || i == rows - 1) {
                    if (store.insertMany(batch) != batch.size()) {
                        out << "Writing failed: " << store.lastError() << Qt::endl;
                        return 1;
                    }
                    batch.clear();
                }
            }
            out << "  generated in " << timer.elapsed() / 1000.0 << " s ("
                << qRound(rows / qMax(0.001, timer.elapsed() / 1000.0)) << " rows/s, batches of 20000)" << Qt::endl;
        }
    }
    out << "History: " << rows << " rows, " << QFileInfo(file).size() / (1024 * 1024) << " MiB" << Qt::endl << Qt::endl;
    if (parser.isSet(QStringLiteral("generate-only"))) {
        return 0;
    }

    // References, measured now, on this machine.
    QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
    reference.setDatabaseName(file);
    reference.open();
    const double select1 = medianMicros(301, [&reference] {
        QSqlQuery query(reference);
        query.exec(QStringLiteral("SELECT 1"));
        query.next();
    });
    const double emptyModel = medianMicros(301, [] { QStandardItemModel model; });

    struct Figure
    {
        QString name;
        double micros;
    };
    QList<Figure> figures;

    HistoryStore store(file);
    figures << Figure {QStringLiteral("open the store (schema check, WAL)"),
                       medianMicros(21, [&store] { store.open(); }, {})};

    figures << Figure {QStringLiteral("model: first page (200 rows), newest first"), medianMicros(51, [&store] {
                           HistoryModel model;
                           model.setStore(&store);
                       })};

    HistoryModel model;
    model.setStore(&store);
    int userIndex = 0;
    const auto nextUser = [&userIndex] { return QStringLiteral("user-%1").arg((userIndex++ * 7919) % 10000); };
    figures << Figure {QStringLiteral("filter: user id (first page of ~100 rows)"),
                       medianMicros(51, [&] { model.setUserFilter(nextUser()); })};
    figures << Figure {QStringLiteral("filter: email, any case"), medianMicros(51, [&] {
                           model.setUserFilter(nextUser().toUpper() + QStringLiteral("@EXAMPLE.COM"));
                       })};
    model.setUserFilter({});
    int operationIndex = 0;
    figures << Figure {
        QStringLiteral("filter: operation"), medianMicros(21, [&] {
            const QList<Operation> operations {Operation::TrackEvent, Operation::Identify, Operation::TagsEdit};
            model.setOperationFilter(operations.at(operationIndex++ % operations.size()));
        })};
    model.setOperationFilter(std::nullopt);
    int statusIndex = 0;
    figures << Figure {QStringLiteral("filter: status class (failed / rejected)"), medianMicros(21, [&] {
                           model.setStatusFilter(statusIndex++ % 2 ? HistoryStore::StatusFilter::Failed
                                                                   : HistoryStore::StatusFilter::Rejected);
                       })};
    model.setStatusFilter(HistoryStore::StatusFilter::Any);
    int dayIndex = 0;
    figures << Figure {QStringLiteral("filter: one day, half a year back"), medianMicros(21, [&] {
                           const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-180 - dayIndex++);
                           model.setTimeRange(from, from.addDays(1));
                       })};
    model.setTimeRange({}, {});

    // Scrolling: 50 pages down, then the cost of one more page.
    for (int i = 0; i < 50; ++i) {
        model.fetchMore({});
    }
    figures << Figure {QStringLiteral("scroll: one more page, 10,000 rows down"),
                       medianMicros(21, [&] { model.fetchMore({}); })};

    OperationInput event;
    event.operation = Operation::TrackEvent;
    event.id = QStringLiteral("user-4");
    event.eventName = QStringLiteral("Viewed product");
    event.data = QStringLiteral(R"({"sku":"SKU-4","price":4})");
    figures << Figure {QStringLiteral("duplicate-event check before sending"),
                       medianMicros(51, [&] { store.recentDuplicate(QStringLiteral("production"), event); })};
    figures << Figure {QStringLiteral("restore: last known state of a user"),
                       medianMicros(21, [&] { store.lastKnownState(nextUser()); })};
    HistoryStore::Filter userFilter;
    userFilter.user = QStringLiteral("user-77");
    figures << Figure {QStringLiteral("count: one user's rows"), medianMicros(21, [&] { store.count(userFilter); })};
    // For contrast, work that has to read every row.
    figures << Figure {QStringLiteral("(contrast) count all rows"), medianMicros(5, [&] { store.count(); })};
    // Free text: the trigram index (schema 6), the first page the pane shows.
    const auto textFilter = [](const QString& text) {
        HistoryStore::Filter filter;
        filter.text = text;
        return filter;
    };
    QList<Figure> collected;
    int rareIndex = 0;
    collected << Figure {QStringLiteral("history-search-rare-us"), medianMicros(21, [&] {
                             store.fetch(
                                 textFilter(QStringLiteral("user-%1@EXAMPLE").arg((rareIndex++ * 7919) % 10000)));
                         })};
    collected << Figure {QStringLiteral("history-search-common-us"),
                         medianMicros(21, [&] { store.fetch(textFilter(QStringLiteral("Bad request"))); })};
    collected << Figure {QStringLiteral("history-search-nomatch-us"),
                         medianMicros(21, [&] { store.fetch(textFilter(QStringLiteral("no-such-text-anywhere"))); })};
    collected << Figure {QStringLiteral("history-user-timeline-us"),
                         medianMicros(21, [&] { store.userTimeline(nextUser()); })};
    figures += collected;
    // Two characters are too short for the index: a scan, which finds nothing here and so reads every row.
    figures << Figure {QStringLiteral("(contrast) 2-character text, no match: scan"),
                       medianMicros(3, [&] { store.fetch(textFilter(QStringLiteral("q~"))); })};
    const QString exported = temporary.filePath(QStringLiteral("export.csv"));
    HistoryStore::Filter newest;
    newest.from = QDateTime::currentDateTimeUtc().addSecs(-qint64(100000) * 30);
    qint64 exportedRows = 0;
    const Figure exportFigure {QStringLiteral("history-export-100k-us"), medianMicros(1, [&] {
                                   HistoryExporter exporter(&store);
                                   exportedRows
                                       = exporter.writeFile(newest, HistoryExporter::Format::Csv, exported).valueOr(-1);
                               })};
    out << "Exported " << exportedRows << " rows, " << QFileInfo(exported).size() / 1024 << " KiB" << Qt::endl;
    collected << exportFigure;
    figures << exportFigure;
    if (parser.isSet(QStringLiteral("clear"))) {
        const QString copy = temporary.filePath(QStringLiteral("copy.sqlite"));
        QSqlQuery(reference).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile::remove(copy);
        QFile::copy(file, copy);
        HistoryStore copied(copy);
        copied.open();
        QElapsedTimer timer;
        timer.start();
        const HistoryStore::Cleared cleared = copied.clear();
        const Figure clearFigure {QStringLiteral("history-clear-all-us"), timer.nsecsElapsed() / 1000.0};
        out << "Cleared " << cleared.removed << " rows " << cleared.error << Qt::endl;
        collected << clearFigure;
        figures << clearFigure;

        // What the app does ("Clear history" runs in a thread of its own): the whole clear, and the longest time
        // this thread's event loop went without turning meanwhile (the freeze a user would see).
        QFile::remove(copy);
        QFile::copy(file, copy);
        HistoryStore background(copy);
        background.open();
        QEventLoop loop;
        QElapsedTimer sinceTick;
        qint64 longestStallNs = 0;
        QTimer ticker;
        ticker.setInterval(0);
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            longestStallNs = std::max(longestStallNs, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        qint64 removedInBackground = 0;
        QObject::connect(&background, &HistoryStore::clearFinished, &loop, [&](const HistoryStore::Cleared& done) {
            removedInBackground = done.removed;
            loop.quit();
        });
        timer.restart();
        sinceTick.start();
        ticker.start();
        background.clearInBackground();
        loop.exec();
        const Figure backgroundFigure {QStringLiteral("history-clear-background-us"), timer.nsecsElapsed() / 1000.0};
        const Figure stallFigure {QStringLiteral("history-clear-longest-stall-us"), longestStallNs / 1000.0};
        out << "Cleared " << removedInBackground << " rows in the background" << Qt::endl;
        collected << backgroundFigure << stallFigure;
        figures << backgroundFigure << stallFigure;
    }

    out << QStringLiteral("Reference A: QSqlQuery \"SELECT 1\"            %1 us").arg(select1, 8, 'f', 1) << Qt::endl;
    out << QStringLiteral("Reference B: empty QStandardItemModel        %1 us").arg(emptyModel, 8, 'f', 1) << Qt::endl
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(QStringLiteral("operation"), -48)
               .arg(QStringLiteral("median us"), 11)
               .arg(QStringLiteral("x SELECT 1"), 11)
               .arg(QStringLiteral("x empty model"), 14)
               .arg(QStringLiteral("% of frame"), 11)
        << Qt::endl;
    for (const Figure& figure : std::as_const(figures)) {
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(figure.name, -48)
                   .arg(figure.micros, 11, 'f', 1)
                   .arg(figure.micros / select1, 11, 'f', 1)
                   .arg(figure.micros / emptyModel, 14, 'f', 1)
                   .arg(figure.micros / 16667.0 * 100.0, 10, 'f', 2)
            << Qt::endl;
    }
    out << Qt::endl
        << "Query plan, user filter:" << Qt::endl
        << store.queryPlan(userFilter, HistoryStore::Page()) << Qt::endl;
    out << Qt::endl
        << "Query plan, free text:" << Qt::endl
        << store.queryPlan(textFilter(QStringLiteral("Bad request")), HistoryStore::Page()) << Qt::endl;
    for (const Figure& figure : std::as_const(collected)) {
        out << QStringLiteral("figure %1-%2rows-us %3 16667 %4")
                   .arg(figure.name.chopped(3))
                   .arg(rows)
                   .arg(figure.micros, 0, 'f', 0)
                   .arg(figure.micros / 16667.0, 0, 'f', 3)
            << Qt::endl;
    }
    reference.close();
    reference = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    return 0;
}
