#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

// A small HTTP/1.1 server on loopback for tests (the pattern of Qt's own HttpTestServer): it records every
// request exactly as it arrived and answers with a programmed response, or not at all, or misbehaves on purpose
// the way a hostile or broken server would: echoes the request, drips its answer, sends more than any client
// should read, announces more than it sends, sends bytes that are not HTTP.
class HttpTestServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query exactly as sent, still percent-encoded
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QByteArray raw; // request line, headers and body, as received
        QJsonObject json() const;
    };

    struct Response
    {
        // The usual answer, or one like it: {status, content type, body, silent, extra headers}.
        Response(int status_ = 200,
                 QByteArray contentType_ = "application/json",
                 QByteArray body_ = R"({"status":200,"message":"Success."})",
                 bool silent_ = false,
                 QByteArray extraHeaders_ = {})
            : status(status_)
            , contentType(std::move(contentType_))
            , body(std::move(body_))
            , silent(silent_)
            , extraHeaders(std::move(extraHeaders_))
        {
        }

        int status;
        QByteArray contentType;
        QByteArray body;
        bool silent;             // read the request, never answer
        QByteArray extraHeaders; // raw "Name: value\r\n" lines

        // The body made from the request (an echo of it, say) instead of `body`.
        std::function<QByteArray(const Request&)> bodyFor;
        // Sent exactly as it is, instead of a response (not HTTP, broken chunks, ...); then the server closes.
        QByteArray raw;
        // Sends `raw` as soon as a client connects, before any request (an SSH or SMTP server does).
        bool rawOnConnect = false;
        // The Content-Length announced, when it should not be the body's own (more than is sent: cut short).
        qint64 declaredLength = -1;
        // Sends the body one byte every this many milliseconds, after the headers.
        int dripIntervalMs = 0;
        // A body of this many bytes, made while it is sent and never held whole in memory.
        qint64 streamBytes = 0;
    };

    explicit HttpTestServer(QObject* parent = nullptr);
    ~HttpTestServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT/api/v2
    QUrl baseUrl() const;

    void setResponse(const Response& response) { m_response = response; }
    // Reads each request, then closes the connection without answering (a dropped connection).
    void setHangUp(bool hangUp) { m_hangUp = hangUp; }
    const QList<Request>& requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

signals:
    void requestReceived();
    // A client's connection closed (the client hung up, or the server did after answering).
    void connectionClosed();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);
    void drip(QTcpSocket* socket, const QByteArray& body);
    void stream(QTcpSocket* socket);

    QTcpServer m_server;
    Response m_response;
    bool m_hangUp = false;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, qint64> m_streamLeft; // bytes of a streamed body still to send
};
