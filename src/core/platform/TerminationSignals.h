#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal, so a program ends normally when the session ends, a user
// presses Ctrl+C or a parent stops it: vero-admin saves its window state and stops its sandbox child, vero-sandbox
// saves its state. The classic self-pipe: the handler only writes a byte.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received();

private:
    static void handle(int signal);
    static int s_pipe[2];
    QSocketNotifier* m_notifier = nullptr;
};
