#include "cli/VeroCtl.h"

#include "core/api/OperationInput.h"
#include "core/api/RequestBuilder.h"
#include "core/api/RequestRenderer.h"
#include "core/api/VeroClient.h"
#include "core/history/HistoryRecorder.h"
#include "core/history/HistoryStore.h"
#include "core/workspace/CredentialStore.h"
#include "core/workspace/WorkspaceService.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veroctl", text);
}

const char* const TokenVariable = "VERO_AUTH_TOKEN";

// The value of an option that may not exist for this command (QCommandLineParser warns on unknown names).
QString optionValue(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name) ? parser.value(name) : QString();
}

QStringList optionValues(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name) ? parser.values(name) : QStringList();
}

// Options every command understands. The names are a contract: scripts use them.
QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("workspace"),
         tr("Use the saved workspace NAME (base URL, credential from the keychain)."),
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
         tr("Give up after SECONDS without an answer (default %1).").arg(Workspace::DefaultTimeoutSeconds),
         QStringLiteral("SECONDS")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificate(s) in PEM file."), QStringLiteral("PEM")},
        {QStringLiteral("token-file"),
         tr("Read the credential from FILE instead of $VERO_AUTH_TOKEN."),
         QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), tr("Print the request (curl command, or JSON with --json) and send nothing.")},
        {QStringLiteral("json"), tr("Machine-readable output.")},
    };
}

QCommandLineOption valueOption(const char* name, const char* description, const char* valueName)
{
    return {QString::fromLatin1(name), tr(description), QString::fromLatin1(valueName)};
}

QList<QCommandLineOption> operationOptions(Operation operation)
{
    const auto id = valueOption("id", "The user's id.", "ID");
    const auto email = valueOption("email", "The user's email address.", "EMAIL");
    switch (operation) {
        case Operation::Identify:
            return {id,
                    email,
                    valueOption("phone", "The user's phone number.", "NUMBER"),
                    valueOption("data", "Custom properties as a JSON object.", "JSON"),
                    valueOption("channel", "A device channel; repeat for several.", "type,address,platform")};
        case Operation::EditProperties:
            return {id, email, valueOption("changes", "Properties to change, as a JSON object.", "JSON")};
        case Operation::Alias:
            return {valueOption("id", "The user's current id.", "ID"), valueOption("new-id", "The new id.", "NEW_ID")};
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
            return {id};
        case Operation::Delete:
            return {id, {QStringLiteral("yes"), tr("Do not ask to type the id back (for scripts).")}};
        case Operation::TagsEdit:
            return {id,
                    valueOption("add", "A tag to add; repeat for several.", "TAG"),
                    valueOption("remove", "A tag to remove; repeat for several.", "TAG")};
        case Operation::TrackEvent:
            return {id,
                    email,
                    valueOption("name", "The event name.", "NAME"),
                    valueOption("data", "Event properties as a JSON object.", "JSON"),
                    valueOption("extras", "Vero extras (source, created_at, check_id) as a JSON object.", "JSON")};
        case Operation::Heartbeat:
            return {};
    }
    return {};
}

// "push,TOKEN,android" -> {"type":"push","address":"TOKEN","platform":"android"}. The address is everything
// between the first and the last comma, so it may itself contain commas.
std::optional<QJsonObject> parseChannel(const QString& text)
{
    const qsizetype first = text.indexOf(QLatin1Char(','));
    const qsizetype last = text.lastIndexOf(QLatin1Char(','));
    if (first < 0 || first == last) {
        return std::nullopt;
    }
    QJsonObject channel;
    channel.insert(QStringLiteral("type"), text.left(first).trimmed());
    channel.insert(QStringLiteral("address"), text.mid(first + 1, last - first - 1).trimmed());
    channel.insert(QStringLiteral("platform"), text.mid(last + 1).trimmed());
    return channel;
}

} // namespace

VeroCtl::VeroCtl()
    : m_out(stdout)
    , m_err(stderr)
{
}

int VeroCtl::fail(const QString& message, int code)
{
    m_err << "veroctl: " << message << Qt::endl;
    return code;
}

QString VeroCtl::generalHelp() const
{
    return tr("Send Vero Track API v2 requests from the command line.\n"
              "\n"
              "Commands:\n"
              "  identify     create or update a user (users/track)\n"
              "  edit         edit user properties (legacy users/edit)\n"
              "  alias        change a user's id (users/reidentify)\n"
              "  unsubscribe  unsubscribe a user\n"
              "  resubscribe  resubscribe a user\n"
              "  delete       delete a user, permanently\n"
              "  tags         add or remove tags\n"
              "  event        track an event (events/track)\n"
              "  heartbeat    test the connection\n"
              "  workspace    list | add NAME | remove NAME | set-token NAME (token read from stdin)\n"
              "\n"
              "Run 'veroctl COMMAND --help' for a command's options.\n"
              "The credential is read from $VERO_AUTH_TOKEN, --token-file, or the keychain of --workspace; "
              "never from an argument.\n"
              "\n"
              "Exit codes:\n"
              "  0  accepted by the service (2xx)\n"
              "  1  rejected by the service (4xx)\n"
              "  2  bad input or local problem; nothing was sent\n"
              "  3  network failure, timeout or server error (5xx)");
}

