#include "core/platform/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PrivateFiles", text);
}

Fallible<void> failure(const char* what, const QString& path, int error)
{
    return Fallible<void>::failure(
        tr(what).arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
}

// Narrows the mode of what is at `path` to `mode` when anyone else has any right to it.
Fallible<void> narrow(const QString& path, mode_t mode)
{
    struct stat status = {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &status) != 0) {
        return failure(QT_TRANSLATE_NOOP("PrivateFiles", "%1 cannot be examined: %2"), path, errno);
    }
    if ((status.st_mode & 07777) != mode && ::chmod(native.constData(), mode) != 0) {
        return failure(QT_TRANSLATE_NOOP("PrivateFiles", "%1 cannot be made private to its owner: %2"), path, errno);
    }
    return {};
}

} // namespace

Fallible<void> PrivateFiles::ensurePrivateFolder(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isDir()) {
        // mkdir with the mode itself: a folder made open and closed afterwards could be entered in between.
        const QString parent = QFileInfo(absolute).absolutePath();
        if (parent != absolute && !QFileInfo(parent).isDir()) {
            if (Fallible<void> made = ensurePrivateFolder(parent); !made) {
                return made;
            }
        }
        if (::mkdir(QFile::encodeName(absolute).constData(), FolderMode) != 0 && errno != EEXIST) {
            return failure(QT_TRANSLATE_NOOP("PrivateFiles", "The folder %1 cannot be created: %2"), absolute, errno);
        }
    }
    return narrow(absolute, FolderMode);
}

Fallible<void> PrivateFiles::makePrivate(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: only a file this call creates gets the mode from the start; an existing one is narrowed below.
    const int descriptor = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileMode);
    if (descriptor >= 0) {
        ::close(descriptor);
        return narrow(path, FileMode); // the umask may have taken more than the mode asked for: never less
    }
    if (errno != EEXIST) {
        return failure(QT_TRANSLATE_NOOP("PrivateFiles", "The file %1 cannot be created: %2"), path, errno);
    }
    return narrow(path, FileMode);
}

bool PrivateFiles::isPrivate(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && (status.st_mode & 077) == 0;
}
