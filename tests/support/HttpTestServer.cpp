#include "HttpTestServer.h"

#include <QJsonDocument>
#include <QTcpSocket>

QJsonObject HttpTestServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpTestServer::HttpTestServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpTestServer::onNewConnection);
}

HttpTestServer::~HttpTestServer()
{
    // The sockets die with m_server, after m_buffers: cut them loose first so their signals reach nothing.
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
    }
}

bool HttpTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HttpTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(port()));
}

void HttpTestServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
            emit connectionClosed();
        });
    }
}

void HttpTestServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const QUrl target(QString::fromLatin1(request.target));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return; // wait for the rest of the body
    }
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    emit requestReceived();

    if (m_response.silent) {
        return;
    }
    if (m_hangUp) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(m_response.status) + " Status\r\n";
    if (!m_response.contentType.isEmpty()) {
        answer += "Content-Type: " + m_response.contentType + "\r\n";
    }
    answer += m_response.extraHeaders;
    answer += "Content-Length: " + QByteArray::number(m_response.body.size()) + "\r\nConnection: close\r\n\r\n";
    answer += m_response.body;
    socket->write(answer);
    socket->disconnectFromHost();
}
