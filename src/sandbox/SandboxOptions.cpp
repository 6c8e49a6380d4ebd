#include "sandbox/SandboxOptions.h"

#include "sandbox/SandboxClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <limits>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vero-sandbox", text);
}

bool readRate(const QString& text, double* rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0 && *rate <= 1;
}

} // namespace

bool SandboxOptions::parse(const QStringList& arguments, SandboxOptions* result, int* exitCode, QString* output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local server that behaves like Vero's Track API v2 (under /api/v2), keeps the users and events it "
           "is sent, and shows them under /sandbox/ (users, users/ID, events?user=ID, requests, reset, clock, "
           "faults), which need one of its tokens as \"Authorization: Bearer TOKEN\". It listens on 127.0.0.1 only "
           "unless --host says otherwise, refuses requests from web pages (an Origin header, a Host that is not its "
           "own address), and prints \"listening on URL\" on standard output once ready."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption host(
        QStringLiteral("host"), tr("Listen on ADDRESS (default 127.0.0.1)."), QStringLiteral("ADDRESS"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Listen on PORT (default %1; 0 picks a free port).").arg(DefaultPort),
                                  QStringLiteral("PORT"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        tr("A valid credential (auth_token or tracking_api_key, and the Bearer token of the /sandbox/ pages); "
           "repeat for several. Visible to every user of this machine (ps): programs should rather set the "
           "environment variable %1 or use --token-file.")
            .arg(QLatin1String(TokenVariable)),
        QStringLiteral("TOKEN"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"), tr("Read valid credentials from FILE, one per line."), QStringLiteral("FILE"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Load users and events from FILE at start and save them there on every change."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption dedupWindow(QStringLiteral("dedup-window"),
                                         tr("Drop repeated events within SECONDS (default %1; 0 keeps every event).")
                                             .arg(EventDedup::ServiceWindowSeconds),
                                         QStringLiteral("SECONDS"));
    const QCommandLineOption clockOffset(QStringLiteral("clock-offset"),
                                         tr("Run the sandbox's clock SECONDS ahead (negative: behind)."),
                                         QStringLiteral("SECONDS"));
    const QCommandLineOption latency(
        QStringLiteral("latency"), tr("Delay every API answer by MS milliseconds."), QStringLiteral("MS"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      tr("Answer a share P (0 to 1) of API requests with 500, 502 or 503."),
                                      QStringLiteral("P"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       tr("Answer 429 with Retry-After beyond N API requests per second."),
                                       QStringLiteral("N"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                      tr("Close a share P (0 to 1) of API connections without answering."),
                                      QStringLiteral("P"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Seed the fault dice with N, for repeatable runs."), QStringLiteral("N"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("Serve HTTPS with the PEM certificate (and chain) in FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), tr("The PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not log each request on standard error."));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        tr("Close a connection that sends no complete request within SECONDS of opening or of its last answer, "
           "or whose body stalls that long (default %1).")
            .arg(DefaultIdleTimeoutSeconds),
        QStringLiteral("SECONDS"));
    parser.addOptions({host,
                       port,
                       token,
                       tokenFile,
                       state,
                       dedupWindow,
                       clockOffset,
                       latency,
                       failRate,
                       rateLimit,
                       dropRate,
                       seed,
                       tlsCert,
                       tlsKey,
                       quiet,
                       idleTimeout});

    *exitCode = 0;
    output->clear();
    auto fail = [exitCode, output](const QString& message) {
        *exitCode = 2;
        *output = message;
        return false;
    };
    if (!parser.parse(arguments)) {
        return fail(parser.errorText() + QLatin1Char('\n') + tr("Run 'vero-sandbox --help' for the options."));
    }
    if (parser.isSet(helpOption)) {
        *output = parser.helpText();
        return false;
    }
    if (parser.isSet(versionOption)) {
        *output = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                  + QLatin1Char('\n');
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }

    SandboxOptions options;
    bool ok = true;
    if (parser.isSet(host)) {
        options.host = QHostAddress(parser.value(host));
        if (options.host.isNull()) {
            return fail(tr("--host must be an IP address, like 127.0.0.1 (got \"%1\").").arg(parser.value(host)));
        }
    }
    if (parser.isSet(port)) {
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > std::numeric_limits<quint16>::max()) {
            return fail(tr("--port must be a number from 0 to 65535 (got \"%1\").").arg(parser.value(port)));
        }
        options.port = quint16(value);
    }
    for (const QString& value : parser.values(token)) {
        if (value.trimmed().isEmpty()) {
            return fail(tr("--token must not be empty."));
        }
        options.tokens.append(value.trimmed());
    }
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return fail(tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString()));
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        int found = 0;
        for (const QString& line : lines) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#'))) {
                options.tokens.append(trimmed);
                ++found;
            }
        }
        if (found == 0) {
            return fail(
                tr("The token file %1 holds no token (one per line; # starts a comment).").arg(file.fileName()));
        }
    }
    const QString environmentToken = qEnvironmentVariable(TokenVariable).trimmed();
    if (!environmentToken.isEmpty()) {
        options.tokens.append(environmentToken);
    }
    if (options.tokens.isEmpty()) {
        return fail(tr("No valid credential: give --token TOKEN or --token-file FILE, or set %1. Clients must send "
                       "one of them as auth_token or tracking_api_key.")
                        .arg(QLatin1String(TokenVariable)));
    }
    options.statePath = parser.value(state);
    if (parser.isSet(dedupWindow)) {
        options.dedupWindowSeconds = parser.value(dedupWindow).toInt(&ok);
        if (!ok || options.dedupWindowSeconds < 0) {
            return fail(tr("--dedup-window must be a whole number of seconds, 0 or more."));
        }
    }
    if (parser.isSet(clockOffset)) {
        options.clockOffsetSeconds = parser.value(clockOffset).toLongLong(&ok);
        if (!ok || options.clockOffsetSeconds < -SandboxClock::MaxOffsetSeconds
            || options.clockOffsetSeconds > SandboxClock::MaxOffsetSeconds) {
            return fail(tr("--clock-offset must be a whole number of seconds from -%1 to %1 (about 100 years).")
                            .arg(SandboxClock::MaxOffsetSeconds));
        }
    }
    if (parser.isSet(latency)) {
        options.faults.latencyMs = parser.value(latency).toInt(&ok);
        if (!ok || options.faults.latencyMs < 0 || options.faults.latencyMs > FaultInjector::Settings::MaxLatencyMs) {
            return fail(tr("--latency must be a whole number of milliseconds from 0 to %1.")
                            .arg(FaultInjector::Settings::MaxLatencyMs));
        }
    }
    if (parser.isSet(failRate) && !readRate(parser.value(failRate), &options.faults.failRate)) {
        return fail(tr("--fail-rate must be a number from 0 to 1, like 0.2."));
    }
    if (parser.isSet(dropRate) && !readRate(parser.value(dropRate), &options.faults.dropRate)) {
        return fail(tr("--drop-rate must be a number from 0 to 1, like 0.2."));
    }
    if (parser.isSet(rateLimit)) {
        options.faults.rateLimit = parser.value(rateLimit).toInt(&ok);
        if (!ok || options.faults.rateLimit < 1 || options.faults.rateLimit > FaultInjector::Settings::MaxRateLimit) {
            return fail(tr("--rate-limit must be a whole number of requests per second from 1 to %1.")
                            .arg(FaultInjector::Settings::MaxRateLimit));
        }
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok) {
            return fail(tr("--seed must be a whole number."));
        }
    }
    options.tlsCertificatePath = parser.value(tlsCert);
    options.tlsKeyPath = parser.value(tlsKey);
    if (options.tlsCertificatePath.isEmpty() != options.tlsKeyPath.isEmpty()) {
        return fail(tr("--tls-cert and --tls-key go together: give both to serve HTTPS."));
    }
    options.quiet = parser.isSet(quiet);
    if (parser.isSet(idleTimeout)) {
        options.idleTimeoutSeconds = parser.value(idleTimeout).toInt(&ok);
        if (!ok || options.idleTimeoutSeconds < 1 || options.idleTimeoutSeconds > MaxIdleTimeoutSeconds) {
            return fail(
                tr("--idle-timeout must be a whole number of seconds from 1 to %1.").arg(MaxIdleTimeoutSeconds));
        }
    }
    *result = options;
    return true;
}
