// The ceiling of QNetworkAccessManager on this machine: the fewest things a client can do per request through it
// (the same PUT of a tag edit that `veroctl bulk` sends, CONCURRENCY in flight, the answer read and dropped, no
// history, no outbox, no JSON parsing). Every request Vero Admin sends goes through QNetworkAccessManager, so no
// bulk run can be faster than this; bench/qnam/qnam-ceiling.sh compares it with wrk.
//   bench_qnam URL REQUESTS CONCURRENCY [pipelined]
// "pipelined" lets Qt send several requests on one connection before the answers (HTTP/1.1 pipelining).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <cstdio>

namespace {

class Sender
{
public:
    Sender(const QUrl& url, int requests, bool pipelined)
        : m_url(url)
        , m_requests(requests)
        , m_pipelined(pipelined)
    {
    }

    void sendNext()
    {
        if (m_sent >= m_requests) {
            return;
        }
        ++m_sent;
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, m_pipelined);
        const QByteArray body = QByteArrayLiteral(R"({"auth_token":"bench-token","id":"cust-)")
                                + QByteArray::number(m_sent) + QByteArrayLiteral(R"(","add":["vip"],"remove":[]})");
        QNetworkReply* reply = m_manager.put(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            if (reply->error() != QNetworkReply::NoError) {
                ++m_failed;
            }
            (void)reply->readAll();
            reply->deleteLater();
            if (++m_done == m_requests) {
                QCoreApplication::quit();
                return;
            }
            sendNext();
        });
    }

    int failed() const { return m_failed; }

private:
    QNetworkAccessManager m_manager;
    QUrl m_url;
    int m_requests;
    bool m_pipelined;
    int m_sent = 0;
    int m_done = 0;
    int m_failed = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4 || args.size() > 5) {
        std::fprintf(stderr, "usage: bench_qnam URL REQUESTS CONCURRENCY [pipelined]\n");
        return 2;
    }
    const int requests = args.at(2).toInt();
    const int concurrency = args.at(3).toInt();
    const bool pipelined = args.size() == 5 && args.at(4) == QLatin1String("pipelined");
    Sender sender(QUrl(args.at(1)), requests, pipelined);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < concurrency; ++i) {
        sender.sendNext();
    }
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("bare QNetworkAccessManager: %d requests, concurrency %d%s, %d failed: %.0f requests/s\n",
                requests,
                concurrency,
                pipelined ? " pipelined" : "",
                sender.failed(),
                requests / seconds);
    return sender.failed() == 0 ? 0 : 1;
}
