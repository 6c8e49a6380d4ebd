#include "VeroCtlRunner.h"

#include <QDir>
#include <QProcess>
#include <QTest>

VeroCtlRunner::VeroCtlRunner(const QString& home)
    : m_home(home)
{
}

VeroCtlRunner::Run VeroCtlRunner::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VERO_AUTH_TOKEN"));
    if (!m_token.isEmpty()) {
        environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), m_token);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_home).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home).filePath(QStringLiteral("data")));
    environment.insert(m_extra);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VEROCTL_PATH), arguments + m_appended);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, m_timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("veroctl did not finish within %1 ms").arg(m_timeoutMs);
        qWarning("%s", qPrintable(result.err));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.leaked = !m_token.isEmpty() && (result.out.contains(m_token) || result.err.contains(m_token));
    if (result.leaked) {
        qWarning("veroctl printed the credential");
        result.exitCode = LeakedExitCode;
    }
    return result;
}
