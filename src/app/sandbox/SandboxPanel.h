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
// from its inspection API under /sandbox/, so a newcomer sees what each operation did. Refreshed by the main
// window after each send.
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

    QString selectedUserId() const;
    int userCount() const;
    int eventCount() const;

public slots:
    void refresh();

signals:
    // Both lists were read (or the sandbox could not be reached): tests and the status bar wait for this.
    void refreshed();
    // "Make current user" on a user row: the forms are to be about this user.
    void makeCurrentUser(const PerUserFields::Identity& user);

private:
    void showRootUrl();
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
};
