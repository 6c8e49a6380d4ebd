#include "VeroCtlRunner.h"

#include "core/api/Redaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

VeroCtlRunner::VeroCtlRunner(const QString& home)
    : m_home(home)
{
}

QProcessEnvironment VeroCtlRunner::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VERO_AUTH_TOKEN"));
    if (!m_token.isEmpty()) {
        environment.insert(QStringLiteral("VERO_AUTH_TOKEN"), m_token);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_home).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home).filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("VEROCTL"), QStringLiteral(VEROCTL_PATH));
    environment.insert(m_extra);
    return environment;
}

VeroCtlRunner::Run VeroCtlRunner::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProgram(QStringLiteral(VEROCTL_PATH));
    process.setArguments(arguments + m_appended);
    return finish(process, input);
}

VeroCtlRunner::Run VeroCtlRunner::runShell(const QString& script, const QByteArray& input) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProgram(QStringLiteral("sh"));
    process.setArguments({QStringLiteral("-c"), script});
    return finish(process, input);
}

VeroCtlRunner::Run VeroCtlRunner::finish(QProcess& process, const QByteArray& input) const
{
    QElapsedTimer elapsed;
    elapsed.start();
    process.start();
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
    result.elapsedMs = elapsed.elapsed();
    struct rusage usage = {};
    if (::getrusage(RUSAGE_CHILDREN, &usage) == 0) {
        result.childrenPeakRssKiB = usage.ru_maxrss;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.leaked = Redaction::contains(result.out, m_token) || Redaction::contains(result.err, m_token);
    if (result.leaked) {
        qWarning("veroctl printed the credential");
        result.exitCode = LeakedExitCode;
    }
    return result;
}
