#pragma once

#include "core/forms/PerUserFields.h"
#include "core/sandbox/SandboxInspector.h"

#include <QJsonArray>
#include <QUrl>
#include <QWidget>

namespace Ui {
class SandboxPanel;
}

// Shows what the local sandbox holds (its users and their events), read through the core's SandboxInspector
// from its inspection API under /sandbox/, so a newcomer sees what each operation did, and the sandbox's token
// for a terminal. Refreshed by the main window after each send and when the window is activated. Copes with
// hundreds of users: a filter, ids in natural order ("user-2" before "user-10"), newest events first.
class SandboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxPanel(QWidget* parent = nullptr);
    ~SandboxPanel() override;

    // http://127.0.0.1:PORT of the running sandbox; an empty URL clears the panel.
    // `token` is one the sandbox accepts on its inspection API.
    void setRootUrl(const QUrl& rootUrl, const QString& token = QString());
    QUrl rootUrl() const { return m_rootUrl; }
    // Says why there is nothing to show (starting, failed, another workspace).
    void showMessage(const QString& message);
    // The sandbox stopped or could not start: says so with `reason` and offers Restart.
    void showStopped(const QString& reason);
    // Dimmed, saying so, while the current workspace is not the sandbox: nothing here is about that workspace.
    void setSandboxCurrent(bool current);

    QString selectedUserId() const;
    int userCount() const;
    int eventCount() const;
    // Users the filter shows.
    int visibleUserCount() const;

public slots:
    void refresh();

signals:
    // Both lists were read (or the sandbox could not be reached): tests and the status bar wait for this.
    void refreshed();
    // "Make current user" on a user row: the forms are to be about this user.
    void makeCurrentUser(const PerUserFields::Identity& user);
    // A user row was activated (double-click, Return): make that user the current one.
    void userActivated(const QString& id, const QString& email);
    void restartRequested();

private:
    void showRootUrl();
    void applyUserFilter();
    void copyToken();
    // Drops the answers still on their way: a newer refresh supersedes them.
    void dropPendingAnswers();
    void showUsers(const QJsonArray& users);
    void showEvents(const QJsonArray& events);
    void refreshEvents();
    // Both kinds of answer share this: a failure is kept for the status line, a list is shown.
    void answered(const SandboxInspector::Reply& reply,
                  void (SandboxPanel::*showList)(const QJsonArray&),
                  const QString& key);

    Ui::SandboxPanel* m_ui = nullptr;
    SandboxInspector m_inspector;
    QUrl m_rootUrl;
    int m_outstanding = 0;
    QString m_error;
    QString m_eventsUser;
    QString m_message; // the last one shown, without the note that the sandbox is not current
    bool m_sandboxCurrent = true;
};
