#pragma once

#include "core/sandbox/SandboxInspector.h"
#include "core/sandbox/SandboxProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

// A running vero-sandbox as the tests see it: its inspection API through the core's SandboxInspector (what the
// app's Sandbox panel uses), waited for; raw HTTP for what the core client will not send (bad bodies, wrong
// methods). Both send the sandbox's token as "Authorization: Bearer" (every /sandbox/ page needs it). Also starts
// sandboxes the way the tests need them, with token() passed as the app passes it: in the environment.
class SandboxTestClient
{
public:
    static constexpr int StartTimeoutMs = 20000;
    static constexpr int RequestTimeoutMs = 30000;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray retryAfter;
    };

    static QString token() { return QStringLiteral("sandbox-test-token-1"); }
    static QString tlsFile(const QString& name);
    // A sandbox on a free port with token() valid, over HTTPS with the test certificate when `tls`.
    static std::unique_ptr<SandboxProcess> start(const QStringList& extra = {}, bool tls = false);

    // `bearer` is sent as "Authorization: Bearer" on every request; empty sends none.
    explicit SandboxTestClient(const QUrl& rootUrl, bool trustTestCa = true, const QString& bearer = token());

    // Raw HTTP, for the Track API cases the core client refuses to send.
    Reply send(const QByteArray& method,
               const QString& pathAndQuery,
               const QByteArray& body = QByteArray(),
               const QByteArray& contentType = "application/json");
    Reply get(const QString& pathAndQuery) { return send("GET", pathAndQuery); }

    // The inspection API, through SandboxInspector; an empty object / array when not found.
    QJsonObject user(const QString& id);
    QJsonArray users();
    QJsonArray events(const QString& userId = QString());
    QJsonArray requests();
    bool reset();
    bool advanceClock(int seconds);
    bool alive(); // the sandbox still answers (its own pages: never faulted)

private:
    // Starts a SandboxInspector call and waits for its answer.
    SandboxInspector::Reply inspect(const std::function<void(SandboxInspector::Callback)>& call);

    QUrl m_root;
    QNetworkAccessManager m_manager;
    SandboxInspector m_inspector;
    bool m_trustTestCa;
    QString m_bearer;
};
