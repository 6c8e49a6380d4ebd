#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// A client for vero-sandbox's inspection API under /sandbox/ (users, events, the request log, reset, clock,
// faults): what the Sandbox panel shows and what the tests check. Asynchronous, like VeroClient; a callback runs
// from the event loop unless its context object was destroyed meanwhile. Not for the Track API itself, which
// goes through VeroClient.
class SandboxInspector : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 0;   // HTTP status; 0 when no answer came
        QByteArray body;  // as received
        QJsonObject json; // the body when it is a JSON object
        QString error;    // why the call failed, in words; empty on a 2xx with a JSON body
        QByteArray retryAfter;
        bool ok() const { return error.isEmpty(); }
    };
    using Callback = std::function<void(const Reply&)>;

    static constexpr int DefaultTimeoutMs = 5000;

    explicit SandboxInspector(QObject* parent = nullptr);
    ~SandboxInspector() override;

    // http://127.0.0.1:PORT (or https) of the running sandbox.
    void setRootUrl(const QUrl& rootUrl) { m_root = rootUrl; }
    QUrl rootUrl() const { return m_root; }
    // One of the sandbox's tokens, sent as "Authorization: Bearer <token>"; empty sends none.
    void setToken(const QString& token) { m_token = token; }
    // Extra CAs to trust for an https sandbox (the tests' throw-away CA).
    void setCaCertificates(const QList<QSslCertificate>& certificates) { m_caCertificates = certificates; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    void users(QObject* context, Callback done);
    void user(const QString& id, QObject* context, Callback done);
    // Every event, or those of one user.
    void events(const QString& userId, QObject* context, Callback done);
    void requests(QObject* context, Callback done);
    void reset(QObject* context, Callback done);
    void advanceClock(qint64 seconds, QObject* context, Callback done);
    void setFaults(const QJsonObject& faults, QObject* context, Callback done);

    // Any request to the sandbox (path and query relative to the root URL, starting with '/'). A non-2xx
    // status, a network error or a body that is not JSON sets Reply::error.
    void send(const QByteArray& method,
              const QString& pathAndQuery,
              const QByteArray& body,
              const QByteArray& contentType,
              QObject* context,
              Callback done);

    // Drops every answer still on its way (a refresh that supersedes the earlier one): their callbacks never run.
    void abortAll();

    static QJsonArray listOf(const Reply& reply, const QString& key) { return reply.json.value(key).toArray(); }

private:
    QNetworkAccessManager* m_network = nullptr;
    QUrl m_root;
    QString m_token;
    QList<QSslCertificate> m_caCertificates;
    int m_timeoutMs = DefaultTimeoutMs;
    QList<QPointer<QNetworkReply>> m_pending;
};
