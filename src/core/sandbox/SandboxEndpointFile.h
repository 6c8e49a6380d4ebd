#pragma once

#include "core/platform/Fallible.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where the app's running sandbox listens and the token it accepts, in a file only its owner may read in the
// runtime folder, so veroctl --workspace Sandbox (and a terminal) reaches the sandbox the app shows. The app
// writes it once its sandbox is ready and removes it when the sandbox stops. The token guards test data on
// loopback, not a Vero account, so it may sit in a private file.
class SandboxEndpointFile
{
    Q_DECLARE_TR_FUNCTIONS(SandboxEndpointFile)
public:
    struct Endpoint
    {
        QUrl rootUrl; // http://127.0.0.1:PORT
        QString token;
        qint64 processId = 0; // the sandbox's, to tell a file left by a crash from a running sandbox
        bool operator==(const Endpoint&) const = default;
    };

    // vero-admin-sandbox.json in QStandardPaths::RuntimeLocation.
    static QString defaultPath();
    explicit SandboxEndpointFile(const QString& path = defaultPath());
    QString path() const { return m_path; }

    [[nodiscard]] Fallible<void> write(const Endpoint& endpoint) const;
    // Removes the file when it still names `endpoint`: a second app may have written its own since.
    void removeIfNaming(const Endpoint& endpoint) const;
    // The running sandbox, or why there is none, in words for veroctl's user.
    [[nodiscard]] Fallible<Endpoint> read() const;

private:
    QString m_path;
};
