#pragma once

#include <QString>
#include <QTextStream>

class QIODevice;

// veroctl's terminal: results on standard output, messages on standard error (every one starting with
// "veroctl: ", so a script's log says where it came from), answers read from standard input. Messages may carry
// server text or user input, so control characters in them are shown escaped (TerminalText), a line end too:
// one message is one line. What goes to out() is the formatters' to make safe.
class Console
{
public:
    // The process's standard output, error and input.
    Console();
    // Other devices, for tests.
    Console(QIODevice* out, QIODevice* err, QIODevice* in);

    QTextStream& out() { return m_out; }
    // Standard error as it is, for progress lines drawn in place.
    QTextStream& err() { return m_err; }
    // "veroctl: <message>" on standard error, on one line.
    void error(const QString& message);
    // Each line of `lines` as an error of its own: for veroctl's own messages only, never for server text.
    void errorLines(const QString& lines);
    // "veroctl: warning: <message>" on standard error.
    void warning(const QString& message);
    // A question on standard error, the answer typed on the same line.
    void prompt(const QString& question);
    // One line of standard input, without the line end and surrounding spaces.
    QString readLine();
    // Standard input up to its end, at most `maxCharacters`, as it came.
    QString readAll(qsizetype maxCharacters);
    // False when standard input is a pipe or a file (scripts): nobody is there to answer a question.
    static bool inputIsTerminal();

private:
    QTextStream m_out;
    QTextStream m_err;
    QTextStream m_in;
};
