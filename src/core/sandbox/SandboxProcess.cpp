#include "core/sandbox/SandboxProcess.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>

#include <chrono>
#include <limits>

namespace {

const QLatin1String ProgramName("vero-sandbox");
// vero-sandbox's SandboxOptions::TokenVariable (the core does not include the sandbox).
const QLatin1String TokenVariable("VERO_SANDBOX_TOKEN");
const QByteArray ReadyPrefix("listening on ");
constexpr int StderrTailLines = 5;

} // namespace

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
    , m_program(defaultProgram())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(
            tr("The sandbox did not report that it was ready within %1 seconds.%2")
                .arg(
                    std::chrono::duration_cast<std::chrono::seconds>(std::chrono::milliseconds(StartTimeoutMs)).count())
                .arg(lastErrorLines()));
        stop();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SandboxProcess::onStandardError);
    connect(&m_process, &QProcess::errorOccurred, this, &SandboxProcess::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
}

SandboxProcess::~SandboxProcess()
{
    // No signals to a half-destroyed owner while the child is stopped.
    m_process.disconnect(this);
    m_startTimer.disconnect(this);
    stop();
}

QString SandboxProcess::defaultProgram()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    // Installed: next to the app. Build tree: src/app/ and src/sandbox/ are siblings.
    const QStringList candidates
        = {appDir + QLatin1Char('/') + ProgramName, appDir + QStringLiteral("/../sandbox/") + ProgramName};
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable()) {
            return QDir::cleanPath(info.absoluteFilePath());
        }
    }
    const QString fromPath = QStandardPaths::findExecutable(ProgramName);
    return fromPath.isEmpty() ? QString(ProgramName) : fromPath;
}

void SandboxProcess::setProgram(const QString& path)
{
    m_program = path;
}

bool SandboxProcess::loopbackPortIsFree(int port)
{
    if (port <= 0 || port > std::numeric_limits<quint16>::max()) {
        return false;
    }
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, quint16(port));
}

void SandboxProcess::setArguments(const QStringList& extra)
{
    m_arguments = extra;
}

QUrl SandboxProcess::apiBaseUrl() const
{
    if (m_rootUrl.isEmpty()) {
        return {};
    }
    QUrl url = m_rootUrl;
    url.setPath(QStringLiteral("/api/v2"));
    return url;
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void SandboxProcess::start()
{
    if (isRunning()) {
        return;
    }
    m_rootUrl.clear();
    m_error.clear();
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_stderrTail.clear();
    m_stopping = false;
    m_failedReported = false;

    QStringList arguments = m_arguments;
    const bool hasPort = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& argument) {
        return argument == QLatin1String("--port") || argument.startsWith(QLatin1String("--port="));
    });
    if (!hasPort) {
        arguments.prepend(QStringLiteral("0"));
        arguments.prepend(QStringLiteral("--port"));
    }
    m_process.setProgram(m_program);
    m_process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(TokenVariable); // only the token this object was given
    if (!m_token.isEmpty()) {
        environment.insert(TokenVariable, m_token);
    }
    m_process.setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // The child must not outlive the app even when the app is killed outright (SIGKILL, a crash): the kernel
    // sends it SIGTERM, on which it saves its state and exits.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_startTimer.start(StartTimeoutMs);
    m_process.start(QIODevice::ReadOnly);
}

bool SandboxProcess::waitForReady(int msecs)
{
    if (m_rootUrl.isValid() && isRunning()) {
        return true;
    }
    if (!isRunning()) {
        if (m_error.isEmpty()) {
            m_error = tr("The sandbox is not running: start() it first.");
        }
        return false;
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &SandboxProcess::ready, &loop, &QEventLoop::quit);
    connect(this, &SandboxProcess::failed, &loop, &QEventLoop::quit);
    timeout.start(msecs);
    loop.exec();
    if (!m_rootUrl.isValid() && m_error.isEmpty()) {
        m_error = tr("The sandbox did not report that it was ready within %1 ms.").arg(msecs);
    }
    return m_rootUrl.isValid() && isRunning();
}

void SandboxProcess::stop()
{
    m_startTimer.stop();
    if (!isRunning()) {
        return;
    }
    m_stopping = true;
    // SIGTERM first: the sandbox saves its state on the way out.
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

void SandboxProcess::onStandardOutput()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (m_rootUrl.isEmpty() && line.startsWith(ReadyPrefix)) {
            const QUrl url(QString::fromUtf8(line.mid(ReadyPrefix.size())), QUrl::StrictMode);
            if (!url.isValid() || url.port() <= 0) {
                fail(tr("The sandbox reported an address that cannot be used: %1").arg(QString::fromUtf8(line)));
                stop();
                return;
            }
            m_startTimer.stop();
            m_rootUrl = url;
            emit ready(m_rootUrl);
        }
    }
}

void SandboxProcess::onStandardError()
{
    // Always drained: a child blocked on a full pipe would stop answering.
    m_stderrBuffer += m_process.readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrBuffer.indexOf('\n')) >= 0) {
        m_stderrTail.append(QString::fromUtf8(m_stderrBuffer.left(newline)).trimmed());
        m_stderrBuffer.remove(0, newline + 1);
        while (m_stderrTail.size() > StderrTailLines) {
            m_stderrTail.removeFirst();
        }
    }
}

QString SandboxProcess::lastErrorLines() const
{
    QStringList lines;
    for (const QString& line : m_stderrTail) {
        if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    if (lines.isEmpty()) {
        return {};
    }
    // The sandbox's own last words usually say exactly what is wrong (port in use, bad certificate).
    return QLatin1Char(' ') + lines.constLast();
}

void SandboxProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        m_startTimer.stop();
        fail(tr("The sandbox program %1 could not be started: %2. Check that vero-sandbox is installed next to "
                "this program or on the PATH.")
                 .arg(QDir::toNativeSeparators(m_program), m_process.errorString()));
    }
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimer.stop();
    onStandardError();
    if (!m_stderrBuffer.isEmpty()) {
        m_stderrTail.append(QString::fromUtf8(m_stderrBuffer).trimmed());
        m_stderrBuffer.clear();
    }
    const bool wasReady = m_rootUrl.isValid();
    if (!m_stopping) {
        QString message;
        if (!wasReady) {
            message
                = tr("The sandbox stopped before it was ready (exit code %1).%2").arg(exitCode).arg(lastErrorLines());
        } else if (status == QProcess::CrashExit) {
            message = tr("The sandbox crashed.%1").arg(lastErrorLines());
        } else {
            message = tr("The sandbox stopped unexpectedly (exit code %1).%2").arg(exitCode).arg(lastErrorLines());
        }
        fail(message);
    }
    m_rootUrl.clear();
    emit finished();
}

void SandboxProcess::fail(const QString& message)
{
    m_error = message;
    if (!m_failedReported) {
        m_failedReported = true;
        emit failed(message);
    }
}
