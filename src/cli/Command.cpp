#include "cli/Command.h"

#include "core/api/Workspace.h"

void Command::addPositionalArguments(QCommandLineParser&) const { }

QList<QCommandLineOption> Command::commonOptions()
{
    return {
        {QStringLiteral("workspace"),
         tr("Use the saved workspace NAME (base URL, and the credential stored for it in the keychain, which "
            "comes before $VERO_AUTH_TOKEN)."),
         QStringLiteral("NAME")},
        {QStringLiteral("base-url"),
         tr("Send to URL (default %1).").arg(Workspace::defaultBaseUrl().toString()),
         QStringLiteral("URL")},
        {QStringLiteral("credential-name"),
         tr("Name of the credential field: auth_token or tracking_api_key."),
         QStringLiteral("NAME")},
        {QStringLiteral("credential-in"),
         tr("Where the credential goes: body or query."),
         QStringLiteral("body|query")},
        {QStringLiteral("timeout"),
         tr("Give up after SECONDS, the deadline for the whole request and its answer (default %1).")
             .arg(Workspace::DefaultTimeoutSeconds),
         QStringLiteral("SECONDS")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificate(s) in PEM file."), QStringLiteral("PEM")},
        {QStringLiteral("token-file"),
         tr("Read the credential from FILE, before the keychain and $VERO_AUTH_TOKEN."),
         QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), tr("Print the request (curl command, or JSON with --json) and send nothing.")},
        {QStringLiteral("json"), tr("Machine-readable output.")},
    };
}

QCommandLineOption Command::valueOption(const char* name, const char* description, const char* valueName)
{
    return {QString::fromLatin1(name), tr(description), QString::fromLatin1(valueName)};
}

QString Command::optionValue(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name) ? parser.value(name) : QString();
}

QStringList Command::optionValues(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name) ? parser.values(name) : QStringList();
}
