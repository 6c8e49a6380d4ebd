#include "cli/Console.h"

#include "cli/TerminalText.h"

#include <QStringList>

#include <cstdio>
#include <unistd.h>

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
    , m_in(stdin)
{
}

Console::Console(QIODevice* out, QIODevice* err, QIODevice* in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

void Console::error(const QString& message)
{
    m_err << "veroctl: " << TerminalText::escaped(message) << Qt::endl;
}

void Console::errorLines(const QString& lines)
{
    const QStringList messages = lines.split(QLatin1Char('\n'));
    for (const QString& message : messages) {
        error(message);
    }
}

void Console::warning(const QString& message)
{
    m_err << "veroctl: warning: " << TerminalText::escaped(message) << Qt::endl;
}

void Console::prompt(const QString& question)
{
    QStringList lines = question.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = TerminalText::escaped(line);
    }
    m_err << lines.join(QLatin1Char('\n')) << Qt::flush;
}

QString Console::readLine()
{
    return m_in.readLine().trimmed();
}

QString Console::readAll(qsizetype maxCharacters)
{
    return m_in.read(maxCharacters);
}

bool Console::inputIsTerminal()
{
    return ::isatty(STDIN_FILENO) != 0;
}
