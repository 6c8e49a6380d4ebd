#include "UnusedPort.h"

#include <QTcpServer>

quint16 UnusedPort::take()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        qFatal("cannot bind a loopback port: %s", qPrintable(probe.errorString()));
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl UnusedPort::baseUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(take()));
}
