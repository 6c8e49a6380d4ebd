#pragma once

#include <QString>
#include <QTextStream>

class QIODevice;

// veroctl's terminal: results on standard output, messages on standard error (every one starting with
// "veroctl: ", so a script's log says where it came from), answers read from standard input.
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
    // "veroctl: <message>" on standard error.
    void error(const QString& message);
    // Each line of `lines` as an error of its own.
    void errorLines(const QString& lines);
    // "veroctl: warning: <message>" on standard error.
    void warning(const QString& message);
    // A question on standard error, the answer typed on the same line.
    void prompt(const QString& question);
    // One line of standard input, without the line end and surrounding spaces.
    QString readLine();
    // False when standard input is a pipe or a file (scripts): nobody is there to answer a question.
    static bool inputIsTerminal();

private:
    QTextStream m_out;
    QTextStream m_err;
    QTextStream m_in;
};