int VeroCtl::run(const QStringList& arguments)
{
    // First pass: global options only, to find the command. Its own options are unknown here, so errors are
    // ignored until the second pass.
    QCommandLineParser first;
    first.addOptions(globalOptions());
    first.addHelpOption();
    first.addVersionOption();
    first.parse(arguments);
    const QStringList positional = first.positionalArguments();
    const QString command = positional.value(0);

    QCommandLineParser parser;
    parser.setApplicationDescription(generalHelp());
    parser.addOptions(globalOptions());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see above)."));

    const std::optional<Operation> operation = Operations::fromKey(command);
    if (operation) {
        parser.addOptions(operationOptions(*operation));
    } else if (command == QLatin1String("workspace")) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("list, add NAME, remove NAME, or set-token NAME."));
    }

    if (!parser.parse(arguments)) {
        return fail(parser.errorText() + QLatin1Char('\n') + tr("Run 'veroctl --help' for usage."));
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Accepted;
    }
    if (parser.isSet(helpOption) || command.isEmpty()) {
        m_out << parser.helpText();
        return command.isEmpty() && !parser.isSet(helpOption) ? BadInput : Accepted;
    }
    if (operation) {
        if (parser.positionalArguments().size() > 1) {
            return fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));
        }
        return runOperation(*operation, parser);
    }
    if (command == QLatin1String("workspace")) {
        return runWorkspace(parser);
    }
    return fail(tr("Unknown command \"%1\". Run 'veroctl --help' for the list.").arg(command));
}

std::optional<Workspace> VeroCtl::resolveWorkspace(const QCommandLineParser& parser, bool forAdd)
{
    Workspace workspace;
    workspace.name = QStringLiteral("command-line");
    if (parser.isSet(QStringLiteral("workspace")) && !forAdd) {
        const QString name = parser.value(QStringLiteral("workspace"));
        const std::optional<Workspace> saved = WorkspaceStore().find(name);
        if (!saved) {
            fail(tr("There is no workspace named \"%1\". 'veroctl workspace list' shows them.").arg(name));
            return std::nullopt;
        }
        workspace = *saved;
    }
    if (parser.isSet(QStringLiteral("base-url"))) {
        workspace.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    }
    if (parser.isSet(QStringLiteral("credential-name"))) {
        workspace.credentialName = parser.value(QStringLiteral("credential-name"));
    }
    if (parser.isSet(QStringLiteral("credential-in"))
        && !Workspace::placementFromKey(parser.value(QStringLiteral("credential-in")),
                                        &workspace.credentialPlacement)) {
        fail(tr("--credential-in must be body or query."));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        workspace.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok) {
            fail(tr("--timeout must be a whole number of seconds."));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        workspace.caFile = parser.value(QStringLiteral("ca-file"));
    }
    const ValidationErrors errors = workspace.validate();
    for (const ValidationError& error : errors) {
        fail(error.message);
    }
    if (!errors.isEmpty()) {
        return std::nullopt;
    }
    return workspace;
}

