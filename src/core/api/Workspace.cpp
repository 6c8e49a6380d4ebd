#include "core/api/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Workspace", text);
}
} // namespace

QUrl Workspace::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.getvero.com/api/v2"));
}

QStringList Workspace::credentialNames()
{
    return {QStringLiteral("auth_token"), QStringLiteral("tracking_api_key")};
}

QString Workspace::placementKey(CredentialPlacement placement)
{
    return placement == CredentialPlacement::Query ? QStringLiteral("query") : QStringLiteral("body");
}

bool Workspace::placementFromKey(const QString& key, CredentialPlacement* placement)
{
    if (key == QLatin1String("body")) {
        *placement = CredentialPlacement::Body;
        return true;
    }
    if (key == QLatin1String("query")) {
        *placement = CredentialPlacement::Query;
        return true;
    }
    return false;
}

bool Workspace::isProduction() const
{
    return baseUrl.host().compare(defaultBaseUrl().host(), Qt::CaseInsensitive) == 0;
}

bool Workspace::isLoopback() const
{
    const QString host = baseUrl.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ValidationErrors Workspace::validate() const
{
    ValidationErrors errors;
    if (name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("The workspace needs a name.")});
    } else if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        errors.append({QStringLiteral("name"), tr("A workspace name cannot contain / or \\.")});
    }

    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        errors.append({QStringLiteral("base_url"),
                       tr("The base URL must be a full https:// address, like https://api.getvero.com/api/v2.")});
    } else if (!baseUrl.userName().isEmpty() || !baseUrl.password().isEmpty()) {
        // The address would be stored in the settings, shown and recorded, and Qt would send it as a password.
        // The message never repeats it.
        errors.append({QStringLiteral("base_url"),
                       tr("The base URL cannot hold a user name or password (user:password@host). Remove that part; "
                          "the credential goes in the workspace's credential field, which is kept in the keychain.")});
    } else if (baseUrl.hasQuery() || baseUrl.hasFragment()) {
        // A query would go out with every request beside veroctl's own (a second auth_token, say, which the
        // service might take instead) and be stored and recorded as it is; the message never repeats it.
        errors.append({QStringLiteral("base_url"),
                       tr("The base URL cannot hold a query (?...) or a fragment (#...). Remove that part; the "
                          "credential goes in the workspace's credential field, which is kept in the keychain.")});
    } else if (scheme == QLatin1String("http") && !isLoopback()) {
        // docs/vero-api.md, "Credentials": the service refuses plain HTTP; only the local sandbox speaks it.
        errors.append({QStringLiteral("base_url"),
                       tr("Plain http:// is refused: Vero only accepts HTTPS, and the credential would travel "
                          "unencrypted. Use https://, or http:// only for a local sandbox (localhost or 127.0.0.1).")});
    }

    if (!credentialNames().contains(credentialName)) {
        errors.append(
            {QStringLiteral("credential_name"), tr("The credential name must be auth_token or tracking_api_key.")});
    }
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds) {
        errors.append(
            {QStringLiteral("timeout"), tr("The timeout must be between 1 and %1 seconds.").arg(MaxTimeoutSeconds)});
    }
    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        if (!info.isFile() || !info.isReadable()) {
            errors.append({QStringLiteral("ca_file"), tr("The CA certificate file %1 cannot be read.").arg(caFile)});
        }
    }
    return errors;
}
