#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal, so that vero-admin closes normally when the session ends
// or a script stops it: the window saves its state and the sandbox child is stopped instead of being orphaned.
// The classic self-pipe: the handler only writes a byte.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject* parent = nullptr);
    ~QuitSignals() override;

signals:
    void received();

private:
    static void handle(int signal);
    static int s_pipe[2];
    QSocketNotifier* m_notifier = nullptr;
};
