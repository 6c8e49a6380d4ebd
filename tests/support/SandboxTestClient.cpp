#include "SandboxTestClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>

QString SandboxTestClient::tlsFile(const QString& name)
{
    return QStringLiteral(VERO_TEST_TLS_DIR "/") + name;
}

std::unique_ptr<SandboxProcess> SandboxTestClient::start(const QStringList& extra, bool tls)
{
    auto process = std::make_unique<SandboxProcess>();
    process->setProgram(QStringLiteral(VERO_SANDBOX_PATH));
    QStringList arguments {QStringLiteral("--token"), token()};
    if (tls) {
        arguments << QStringLiteral("--tls-cert") << tlsFile(QStringLiteral("server.pem"))
                  << QStringLiteral("--tls-key") << tlsFile(QStringLiteral("server.key"));
    }
    process->setArguments(arguments + extra);
    process->start();
    process->waitForReady(20000);
    return process;
}

SandboxTestClient::SandboxTestClient(const QUrl& rootUrl, bool trustTestCa)
    : m_root(rootUrl)
    , m_trustTestCa(trustTestCa)
{
}

SandboxTestClient::Reply SandboxTestClient::send(const QByteArray& method,
                                                 const QString& pathAndQuery,
                                                 const QByteArray& body,
                                                 const QByteArray& contentType)
{
    QNetworkRequest request(QUrl(m_root.toString() + pathAndQuery));
    if (!body.isEmpty() && !contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    request.setTransferTimeout(30000);
    if (m_trustTestCa && m_root.scheme() == QLatin1String("https")) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(QSslCertificate::fromPath(tlsFile(QStringLiteral("ca.pem"))));
        request.setSslConfiguration(configuration);
    }
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

QJsonObject SandboxTestClient::user(const QString& id)
{
    const Reply reply = get(QStringLiteral("/sandbox/users/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    return reply.status == 200 ? reply.json.value(QLatin1String("user")).toObject() : QJsonObject();
}

QJsonArray SandboxTestClient::users()
{
    return get(QStringLiteral("/sandbox/users")).json.value(QLatin1String("users")).toArray();
}

QJsonArray SandboxTestClient::events(const QString& userId)
{
    const QString query = userId.isEmpty()
                              ? QString()
                              : QStringLiteral("?user=") + QString::fromLatin1(QUrl::toPercentEncoding(userId));
    return get(QStringLiteral("/sandbox/events") + query).json.value(QLatin1String("events")).toArray();
}

QJsonArray SandboxTestClient::requests()
{
    return get(QStringLiteral("/sandbox/requests")).json.value(QLatin1String("requests")).toArray();
}

bool SandboxTestClient::reset()
{
    return send("POST", QStringLiteral("/sandbox/reset")).status == 200;
}

bool SandboxTestClient::advanceClock(int seconds)
{
    const QByteArray body = "{\"advance_seconds\":" + QByteArray::number(seconds) + '}';
    return send("POST", QStringLiteral("/sandbox/clock"), body).status == 200;
}

bool SandboxTestClient::alive()
{
    return get(QStringLiteral("/sandbox/")).status == 200;
}
