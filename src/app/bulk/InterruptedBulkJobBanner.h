#pragma once

#include <QFrame>
#include <QString>

namespace Ui {
class InterruptedBulkJobBanner;
}

// The line above the forms that says a bulk run on the current workspace stopped before its last row (the app or
// veroctl was closed, killed or crashed, or the network went away) and offers to resume it. Not a modal: start-up
// is not held up, and "Not now" only hides the line until the next start or workspace switch.
class InterruptedBulkJobBanner : public QFrame
{
    Q_OBJECT
public:
    explicit InterruptedBulkJobBanner(QWidget* parent = nullptr);
    ~InterruptedBulkJobBanner() override;

    // Looks in the outbox at `outboxPath` for the newest job of `workspace` to resume, not being sent by
    // another program now; shows the line for it, or hides it when there is none.
    void look(const QString& outboxPath, const QString& workspace);
    QString jobId() const { return m_jobId; }
    QString text() const;

signals:
    // "Resume…": open the bulk run window on job `id`.
    void resumeRequested(const QString& id);

private:
    Ui::InterruptedBulkJobBanner* m_ui = nullptr;
    QString m_jobId;
};
