// The floor for any bulk sender built on QNetworkAccessManager: one manager sends ROWS tag edits (the PUT and
// body `veroctl bulk` sends, Http2AllowedAttribute off) with CONCURRENCY requests in flight, reads each answer
// and does nothing else: no history, no outbox, no redaction. bench/bulk/bulk-vs-wrk.sh runs it beside
// `veroctl bulk` and `wrk -c6`, so a run shows how much of the gap to wrk is Qt's and how much is ours.
//
//   bench_qnam_floor URL ROWS CONCURRENCY [--pipelining]
// Prints "QNAM alone: N requests/s".

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        QTextStream(stderr) << "usage: bench_qnam_floor URL ROWS CONCURRENCY [--pipelining]\n";
        return 2;
    }
    const QUrl url(arguments.at(1));
    const qint64 rows = arguments.at(2).toLongLong();
    const int concurrency = arguments.at(3).toInt();
    const bool pipelining = arguments.contains(QStringLiteral("--pipelining"));

    QNetworkAccessManager manager;
    qint64 sent = 0;
    qint64 answered = 0;
    int failures = 0;
    QElapsedTimer clock;
    const auto sendOne = [&] {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Content-Type", "application/json");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, pipelining);
        ++sent;
        const QByteArray body = R"({"auth_token":"bench-token","id":"cust-)" + QByteArray::number(sent)
                                + R"(","add":["vip"],"remove":[]})";
        manager.sendCustomRequest(request, "PUT", body);
    };
    // One connection to the manager, not one per reply.
    QObject::connect(&manager, &QNetworkAccessManager::finished, &app, [&](QNetworkReply* reply) {
        (void)reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            ++failures;
        }
        reply->deleteLater();
        if (++answered == rows) {
            app.quit();
        } else if (sent < rows) {
            sendOne();
        }
    });
    clock.start();
    for (int i = 0; i < concurrency && sent < rows; ++i) {
        sendOne();
    }
    app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "QNAM alone: " << qint64(double(rows) / seconds) << " requests/s\n";
    if (failures > 0) {
        QTextStream(stderr) << failures << " requests failed\n";
        return 1;
    }
    return 0;
}
