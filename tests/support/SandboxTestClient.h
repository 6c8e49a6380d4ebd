#pragma once

#include "core/sandbox/SandboxProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <memory>

// Raw HTTP to a running vero-sandbox, for what the core client will not send (bad bodies, wrong methods) and
// for reading the inspection API. Also starts sandboxes the way the tests need them.
class SandboxTestClient
{
public:
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

    explicit SandboxTestClient(const QUrl& rootUrl, bool trustTestCa = true);

    Reply send(const QByteArray& method,
               const QString& pathAndQuery,
               const QByteArray& body = QByteArray(),
               const QByteArray& contentType = "application/json");
    Reply get(const QString& pathAndQuery) { return send("GET", pathAndQuery); }

    // Inspection API helpers; an empty object / array when not found.
    QJsonObject user(const QString& id);
    QJsonArray users();
    QJsonArray events(const QString& userId = QString());
    QJsonArray requests();
    bool reset();
    bool advanceClock(int seconds);
    bool alive(); // the sandbox still answers (its own pages: never faulted)

private:
    QUrl m_root;
    QNetworkAccessManager m_manager;
    bool m_trustTestCa;
};
