#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QJsonValue>
#include <QStringList>
#include <QUrl>

class SandboxState;

// The Vero Track API v2 under /api/v2: routing (with or without .json), body decoding, the API's rules
// (BodyValidator, shared with the client), then the credential, then the change to the state. The order is the
// real service's: bad parameters with a bad credential get 400, not 401 (docs/vero-api.md, "Responses").
class TrackApi
{
public:
    struct Handled
    {
        SandboxReply reply;
        QString operation;     // Operations::key(), empty when no endpoint matched
        QJsonValue loggedBody; // decoded fields with the credential as ***
        QString note;          // what happened, for the request log
    };

    TrackApi(SandboxState* state, const QStringList& validTokens);

    static bool handles(const QString& path);
    Handled handle(const SandboxRequest& request);

private:
    SandboxState* m_state;
    QStringList m_validTokens;
};