/// The credential, from --token-file, then $VERO_AUTH_TOKEN, then the keychain entry of --workspace.
std::optional<QString> VeroCtl::resolveCredential(const QCommandLineParser& parser, const Workspace& workspace)
{
    if (parser.isSet(QStringLiteral("token-file"))) {
        QFile file(parser.value(QStringLiteral("token-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString()));
            return std::nullopt;
        }
        const QString token = QString::fromUtf8(file.readAll()).trimmed();
        if (token.isEmpty()) {
            fail(tr("The token file %1 is empty.").arg(file.fileName()));
            return std::nullopt;
        }
        return token;
    }
    const QString fromEnvironment = qEnvironmentVariable(TokenVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    if (parser.isSet(QStringLiteral("workspace"))) {
        const CredentialStore::Result stored = CredentialStore().readNow(workspace.name);
        if (stored.ok && !stored.secret.isEmpty()) {
            return stored.secret;
        }
        fail(tr("No credential for workspace \"%1\": %2 Store one with 'veroctl workspace set-token %1', or set "
                "$VERO_AUTH_TOKEN.")
                 .arg(workspace.name, stored.error));
        return std::nullopt;
    }
    fail(tr("No credential: set $VERO_AUTH_TOKEN, use --token-file FILE, or use a --workspace with a stored token."));
    return std::nullopt;
}

bool VeroCtl::confirmDelete(const QString& id)
{
    m_err << tr("Deleting user \"%1\" is permanent: all properties and activity are lost.").arg(id) << Qt::endl
          << tr("Type the user id to confirm: ") << Qt::flush;
    QTextStream in(stdin);
    const QString typed = in.readLine().trimmed();
    if (typed != id) {
        fail(tr("The id typed does not match; nothing was sent."));
        return false;
    }
    return true;
}

int VeroCtl::runOperation(Operation operation, const QCommandLineParser& parser)
{
    OperationInput input;
    input.operation = operation;
    input.id = optionValue(parser, QStringLiteral("id"));
    input.email = optionValue(parser, QStringLiteral("email"));
    input.phone = optionValue(parser, QStringLiteral("phone"));
    input.newId = optionValue(parser, QStringLiteral("new-id"));
    input.eventName = optionValue(parser, QStringLiteral("name"));
    input.extras = optionValue(parser, QStringLiteral("extras"));
    input.changes = optionValue(parser, QStringLiteral("changes"));
    input.data = optionValue(parser, QStringLiteral("data"));
    if (operation == Operation::TagsEdit) {
        input.tagsAdd = optionValues(parser, QStringLiteral("add"));
        input.tagsRemove = optionValues(parser, QStringLiteral("remove"));
    }
    if (operation == Operation::Identify) {
        const QStringList channels = optionValues(parser, QStringLiteral("channel"));
        for (const QString& text : channels) {
            const std::optional<QJsonObject> channel = parseChannel(text);
            if (!channel) {
                return fail(tr("--channel expects type,address,platform (got \"%1\").").arg(text));
            }
            input.channels.append(*channel);
        }
    }

    const RequestBuilder::Result built = RequestBuilder::build(input);
    if (!built.ok()) {
        for (const ValidationError& error : built.errors) {
            fail(error.message);
        }
        return BadInput;
    }

    const std::optional<Workspace> workspace = resolveWorkspace(parser, false);
    if (!workspace) {
        return BadInput;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        if (json) {
            m_out << QJsonDocument(RequestRenderer::toJson(built.request, *workspace)).toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            m_out << RequestRenderer::toCurl(built.request, *workspace) << Qt::endl;
        }
        return Accepted;
    }

    const bool confirm = operation == Operation::Delete && !parser.isSet(QStringLiteral("yes"));
    if (confirm && !isatty(STDIN_FILENO)) {
        return fail(tr("delete needs confirmation: run it in a terminal to type the id back, or add --yes. "
                       "Nothing was sent."));
    }
    QString credential;
    if (Operations::needsCredential(operation)) {
        const std::optional<QString> resolved = resolveCredential(parser, *workspace);
        if (!resolved) {
            return BadInput;
        }
        credential = *resolved;
    }
    if (confirm && !confirmDelete(input.id.trimmed())) {
        return BadInput;
    }
    return send(built.request, *workspace, credential, json);
}

int VeroCtl::send(const ApiRequest& request, const Workspace& workspace, const QString& credential, bool json)
{
    VeroClient client;
    // Recorded in the same history as the app's (source "cli"); a history problem is a warning, never a failure.
    HistoryStore history;
    history.open();
    if (!history.notice().isEmpty()) {
        m_err << "veroctl: warning: " << history.notice() << Qt::endl;
    }
    HistoryRecorder recorder(&history, &client, HistoryEntry::Source::Cli);
    QObject::connect(&recorder, &HistoryRecorder::writeFailed, [this](const QString& message) {
        m_err << "veroctl: warning: " << message << Qt::endl;
    });
    QEventLoop loop;
    ApiResult result;
    QObject::connect(&client, &VeroClient::finished, &loop, [&](VeroClient::RequestId, const ApiResult& r) {
        result = r;
        loop.quit();
    });
    recorder.track(client.send(request, workspace, credential), request, workspace, credential);
    loop.exec();

    if (json) {
        QJsonObject object;
        object.insert(QStringLiteral("status"), result.status);
        object.insert(QStringLiteral("message"), result.message);
        object.insert(QStringLiteral("body"), QString::fromUtf8(result.body));
        object.insert(QStringLiteral("elapsed_ms"), result.elapsedMs);
        object.insert(QStringLiteral("error"), result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error));
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    }

    switch (result.outcome()) {
        case ApiResult::Outcome::Accepted:
            if (!json) {
                m_out << result.summary() << Qt::endl;
            }
            return Accepted;
        case ApiResult::Outcome::Rejected:
            if (!json) {
                fail(result.summary(), Rejected);
            }
            return Rejected;
        case ApiResult::Outcome::NotSent:
            if (!json) {
                fail(result.error);
            }
            return BadInput;
        case ApiResult::Outcome::Failed:
            if (!json) {
                fail(result.summary(), Failed);
            }
            return Failed;
    }
    return Failed;
}

int VeroCtl::runWorkspace(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QString name = positional.value(2);
    WorkspaceService service;

    if (action == QLatin1String("list")) {
        const QList<Workspace> workspaces = service.saved();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Workspace& workspace : workspaces) {
                array.append(QJsonObject {
                    {QStringLiteral("name"), workspace.name},
                    {QStringLiteral("base_url"), workspace.baseUrl.toString()},
                    {QStringLiteral("credential_name"), workspace.credentialName},
                    {QStringLiteral("credential_in"), Workspace::placementKey(workspace.credentialPlacement)},
                    {QStringLiteral("timeout"), workspace.timeoutSeconds},
                    {QStringLiteral("ca_file"), workspace.caFile}});
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
            return Accepted;
        }
        for (const Workspace& workspace : workspaces) {
            m_out << workspace.name << '\t' << workspace.baseUrl.toString() << '\t' << workspace.credentialName
                  << " in " << Workspace::placementKey(workspace.credentialPlacement) << '\t'
                  << workspace.timeoutSeconds << "s"
                  << (workspace.caFile.isEmpty() ? QString() : QStringLiteral("\tCA ") + workspace.caFile) << Qt::endl;
        }
        return Accepted;
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("set-token")) {
        return fail(tr("workspace expects list, add NAME, remove NAME or set-token NAME."));
    }
    if (name.isEmpty()) {
        return fail(tr("workspace %1 needs a workspace NAME.").arg(action));
    }

    if (action == QLatin1String("add")) {
        std::optional<Workspace> workspace = resolveWorkspace(parser, true);
        if (!workspace) {
            return BadInput;
        }
        // Adding an existing name updates it, keeping what the command line does not change.
        const std::optional<Workspace> existing = service.find(name);
        if (existing) {
            Workspace merged = *existing;
            if (parser.isSet(QStringLiteral("base-url"))) {
                merged.baseUrl = workspace->baseUrl;
            }
            if (parser.isSet(QStringLiteral("credential-name"))) {
                merged.credentialName = workspace->credentialName;
            }
            if (parser.isSet(QStringLiteral("credential-in"))) {
                merged.credentialPlacement = workspace->credentialPlacement;
            }
            if (parser.isSet(QStringLiteral("timeout"))) {
                merged.timeoutSeconds = workspace->timeoutSeconds;
            }
            if (parser.isSet(QStringLiteral("ca-file"))) {
                merged.caFile = workspace->caFile;
            }
            workspace = merged;
        }
        workspace->name = name;
        const WorkspaceService::Outcome saved = service.saveNow(*workspace, !existing, QString());
        for (const ValidationError& error : saved.errors) {
            fail(error.message);
        }
        if (!saved.errors.isEmpty()) {
            return BadInput;
        }
        if (!saved.ok()) {
            return fail(saved.settingsError);
        }
        m_out << tr("Saved workspace \"%1\" (%2).").arg(name, workspace->baseUrl.toString()) << Qt::endl;
        return Accepted;
    }

    if (!service.find(name)) {
        return fail(tr("There is no workspace named \"%1\". 'veroctl workspace list' shows them.").arg(name));
    }
    if (action == QLatin1String("remove")) {
        const WorkspaceService::Outcome removed = service.removeNow(name);
        if (!removed.settingsWritten) {
            return fail(removed.settingsError);
        }
        if (!removed.credentialError.isEmpty()) {
            m_err << tr("veroctl: warning: the workspace's credential could not be removed from the keychain: %1")
                         .arg(removed.credentialError)
                  << Qt::endl;
        }
        m_out << tr("Removed workspace \"%1\".").arg(name) << Qt::endl;
        return Accepted;
    }

    // set-token: the secret comes from stdin only, never from an argument (visible in ps and shell history).
    if (isatty(STDIN_FILENO)) {
        m_err << tr("Paste the credential for \"%1\" and press Enter: ").arg(name) << Qt::flush;
    }
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty()) {
        return fail(tr("No credential was given on standard input; nothing was stored."));
    }
    const WorkspaceService::Outcome written = service.setCredentialNow(name, token);
    if (!written.ok()) {
        return fail(tr("The credential could not be stored: %1").arg(written.credentialError));
    }
    m_out << tr("Stored the credential for \"%1\" in the system keychain.").arg(name) << Qt::endl;
    return Accepted;
}
