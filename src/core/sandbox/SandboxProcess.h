#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Runs vero-sandbox as a child process for the app and the tests: starts it, reads the port from its
// "listening on URL" line, and stops it (SIGTERM, so it saves its state) when asked or when this object dies.
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxProcess(QObject* parent = nullptr);
    ~SandboxProcess() override; // stops the child

    // vero-sandbox next to the running executable (applicationDirPath), else from PATH.
    static QString defaultProgram();
    void setProgram(const QString& path);
    // Whether a sandbox could listen on 127.0.0.1:`port` now (false for 0 and ports out of range).
    static bool loopbackPortIsFree(int port);
    // Extra arguments, e.g. --state FILE --tls-cert ...; "--port 0" is added unless they name a port.
    void setArguments(const QStringList& extra);
    // The sandbox's token, passed in the child's environment (VERO_SANDBOX_TOKEN), never on its command line,
    // which every user of the machine can read (ps). Empty: none (then the arguments must give --token or
    // --token-file).
    void setToken(const QString& token) { m_token = token; }

    // Asynchronous: emits ready(url) once "listening on" is read, or failed(message).
    void start();
    // Blocking helper for tests: true once ready, false on failure or after `msecs` (errorString() says which).
    [[nodiscard]] bool waitForReady(int msecs = DefaultReadyWaitMs);
    void stop();
    bool isRunning() const;
    qint64 processId() const { return m_process.processId(); } // 0 when not running

    QUrl rootUrl() const { return m_rootUrl; }      // http://127.0.0.1:PORT
    QUrl apiBaseUrl() const;                        // rootUrl + /api/v2
    QString errorString() const { return m_error; } // why it failed, in words

    static constexpr int StartTimeoutMs = 15000;
    static constexpr int StopTimeoutMs = 5000;
    static constexpr int DefaultReadyWaitMs = 10000;

signals:
    void ready(const QUrl& rootUrl);
    void failed(const QString& message);
    void finished(); // the child exited (crash or stop)

private:
    void onStandardOutput();
    void onStandardError();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& message);
    QString lastErrorLines() const;

    QProcess m_process;
    QTimer m_startTimer;
    QString m_program;
    QStringList m_arguments;
    QString m_token;
    QUrl m_rootUrl;
    QString m_error;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    QStringList m_stderrTail; // last lines of the child's log, to explain a failure
    bool m_stopping = false;
    bool m_failedReported = false;
};
