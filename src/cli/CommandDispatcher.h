#pragma once

#include "cli/Command.h"
#include "cli/Console.h"
#include "core/platform/Fallible.h"

#include <QStringList>

#include <memory>
#include <vector>

// veroctl's entry: finds the command named by the first word, parses the common options and the command's own,
// answers --help and --version, and runs the command. The help text and exit codes are a contract scripts
// rely on (see ExitCode).
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(veroctl)
public:
    CommandDispatcher();
    ~CommandDispatcher();

    int run(const QStringList& arguments);
    // The process's own arguments, each of which must be UTF-8 text.
    int run(int argc, char* argv[]);
    [[nodiscard]] static Fallible<QStringList> decodeArguments(int argc, char* argv[]);

private:
    Command* find(const QString& name) const;
    static QString generalHelp();
    // The first option given twice that may only be given once; empty when there is none.
    static QString repeatedOption(const QCommandLineParser& parser, const Command* command);
    int fail(const QString& message);

    std::vector<std::unique_ptr<Command>> m_commands;
    Console m_console;
};
