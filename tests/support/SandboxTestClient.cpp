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
    process->setToken(token());
    QStringList arguments;
    if (tls) {
        arguments << QStringLiteral("--tls-cert") << tlsFile(QStringLiteral("server.pem"))
                  << QStringLiteral("--tls-key") << tlsFile(QStringLiteral("server.key"));
    }
    process->setArguments(arguments + extra);
    process->start();
    // A sandbox that did not start says why in errorString(); the tests check rootUrl() and show it.
    (void)process->waitForReady(StartTimeoutMs);
    return process;
}

SandboxTestClient::SandboxTestClient(const QUrl& rootUrl, bool trustTestCa, const QString& bearer)
    : m_root(rootUrl)
    , m_trustTestCa(trustTestCa)
    , m_bearer(bearer)
{
    m_inspector.setRootUrl(rootUrl);
    m_inspector.setToken(bearer);
    m_inspector.setTimeoutMs(RequestTimeoutMs);
    if (trustTestCa) {
        m_inspector.setCaCertificates(QSslCertificate::fromPath(tlsFile(QStringLiteral("ca.pem"))));
    }
}

SandboxInspector::Reply SandboxTestClient::inspect(const std::function<void(SandboxInspector::Callback)>& call)
{
    SandboxInspector::Reply reply;
    QEventLoop loop;
    // The inspector answers from the event loop, never from inside the call.
    call([&](const SandboxInspector::Reply& answer) {
        reply = answer;
        loop.quit();
    });
    loop.exec();
    return reply;
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
    request.setTransferTimeout(RequestTimeoutMs);
    if (!m_bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    }
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
    const SandboxInspector::Reply reply
        = inspect([&](SandboxInspector::Callback done) { m_inspector.user(id, nullptr, std::move(done)); });
    return reply.ok() ? reply.json.value(QLatin1String("user")).toObject() : QJsonObject();
}

QJsonArray SandboxTestClient::users()
{
    return SandboxInspector::listOf(
        inspect([&](SandboxInspector::Callback done) { m_inspector.users(nullptr, std::move(done)); }),
        QStringLiteral("users"));
}

QJsonArray SandboxTestClient::events(const QString& userId)
{
    return SandboxInspector::listOf(
        inspect([&](SandboxInspector::Callback done) { m_inspector.events(userId, nullptr, std::move(done)); }),
        QStringLiteral("events"));
}

QJsonArray SandboxTestClient::requests()
{
    return SandboxInspector::listOf(
        inspect([&](SandboxInspector::Callback done) { m_inspector.requests(nullptr, std::move(done)); }),
        QStringLiteral("requests"));
}

bool SandboxTestClient::reset()
{
    return inspect([&](SandboxInspector::Callback done) { m_inspector.reset(nullptr, std::move(done)); }).ok();
}

bool SandboxTestClient::advanceClock(int seconds)
{
    return inspect(
               [&](SandboxInspector::Callback done) { m_inspector.advanceClock(seconds, nullptr, std::move(done)); })
        .ok();
}

bool SandboxTestClient::alive()
{
    return inspect([&](SandboxInspector::Callback done) {
               m_inspector.send("GET", QStringLiteral("/sandbox/"), {}, {}, nullptr, std::move(done));
           })
        .ok();
}
