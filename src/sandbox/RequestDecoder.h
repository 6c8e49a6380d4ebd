#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// Turns one Track API request (body and query string) into the JSON object the API's rules are checked
// against, accepting everything the real service accepts (docs/vero-api.md, "Requests and bodies" and
// "Credentials"): JSON bodies, form-encoded bodies as in the reference's curl examples (with JSON text as values:
// add=["prospect"]), and the credential as auth_token or tracking_api_key in the body or the query. The
// credential never ends up in `params`.
class RequestDecoder
{
public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    struct Result
    {
        bool ok = true;
        QString error;           // why the body could not be read: answered with 400
        QJsonObject params;      // body fields, then query fields the body does not have; never the credential
        QStringList credentials; // every credential value given, body first
        QStringList credentialNamesInBody; // for the request log, which shows them as ***
        QStringList credentialNamesInQuery;

        // `params` with the credential shown as ***, as the request log records it.
        QJsonObject loggedParams() const;
    };

    [[nodiscard]] static Result decode(const QByteArray& contentType, const QByteArray& body, const QUrl& url);
    static bool isCredentialName(const QString& name);
    // The request target (path and query) with any credential value replaced by ***.
    static QString redactedTarget(const QUrl& url);
};
