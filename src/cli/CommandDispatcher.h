#pragma once

#include "cli/Command.h"
#include "cli/Console.h"

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

private:
    Command* find(const QString& name) const;
    static QString generalHelp();
    int fail(const QString& message);

    std::vector<std::unique_ptr<Command>> m_commands;
    Console m_console;
};
