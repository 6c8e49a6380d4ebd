#pragma once

#include "core/api/ValidationError.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// Where requests go and how the credential travels (its name and place: docs/vero-api.md, "Credentials"). Holds
// no secret: the credential lives in the OS keychain (CredentialStore), keyed by the workspace name.
struct Workspace
{
    enum class CredentialPlacement
    {
        Body,
        Query,
    };

    QString name;
    QUrl baseUrl = defaultBaseUrl();
    QString credentialName = QStringLiteral("auth_token");
    CredentialPlacement credentialPlacement = CredentialPlacement::Body;
    int timeoutSeconds = DefaultTimeoutSeconds;
    QString caFile; // extra CA certificate (PEM) trusted for this workspace, for self-hosted or sandbox TLS

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 600;
    static QUrl defaultBaseUrl();
    static QStringList credentialNames();
    static QString placementKey(CredentialPlacement placement);
    // Sets *placement from "body" or "query"; false, leaving it unchanged, for anything else.
    [[nodiscard]] static bool placementFromKey(const QString& key, CredentialPlacement* placement);

    // Problems that would make every request fail; `field` is "name", "base_url", "credential_name",
    // "timeout" or "ca_file".
    [[nodiscard]] ValidationErrors validate() const;
    bool isProduction() const;
    bool isLoopback() const;

    bool operator==(const Workspace&) const = default;
};
