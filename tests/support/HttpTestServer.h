#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

// A small HTTP/1.1 server on loopback for tests (the pattern of Qt's own HttpTestServer): it records every
// request exactly as it arrived and answers with a programmed response, or not at all.
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
        QJsonObject json() const;
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body = R"({"status":200,"message":"Success."})";
        bool silent = false;     // read the request, never answer
        QByteArray extraHeaders; // raw "Name: value\r\n" lines
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

    QTcpServer m_server;
    Response m_response;
    bool m_hangUp = false;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
