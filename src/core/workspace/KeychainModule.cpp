#include "core/workspace/KeychainModule.h"

#include "core/platform/BuildInfo.h"
#include "core/workspace/KeychainBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace {

constexpr char ModuleFile[] = "vero-keychain.so";

} // namespace

Fallible<KeychainBackend*> KeychainModule::loadFrom(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        // Kept loaded: the backend's jobs and their callbacks live as long as the process.
        auto* loader = new QPluginLoader(path, QCoreApplication::instance());
        if (auto* backend = qobject_cast<KeychainBackend*>(loader->instance())) {
            return backend;
        }
        return Fallible<KeychainBackend*>::failure(
            QCoreApplication::translate("CredentialStore",
                                        "Vero Admin's keychain module (%1) could not be loaded: %2. Reinstall Vero "
                                        "Admin, then try again.")
                .arg(QDir::toNativeSeparators(path), loader->errorString()));
    }
    return Fallible<KeychainBackend*>::failure(
        QCoreApplication::translate("CredentialStore",
                                    "Vero Admin's keychain module is missing (looked for %1). Reinstall Vero Admin, "
                                    "then try again.")
            .arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", ")))));
}

Fallible<KeychainBackend*> KeychainModule::backend()
{
    static const Fallible<KeychainBackend*> loaded = loadFrom(candidates(QCoreApplication::applicationDirPath()));
    return loaded;
}

QStringList KeychainModule::candidates(const QString& programDir)
{
    const QDir programs(programDir);
    QStringList paths {QDir::cleanPath(programs.filePath(QString::fromUtf8(BuildInfo::KeychainModuleFromBinDir)
                                                         + QLatin1Char('/') + QLatin1String(ModuleFile)))};
    const QString buildTree = QString::fromUtf8(BuildInfo::BuildTree);
    if (programs.absolutePath().startsWith(buildTree + QLatin1Char('/'))) {
        paths << QDir(QString::fromUtf8(BuildInfo::BuildTreeKeychainDir)).filePath(QLatin1String(ModuleFile));
    }
    return paths;
}
