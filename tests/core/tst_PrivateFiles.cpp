#include "core/platform/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
int modeOf(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}
} // namespace

// Folders and files only their owner may read, created that way and narrowed when found open.
class tst_PrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsPrivateFolders();
    void narrowsAnOpenFolder();
    void createsPrivateFiles();
    void narrowsAnOpenFileKeepingItsContent();
    void saysWhatFailed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    mode_t m_umask = 0;
};

void tst_PrivateFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The usual umask leaves new files readable by everyone: the helpers must not depend on a strict one.
    m_umask = ::umask(022);
}

void tst_PrivateFiles::cleanup()
{
    ::umask(m_umask);
    m_dir.reset();
}

void tst_PrivateFiles::createsPrivateFolders()
{
    const QString folder = m_dir->filePath(QStringLiteral("a/b/vero-admin"));
    QVERIFY(PrivateFiles::ensurePrivateFolder(folder).ok());
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("a"))), 0700); // missing parents are made private too
    QVERIFY(PrivateFiles::isPrivate(folder));
    QVERIFY(PrivateFiles::ensurePrivateFolder(folder).ok()); // again: nothing to do
}

void tst_PrivateFiles::narrowsAnOpenFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(!PrivateFiles::isPrivate(folder));
    QVERIFY(PrivateFiles::ensurePrivateFolder(folder).ok());
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir->path()), 0700); // QTemporaryDir's own; an existing parent is left as it was
}

void tst_PrivateFiles::createsPrivateFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("vero-admin.conf"));
    QVERIFY(PrivateFiles::makePrivate(path).ok());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void tst_PrivateFiles::narrowsAnOpenFileKeepingItsContent()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rows");
    file.close();
    QCOMPARE(modeOf(path), 0644);
    QVERIFY(PrivateFiles::makePrivate(path).ok());
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("rows"));
}

void tst_PrivateFiles::saysWhatFailed()
{
    const QString inMissingFolder = m_dir->filePath(QStringLiteral("missing/file"));
    const Fallible<void> file = PrivateFiles::makePrivate(inMissingFolder);
    QVERIFY(!file.ok());
    QVERIFY2(file.error().contains(inMissingFolder), qPrintable(file.error()));
    QVERIFY2(file.error().contains(QLatin1String("No such file")), qPrintable(file.error()));

    const QString blocker = m_dir->filePath(QStringLiteral("plain-file"));
    QVERIFY(PrivateFiles::makePrivate(blocker).ok());
    const Fallible<void> folder = PrivateFiles::ensurePrivateFolder(blocker + QStringLiteral("/sub"));
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().contains(blocker), qPrintable(folder.error()));
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_PrivateFiles.moc"
