#include "cli/OperationCommand.h"

#include "cli/ConnectionOptions.h"
#include "cli/Console.h"
#include "cli/OutputFormatter.h"
#include "core/api/RequestBuilder.h"
#include "core/api/VeroClient.h"
#include "core/history/HistoryRecorder.h"
#include "core/history/HistoryStore.h"
#include "core/platform/StartupTrace.h"
#include "core/workspace/WorkspaceService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace {

ExitCode exitCodeFor(const ApiResult& result)
{
    switch (result.outcome()) {
        case ApiResult::Outcome::Accepted:
            return ExitCode::Accepted;
        case ApiResult::Outcome::Rejected:
            return ExitCode::Rejected;
        case ApiResult::Outcome::NotSent:
            return ExitCode::BadInput;
        case ApiResult::Outcome::Failed:
            return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

} // namespace

OperationCommand::OperationCommand(Operation operation)
    : m_operation(operation)
{
}

OperationCommand::~OperationCommand() = default;

QString OperationCommand::name() const
{
    return Operations::key(m_operation);
}

QList<QCommandLineOption> OperationCommand::options() const
{
    const auto id = valueOption("id", "The user's id.", "ID");
    const auto email = valueOption("email", "The user's email address.", "EMAIL");
    switch (m_operation) {
        case Operation::Identify:
            return {id,
                    email,
                    valueOption("phone", "The user's phone number.", "NUMBER"),
                    valueOption("data", "Custom properties as a JSON object.", "JSON")};
        case Operation::EditProperties:
            return {id, email, valueOption("changes", "Properties to change, as a JSON object.", "JSON")};
        case Operation::Alias:
            return {valueOption("id", "The user's current id.", "ID"), valueOption("new-id", "The new id.", "NEW_ID")};
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
        case Operation::Delete:
            return {id};
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

QStringList OperationCommand::repeatableOptions() const
{
    if (m_operation == Operation::TagsEdit) {
        return {QStringLiteral("add"), QStringLiteral("remove")};
    }
    return {};
}

Fallible<OperationInput> OperationCommand::readInput(const QCommandLineParser& parser) const
{
    OperationInput input;
    input.operation = m_operation;
    input.id = optionValue(parser, QStringLiteral("id"));
    input.email = optionValue(parser, QStringLiteral("email"));
    input.phone = optionValue(parser, QStringLiteral("phone"));
    input.newId = optionValue(parser, QStringLiteral("new-id"));
    input.eventName = optionValue(parser, QStringLiteral("name"));
    input.extras = optionValue(parser, QStringLiteral("extras"));
    input.changes = optionValue(parser, QStringLiteral("changes"));
    input.data = optionValue(parser, QStringLiteral("data"));
    input.tagsAdd = optionValues(parser, QStringLiteral("add"));
    input.tagsRemove = optionValues(parser, QStringLiteral("remove"));
    return input;
}

Fallible<void> OperationCommand::mayProceed(const QCommandLineParser&) const
{
    return {};
}

std::optional<ExitCode>
OperationCommand::beforeSending(const Prepared&, const QCommandLineParser&, Console&, OutputFormatter&, SendOutcome&)
{
    return std::nullopt;
}

HistoryStore& OperationCommand::history(Console& console)
{
    if (!m_history) {
        // Never closed: the process ends with the file open (main's _Exit), so SQLite does not checkpoint and
        // delete its write-ahead log at the end of every run (two fsyncs, and the log made again by the next
        // run). Every row is committed when written. The log is checkpointed from 64 pages instead of 1,000,
        // because the next run, finding it without a reader, reads all of it back before its first query.
        m_history = new HistoryStore(QCoreApplication::instance());
        m_history->setConnectionStatements({QStringLiteral("PRAGMA wal_autocheckpoint=64")});
        // A history that cannot be opened falls back to memory; notice() says so either way.
        (void)m_history->open();
        if (!m_history->notice().isEmpty()) {
            console.warning(m_history->notice());
        }
        // Later changes too: a file found damaged by a write is moved aside, and says where, on stderr.
        QObject::connect(
            m_history, &HistoryStore::recovered, [&console](const QString& message) { console.warning(message); });
    }
    return *m_history;
}

ExitCode OperationCommand::execute(const QCommandLineParser& parser, Console& console)
{
    if (parser.positionalArguments().size() > 1) {
        console.error(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));
        return ExitCode::BadInput;
    }
    Fallible<OperationInput> input = readInput(parser);
    if (!input) {
        console.error(input.error());
        return ExitCode::BadInput;
    }
    const RequestBuilder::Result built = RequestBuilder::build(*input);
    if (!built.ok()) {
        // Scripts and developers read the API field first ("email: Email is not a valid address.").
        for (const ValidationError& error : built.errors) {
            console.error(QStringLiteral("%1: %2").arg(error.field, error.message));
        }
        return ExitCode::BadInput;
    }

    StartupTrace::mark("input built");
    WorkspaceService workspaces;
    const ConnectionOptions connection(parser, workspaces);
    const Fallible<Workspace> workspace = connection.workspace();
    if (!workspace) {
        console.errorLines(workspace.error());
        return connection.workspaceFailureCode();
    }
    const std::unique_ptr<OutputFormatter> output
        = OutputFormatter::create(parser.isSet(QStringLiteral("json")), console);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        output->request(built.request, *workspace);
        return ExitCode::Accepted;
    }

    const Fallible<void> proceed = mayProceed(parser);
    if (!proceed) {
        console.error(proceed.error());
        return ExitCode::BadInput;
    }
    Prepared prepared {std::move(input).value(), built.request, *workspace, {}};
    if (Operations::needsCredential(m_operation)) {
        const Fallible<ConnectionOptions::Credential> credential = connection.credential(*workspace);
        if (!credential) {
            console.error(credential.error());
            return ExitCode::BadInput;
        }
        if (!credential->notice.isEmpty()) {
            console.warning(credential->notice);
        }
        prepared.credential = credential->secret;
    }

    StartupTrace::mark("workspace and credential");
    SendOutcome outcome;
    if (const std::optional<ExitCode> stop = beforeSending(prepared, parser, console, *output, outcome)) {
        return *stop;
    }
    outcome.result = send(prepared, console);
    output->outcome(outcome);
    StartupTrace::mark("printed");
    return exitCodeFor(outcome.result);
}

ApiResult OperationCommand::send(const Prepared& prepared, Console& console)
{
    // Destroying a QNetworkAccessManager waits up to 5 s for Qt's network thread, and a server that keeps that
    // thread busy (a header line that never ends) would hold veroctl past its deadline that way. veroctl sends
    // one request per run, so the manager goes with the application, which main() ends without that wait.
    VeroClient client(new QNetworkAccessManager(QCoreApplication::instance()));
    StartupTrace::mark("network manager");
    QEventLoop loop;
    ApiResult result;
    QObject::connect(&client, &VeroClient::finished, &loop, [&](VeroClient::RequestId, const ApiResult& finished) {
        result = finished;
        loop.quit();
    });
    // The request goes out first (Qt's network thread connects while the history file is opened and checked
    // here); it is recorded as the app's are (source "cli"), its pending row written from the event loop, before
    // the answer is read.
    const VeroClient::RequestId id = client.send(prepared.request, prepared.workspace, prepared.credential);
    StartupTrace::mark("sent");
    HistoryRecorder recorder(&history(console), &client, HistoryEntry::Source::Cli);
    QObject::connect(
        &recorder, &HistoryRecorder::writeFailed, [&console](const QString& message) { console.warning(message); });
    recorder.track(id, prepared.input, prepared.workspace, prepared.credential);
    StartupTrace::mark("history open, tracking");
    loop.exec();
    StartupTrace::mark("answered");
    return result;
}
