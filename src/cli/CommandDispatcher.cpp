#include "cli/CommandDispatcher.h"

#include "cli/BulkCommand.h"
#include "cli/ConnectionOptions.h"

#include "cli/DeleteCommand.h"
#include "cli/EventCommand.h"
#include "cli/IdentifyCommand.h"
#include "cli/OperationCommand.h"
#include "cli/WorkspaceCommand.h"

#include <QStringDecoder>

CommandDispatcher::CommandDispatcher()
{
    for (Operation operation : Operations::all()) {
        switch (operation) {
            case Operation::Identify:
                m_commands.push_back(std::make_unique<IdentifyCommand>());
                break;
            case Operation::Delete:
                m_commands.push_back(std::make_unique<DeleteCommand>());
                break;
            case Operation::TrackEvent:
                m_commands.push_back(std::make_unique<EventCommand>());
                break;
            default:
                m_commands.push_back(std::make_unique<OperationCommand>(operation));
                break;
        }
    }
    m_commands.push_back(std::make_unique<BulkCommand>());
    m_commands.push_back(std::make_unique<WorkspaceCommand>());
}

CommandDispatcher::~CommandDispatcher() = default;

Command* CommandDispatcher::find(const QString& name) const
{
    for (const std::unique_ptr<Command>& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

int CommandDispatcher::fail(const QString& message)
{
    m_console.error(message);
    return int(ExitCode::BadInput);
}

QString CommandDispatcher::generalHelp()
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
              "  bulk         run an operation for every row of a CSV file, resumable (--list shows the jobs)\n"
              "  workspace    list | add NAME | remove NAME | set-token NAME (token read from stdin)\n"
              "\n"
              "Run 'veroctl COMMAND --help' for a command's options.\n"
              "\n"
              "%1\n"
              "\n"
              "Exit codes:\n"
              "  0  accepted by the service (2xx)\n"
              "  1  rejected by the service (4xx)\n"
              "  2  bad input or local problem; nothing was sent\n"
              "  3  network failure, timeout, server error (5xx), or an answer cut short or damaged\n"
              "For bulk: 0 every row done; 1 some rows rejected, failed or invalid (dry run: some invalid); 2 the "
              "file, mapping or options are unusable and nothing was sent; 3 stopped with rows still pending (resume "
              "the job).")
        .arg(ConnectionOptions::credentialOrder());
}

Fallible<QStringList> CommandDispatcher::decodeArguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString argument = decoder(QByteArrayView(argv[i]));
        if (decoder.hasError()) {
            // Qt would turn the bad bytes into U+FFFD and send that; the user meant something else.
            return Fallible<QStringList>::failure(
                tr("Argument %1 is not valid UTF-8 text; nothing was sent.").arg(QString::number(i)));
        }
        arguments.append(argument);
    }
    return arguments;
}

int CommandDispatcher::run(int argc, char* argv[])
{
    const Fallible<QStringList> arguments = decodeArguments(argc, argv);
    if (!arguments) {
        return fail(arguments.error());
    }
    return run(*arguments);
}

QString CommandDispatcher::repeatedOption(const QCommandLineParser& parser, const Command* command)
{
    const QStringList repeatable = command ? command->repeatableOptions() : QStringList();
    const QStringList names = parser.optionNames();
    for (const QString& name : names) {
        if (names.count(name) > 1 && !repeatable.contains(name)) {
            return name;
        }
    }
    return {};
}

int CommandDispatcher::run(const QStringList& arguments)
{
    // First pass: the common options only, to find the command. Its own options are unknown here, so errors are
    // ignored until the second pass.
    QCommandLineParser first;
    first.addOptions(Command::commonOptions());
    first.addHelpOption();
    first.addVersionOption();
    (void)first.parse(arguments);
    const QString name = first.positionalArguments().value(0);
    Command* const command = find(name);

    QCommandLineParser parser;
    parser.setApplicationDescription(generalHelp());
    parser.addOptions(Command::commonOptions());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see above)."));
    if (command) {
        parser.addOptions(command->options());
        command->addPositionalArguments(parser);
    }

    if (!name.isEmpty() && !command) {
        return fail(tr("Unknown command \"%1\". Run 'veroctl --help' for the list.").arg(name));
    }
    if (!parser.parse(arguments)) {
        m_console.error(parser.errorText());
        return fail(tr("Run 'veroctl --help' for usage."));
    }
    // The last of two values would win silently: --id A --id B deletes B when A was meant, or the other way.
    if (const QString repeated = repeatedOption(parser, command); !repeated.isEmpty()) {
        return fail(tr("--%1 is given more than once; give it once. Nothing was sent.").arg(repeated));
    }
    if (parser.isSet(versionOption)) {
        // The program's own name: the application name is vero-admin's, shared for its settings and history.
        m_console.out() << QLatin1String("veroctl ") << QCoreApplication::applicationVersion() << Qt::endl;
        return int(ExitCode::Accepted);
    }
    if (parser.isSet(helpOption) || name.isEmpty()) {
        m_console.out() << parser.helpText();
        return int(name.isEmpty() && !parser.isSet(helpOption) ? ExitCode::BadInput : ExitCode::Accepted);
    }
    return int(command->execute(parser, m_console));
}
