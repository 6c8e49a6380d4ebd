#include "core/platform/BuildInfo.h"
#include "core/workspace/KeychainBackend.h"
#include "core/workspace/KeychainModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The keychain module is found where the programs are installed or, for programs run from the build tree, in
// it; it is never looked for elsewhere; and a missing or foreign module is said in words, not a crash.
class tst_KeychainModule : public QObject
{
    Q_OBJECT

private slots:
    void installedProgramsLookBesideThemselvesOnly();
    void buildTreeProgramsAlsoFindTheBuildTreesModule();
    void theBuiltModuleLoadsAndIsAKeychain();
    void aMissingModuleIsSaidWithWhereItWasLookedFor();
    void aFileThatIsNotTheModuleIsRefused();
};

void tst_KeychainModule::installedProgramsLookBesideThemselvesOnly()
{
    const QStringList paths = KeychainModule::candidates(QStringLiteral("/opt/vero/bin"));
    QCOMPARE(paths.size(), 1);
    QVERIFY2(paths.first().startsWith(QStringLiteral("/opt/vero/")), qPrintable(paths.first()));
    QVERIFY2(paths.first().endsWith(QStringLiteral("/vero-admin/vero-keychain.so")), qPrintable(paths.first()));
    QVERIFY(!paths.first().contains(QString::fromUtf8(BuildInfo::BuildTree)));
}

void tst_KeychainModule::buildTreeProgramsAlsoFindTheBuildTreesModule()
{
    const QStringList paths = KeychainModule::candidates(QCoreApplication::applicationDirPath());
    QCOMPARE(paths.size(), 2);
    QCOMPARE(paths.last(), QString::fromUtf8(BuildInfo::BuildTreeKeychainDir) + QStringLiteral("/vero-keychain.so"));
    // A folder whose name merely begins like the build tree's is not inside it.
    QCOMPARE(KeychainModule::candidates(QString::fromUtf8(BuildInfo::BuildTree) + QStringLiteral("-other/bin")).size(),
             1);
}

void tst_KeychainModule::theBuiltModuleLoadsAndIsAKeychain()
{
    const Fallible<KeychainBackend*> backend = KeychainModule::backend();
    QVERIFY2(backend.ok(), qPrintable(backend.error()));
    QVERIFY(*backend != nullptr);
    // Loaded once: the same backend every time.
    QCOMPARE(*KeychainModule::backend(), *backend);
}

void tst_KeychainModule::aMissingModuleIsSaidWithWhereItWasLookedFor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vero-keychain.so"));
    const Fallible<KeychainBackend*> backend = KeychainModule::loadFrom({path});
    QVERIFY(!backend.ok());
    QVERIFY2(backend.error().contains(QStringLiteral("missing")), qPrintable(backend.error()));
    QVERIFY2(backend.error().contains(QDir::toNativeSeparators(path)), qPrintable(backend.error()));
    QVERIFY2(backend.error().contains(QStringLiteral("Reinstall Vero Admin")), qPrintable(backend.error()));
}

void tst_KeychainModule::aFileThatIsNotTheModuleIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vero-keychain.so"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a library");
    file.close();
    const Fallible<KeychainBackend*> backend = KeychainModule::loadFrom({path});
    QVERIFY(!backend.ok());
    QVERIFY2(backend.error().contains(QStringLiteral("could not be loaded")), qPrintable(backend.error()));
}

QTEST_GUILESS_MAIN(tst_KeychainModule)
#include "tst_KeychainModule.moc"
