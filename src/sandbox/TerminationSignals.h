#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT into a Qt signal, so vero-sandbox leaves its event loop and saves its state when the
// app (QProcess::terminate) or a user (Ctrl+C) stops it. The classic self-pipe: the handler only writes a byte.
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
