#include "core/sandbox/SandboxInspector.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

SandboxInspector::SandboxInspector(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

SandboxInspector::~SandboxInspector()
{
    abortAll();
}

void SandboxInspector::users(QObject* context, Callback done)
{
    send("GET", QStringLiteral("/sandbox/users"), {}, {}, context, std::move(done));
}

void SandboxInspector::user(const QString& id, QObject* context, Callback done)
{
    send("GET",
         QStringLiteral("/sandbox/users/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
         {},
         {},
         context,
         std::move(done));
}

void SandboxInspector::events(const QString& userId, QObject* context, Callback done)
{
    const QString query = userId.isEmpty()
                              ? QString()
                              : QStringLiteral("?user=") + QString::fromLatin1(QUrl::toPercentEncoding(userId));
    send("GET", QStringLiteral("/sandbox/events") + query, {}, {}, context, std::move(done));
}

void SandboxInspector::requests(QObject* context, Callback done)
{
    send("GET", QStringLiteral("/sandbox/requests"), {}, {}, context, std::move(done));
}

void SandboxInspector::reset(QObject* context, Callback done)
{
    send("POST", QStringLiteral("/sandbox/reset"), {}, {}, context, std::move(done));
}

void SandboxInspector::advanceClock(qint64 seconds, QObject* context, Callback done)
{
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("advance_seconds"), seconds}}).toJson();
    send("POST", QStringLiteral("/sandbox/clock"), body, "application/json", context, std::move(done));
}

void SandboxInspector::setFaults(const QJsonObject& faults, QObject* context, Callback done)
{
    send("POST",
         QStringLiteral("/sandbox/faults"),
         QJsonDocument(faults).toJson(QJsonDocument::Compact),
         "application/json",
         context,
         std::move(done));
}

void SandboxInspector::send(const QByteArray& method,
                            const QString& pathAndQuery,
                            const QByteArray& body,
                            const QByteArray& contentType,
                            QObject* context,
                            Callback done)
{
    QNetworkRequest request(QUrl(m_root.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash) + pathAndQuery));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    if (!m_caCertificates.isEmpty() && m_root.scheme() == QLatin1String("https")) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(configuration);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    m_pending.append(reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, hadContext = context != nullptr, done] {
        // abortAll() takes its replies off the list before aborting them: their end is ours, not news. Any other
        // cancel is the transfer timeout, which the caller must hear about.
        const bool dropped = m_pending.removeAll(reply) == 0;
        reply->deleteLater();
        if (dropped || (hadContext && !guard) || !done) {
            return;
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after a timeout
        result.retryAfter = reply->rawHeader("Retry-After");
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
        result.json = document.object();
        if (result.status == 0 && reply->error() == QNetworkReply::OperationCanceledError) {
            result.error = tr("The sandbox did not answer within %1 ms.").arg(m_timeoutMs);
        } else if (result.status == 0) {
            result.error = tr("The sandbox did not answer: %1").arg(reply->errorString());
        } else if (result.status < 200 || result.status > 299) {
            const QString message = result.json.value(QLatin1String("message")).toString();
            result.error = tr("The sandbox answered HTTP %1%2")
                               .arg(result.status)
                               .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        } else if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            result.error = tr("The sandbox sent something that is not JSON.");
        }
        done(result);
    });
}

void SandboxInspector::abortAll()
{
    const QList<QPointer<QNetworkReply>> pending = std::exchange(m_pending, {});
    for (const QPointer<QNetworkReply>& reply : pending) {
        if (reply) {
            reply->abort();
        }
    }
}
