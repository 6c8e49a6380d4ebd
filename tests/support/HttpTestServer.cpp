#include "HttpTestServer.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {
// A streamed body goes out as fast as the client takes it, in pieces of this size, at most StreamQueuedBytes
// waiting in the socket: a client that stops reading stops the stream, and the server's memory stays small.
constexpr qint64 StreamChunkBytes = 1024 * 1024;
constexpr qint64 StreamQueuedBytes = 8 * StreamChunkBytes;
} // namespace

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
        if (m_response.rawOnConnect) {
            socket->write(m_response.raw);
            socket->disconnectFromHost();
        }
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { stream(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_streamLeft.remove(socket);
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
    request.raw = buffer.left(headerEnd + 4 + length);
    buffer.clear();
    m_requests.append(request);
    emit requestReceived();
    answer(socket, request);
}

void HttpTestServer::answer(QTcpSocket* socket, const Request& request)
{
    if (m_response.silent) {
        return;
    }
    if (m_response.rawOnConnect) {
        return;
    }
    if (m_hangUp) {
        socket->disconnectFromHost();
        return;
    }
    if (!m_response.raw.isEmpty()) {
        socket->write(m_response.raw);
        socket->disconnectFromHost();
        return;
    }
    const QByteArray body = m_response.bodyFor ? m_response.bodyFor(request) : m_response.body;
    const qint64 length = m_response.declaredLength >= 0 ? m_response.declaredLength
                          : m_response.streamBytes > 0   ? m_response.streamBytes
                                                         : body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + " Status\r\n";
    if (!m_response.contentType.isEmpty()) {
        head += "Content-Type: " + m_response.contentType + "\r\n";
    }
    head += m_response.extraHeaders;
    head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    if (m_response.dripIntervalMs > 0) {
        drip(socket, body);
        return;
    }
    if (m_response.streamBytes > 0) {
        m_streamLeft.insert(socket, m_response.streamBytes);
        stream(socket);
        return;
    }
    socket->write(body);
    socket->disconnectFromHost();
}

void HttpTestServer::drip(QTcpSocket* socket, const QByteArray& body)
{
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(m_response.dripIntervalMs);
}

void HttpTestServer::stream(QTcpSocket* socket)
{
    const auto it = m_streamLeft.find(socket);
    if (it == m_streamLeft.end()) {
        return;
    }
    while (it.value() > 0 && socket->bytesToWrite() < StreamQueuedBytes) {
        const qint64 size = qMin(it.value(), StreamChunkBytes);
        it.value() -= size;
        socket->write(QByteArray(size, 'x'));
    }
    if (it.value() == 0) {
        m_streamLeft.erase(it);
        socket->disconnectFromHost();
    }
}
