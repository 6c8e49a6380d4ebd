#include "core/platform/Bootstrap.h"

#include "core/platform/AppSettings.h"
#include "core/platform/BuildInfo.h"
#include "core/platform/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

// Moves every entry of `from` into `to` that `to` does not have yet, then removes `from` when it is empty.
// Returns the entries that stayed behind because they could not be moved.
QStringList moveEntries(const QString& from, const QString& to)
{
    QStringList left;
    QDir source(from);
    const QStringList entries = source.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        const QString target = QDir(to).filePath(entry);
        if (QFileInfo::exists(target) || !QDir().rename(source.filePath(entry), target)) {
            left << source.filePath(entry);
        }
    }
    if (left.isEmpty()) {
        QDir().rmdir(from);
    }
    return left;
}

} // namespace

void Bootstrap::setUpApplication()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QString());
    QCoreApplication::setApplicationName(QString::fromLatin1(BuildInfo::AppName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::Version));
}

QString Bootstrap::moveEarlierDataFolders()
{
    const QString appName = QString::fromLatin1(BuildInfo::AppName);
    QStringList left;

    // Data: history, sandbox state. The old folder is a child of the new one.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString oldData = QDir(data).filePath(appName);
    if (QFileInfo(oldData).isDir()) {
        left << moveEntries(oldData, data);
    }

    // Settings: workspaces, window state, retention.
    const QString settings = AppSettings::filePath();
    const QString oldSettings = QDir(QFileInfo(settings).absolutePath())
                                    .filePath(appName + QLatin1Char('/') + appName + QStringLiteral(".conf"));
    if (QFileInfo::exists(oldSettings)) {
        if (QFileInfo::exists(settings) || !QDir().rename(oldSettings, settings)) {
            left << oldSettings;
        } else {
            QDir().rmdir(QFileInfo(oldSettings).absolutePath());
        }
    }

    if (left.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate("Bootstrap",
                                       "Vero Admin now keeps its files in %1 and %2. These earlier files could not be "
                                       "moved there and are left where they were: %3")
        .arg(QDir::toNativeSeparators(data),
             QDir::toNativeSeparators(settings),
             QDir::toNativeSeparators(left.join(QStringLiteral(", "))));
}

QString Bootstrap::makeFilesPrivate()
{
    QStringList problems;
    const Fallible<void> data
        = PrivateFiles::ensurePrivateFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!data) {
        problems << data.error();
    }
    // The settings file sits in the user's configuration folder, shared with other programs: that folder is only
    // created when missing (private, as the XDG specification asks), never narrowed.
    const QString settings = AppSettings::filePath();
    const QString settingsFolder = QFileInfo(settings).absolutePath();
    Fallible<void> folder;
    if (!QFileInfo(settingsFolder).isDir()) {
        folder = PrivateFiles::ensurePrivateFolder(settingsFolder);
    }
    const Fallible<void> file = folder ? PrivateFiles::makePrivate(settings) : folder;
    if (!file) {
        problems << file.error();
    }
    if (problems.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate("Bootstrap", "Vero Admin's files may be readable by other users: %1")
        .arg(problems.join(QStringLiteral("; ")));
}

QString Bootstrap::prepareFiles()
{
    QStringList messages;
    for (const QString& message : {moveEarlierDataFolders(), makeFilesPrivate()}) {
        if (!message.isEmpty()) {
            messages << message;
        }
    }
    return messages.join(QLatin1Char('\n'));
}
