#pragma once

#include "cli/ExitCode.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Console;

// One veroctl command (KeePassXC's cli/Command): its name, its options on top of the common ones, and what it
// does with them. CommandDispatcher picks the command from the first word and parses its options.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(veroctl)
public:
    virtual ~Command() = default;

    // The word that picks the command ("identify", "workspace").
    virtual QString name() const = 0;
    // The command's own options.
    virtual QList<QCommandLineOption> options() const = 0;
    // Positional arguments after the name, for --help; none by default.
    virtual void addPositionalArguments(QCommandLineParser& parser) const;
    // The options that may be given more than once (--add a --add b); any other given twice is refused.
    virtual QStringList repeatableOptions() const { return {}; }
    virtual ExitCode execute(const QCommandLineParser& parser, Console& console) = 0;

    // Options every command understands. The names are a contract: scripts use them.
    static QList<QCommandLineOption> commonOptions();

protected:
    static QCommandLineOption valueOption(const char* name, const char* description, const char* valueName);
    // The value of an option that may not exist for this command (QCommandLineParser warns on unknown names).
    static QString optionValue(const QCommandLineParser& parser, const QString& name);
    static QStringList optionValues(const QCommandLineParser& parser, const QString& name);
};
