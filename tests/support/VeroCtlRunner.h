#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// veroctl as scripts run it: a process with its own settings and data folders (so it never sees the user's),
// standard input a pipe (never a terminal) holding what the test gives, the event loop turning while it runs
// (the loopback servers of the tests answer from the test's thread). Every run is checked for the credential in
// what veroctl printed, in every encoding Redaction knows: a run that shows it reports exit code LeakedExitCode,
// so no exit-code check passes.
class VeroCtlRunner
{
public:
    static constexpr int DefaultTimeoutMs = 60000;
    static constexpr int LeakedExitCode = -2;

    struct Run
    {
        int exitCode = -1; // -1: did not finish or crashed; LeakedExitCode: the credential was printed
        QString out;
        QString err;
        bool leaked = false; // the credential appeared on stdout or stderr
        qint64 elapsedMs = 0;
        // The largest peak resident memory of any program this test has run and waited for (getrusage's
        // RUSAGE_CHILDREN), this run included: an upper bound for this run's peak.
        qint64 childrenPeakRssKiB = 0;
    };

    // `home` holds config/ and data/ for veroctl (XDG_CONFIG_HOME, XDG_DATA_HOME).
    explicit VeroCtlRunner(const QString& home);

    // $VERO_AUTH_TOKEN for the runs; empty removes it.
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    // A variable for every run (set after the defaults, so it can override them).
    void setEnvironment(const QString& name, const QString& value) { m_extra.insert(name, value); }
    // Arguments added after those of every run (the test server's --base-url, say).
    void setAppendedArguments(const QStringList& arguments) { m_appended = arguments; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Run run(const QStringList& arguments, const QByteArray& input = {}) const;
    // `script` run by sh -c with the same environment, $VEROCTL naming the program: for arguments QProcess cannot
    // pass (bytes that are not UTF-8, made with printf). The appended arguments are not added.
    Run runShell(const QString& script, const QByteArray& input = {}) const;
    QString home() const { return m_home; }

private:
    QProcessEnvironment environment() const;
    Run finish(QProcess& process, const QByteArray& input) const;

    QString m_home;
    QString m_token;
    QProcessEnvironment m_extra;
    QStringList m_appended;
    int m_timeoutMs = DefaultTimeoutMs;
};
