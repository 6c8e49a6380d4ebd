#pragma once

#include <QJsonArray>
#include <QUrl>
#include <QWidget>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ui {
class SandboxPanel;
}

// Shows what the local sandbox holds (its users and their events), read from its inspection API under
// /sandbox/, so a newcomer sees what each operation did. Refreshed by the main window after each send.
class SandboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxPanel(QWidget* parent = nullptr);
    ~SandboxPanel() override;

    // http://127.0.0.1:PORT of the running sandbox; an empty URL clears the panel.
    void setRootUrl(const QUrl& rootUrl);
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

private:
    void get(const QString& path, const QString& query, void (SandboxPanel::*showList)(const QJsonArray&));
    void showUsers(const QJsonArray& users);
    void showEvents(const QJsonArray& events);
    void refreshEvents();
    void requestDone();

    Ui::SandboxPanel* m_ui = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QUrl m_rootUrl;
    quint64 m_generation = 0; // answers to an older refresh are dropped
    int m_outstanding = 0;
    QString m_error;
    QString m_eventsUser;
};
