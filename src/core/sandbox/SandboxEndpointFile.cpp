#include "core/sandbox/SandboxEndpointFile.h"

#include "core/platform/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace {

const QLatin1String UrlKey("url");
const QLatin1String TokenKey("token");
const QLatin1String ProcessKey("pid");
// Far more than the file ever holds; a file that is not ours is not read for ever.
constexpr qint64 MaxFileSize = 64 * 1024;

bool processRuns(qint64 processId)
{
#ifdef Q_OS_UNIX
    // Signal 0 only checks that the process exists (EPERM: it does, owned by someone else).
    return processId > 0 && (::kill(pid_t(processId), 0) == 0 || errno == EPERM);
#else
    return processId > 0;
#endif
}

} // namespace

QString SandboxEndpointFile::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("vero-admin-sandbox.json"));
}

SandboxEndpointFile::SandboxEndpointFile(const QString& path)
    : m_path(path)
{
}

Fallible<void> SandboxEndpointFile::write(const Endpoint& endpoint) const
{
    if (m_path.isEmpty()) {
        return Fallible<void>::failure(tr("This system has no runtime folder for the sandbox's address."));
    }
    if (const Fallible<void> folder = PrivateFiles::ensurePrivateFolder(QFileInfo(m_path).absolutePath()); !folder) {
        return folder;
    }
    // Private before anything is written to it.
    if (const Fallible<void> made = PrivateFiles::makePrivate(m_path); !made) {
        return made;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Fallible<void>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    const QJsonObject object {
        {UrlKey, endpoint.rootUrl.toString()}, {TokenKey, endpoint.token}, {ProcessKey, endpoint.processId}};
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (file.write(json) != json.size() || !file.flush()) {
        return Fallible<void>::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    return {};
}

void SandboxEndpointFile::removeIfNaming(const Endpoint& endpoint) const
{
    const Fallible<Endpoint> current = read();
    if (current && current->rootUrl == endpoint.rootUrl && current->token == endpoint.token) {
        QFile::remove(m_path);
    }
}

Fallible<SandboxEndpointFile::Endpoint> SandboxEndpointFile::read() const
{
    using Result = Fallible<Endpoint>;
    const QString notRunning
        = tr("The Vero Admin app is not running its sandbox: open Vero Admin and choose the Sandbox workspace, "
             "then try again.");
    QFile file(m_path);
    if (m_path.isEmpty() || !file.exists()) {
        return Result::failure(notRunning);
    }
    if (!PrivateFiles::isPrivate(m_path)) {
        // Anyone could have written it: their address would receive this user's test requests.
        return Result::failure(tr("%1 can be read or written by other users of this computer, so veroctl does not "
                                  "trust the address in it. Restart the sandbox in Vero Admin (Workspace > "
                                  "Restart sandbox).")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Result::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    const QJsonObject object = QJsonDocument::fromJson(file.read(MaxFileSize)).object();
    Endpoint endpoint;
    endpoint.rootUrl = QUrl(object.value(UrlKey).toString(), QUrl::StrictMode);
    endpoint.token = object.value(TokenKey).toString();
    endpoint.processId = object.value(ProcessKey).toInteger();
    if (!endpoint.rootUrl.isValid() || endpoint.rootUrl.port() <= 0 || endpoint.token.isEmpty()) {
        return Result::failure(notRunning);
    }
    if (!processRuns(endpoint.processId)) {
        // Left behind when the app was killed: its sandbox went with it.
        return Result::failure(notRunning);
    }
    return endpoint;
}
