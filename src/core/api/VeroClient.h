#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/ApiResult.h"
#include "core/api/WireRequest.h"
#include "core/api/Workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Sends validated requests to a workspace and reports each result as a value. Owns (or is given) the one
// QNetworkAccessManager; outstanding replies are aborted when the client dies, so late answers go nowhere.
// What a server can do to the client is bounded here, for the app and veroctl alike: the workspace's timeout is
// a deadline for the whole request (not a pause between bytes), at most ApiResult::MaxBodyBytes of an answer
// are read, an answer that arrives damaged is a failure, and the credential is hidden (Redaction) in every text
// that came back before anyone sees it.
class VeroClient : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    // `manager` is used when given (and not owned); otherwise the client makes its own.
    explicit VeroClient(QNetworkAccessManager* manager = nullptr, QObject* parent = nullptr);
    ~VeroClient() override;

    // Starts the request; `started` and then `finished` are emitted for the returned id, always from the
    // event loop, never from inside send().
    RequestId send(const ApiRequest& request, const Workspace& workspace, const QString& credential);
    // Stops waiting for request `id`: `finished` follows from the event loop with a cancelled result, which may
    // still have reached the service. Does nothing for a request that has finished.
    void cancel(RequestId id);
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

signals:
    // The request as it went out, with the credential shown as ***: what history and logs record. `sentHeaders`:
    // every header on the wire (WireRequest::sentHeaders of the request as sent), as "Name: value" lines.
    void started(VeroClient::RequestId id, const WireRequest& redacted, const QString& sentHeaders);
    void finished(VeroClient::RequestId id, const ApiResult& result);

private:
    struct Pending
    {
        RequestId id = 0;
        QElapsedTimer elapsed;
        QList<QSslError> sslErrors;
        QString host;
        QString proxy;
        QString credential; // to hide in what comes back
        int timeoutSeconds = 0;
        QByteArray body;
        bool bodyCut = false;
        bool timedOut = false;
        bool requestSent = false;
    };

    void finishLater(RequestId id, const ApiResult& result);
    void readBody(QNetworkReply* reply);
    void onReplyFinished(QNetworkReply* reply);
    static ApiResult resultFor(QNetworkReply* reply, const Pending& pending);

    QNetworkAccessManager* m_manager = nullptr;
    QHash<QNetworkReply*, Pending> m_pending;
    RequestId m_nextId = 1;
};
