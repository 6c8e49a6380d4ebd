#pragma once

#include "core/api/VeroClient.h"
#include "core/api/Workspace.h"
#include "core/bulk/BulkOutbox.h"
#include "core/bulk/BulkPreparation.h"
#include "core/bulk/BulkRunner.h"

#include <QDialog>
#include <QStandardItemModel>

#include <memory>
#include <optional>

namespace Ui {
class BulkRunDialog;
}
class AppController;
class HistoryRecorder;
class HistoryStore;
class UserPrompts;

// Runs one operation for every row of a CSV file on the current workspace, through the same core as veroctl
// bulk: the file is read and every row validated off the GUI thread first (nothing is sent), the problems are
// listed by line, then the rows go into the crash-safe outbox and are sent with progress, pause and cancel.
// Unfinished jobs of the workspace (a run cancelled, or the app closed or killed mid-run) can be resumed here.
// Delete and unsubscribe runs ask for the workspace's name to be typed.
class BulkRunDialog : public QDialog
{
    Q_OBJECT
public:
    BulkRunDialog(AppController* controller,
                  HistoryStore* history,
                  UserPrompts& prompts,
                  const QString& outboxPath = BulkOutbox::defaultPath(),
                  QWidget* parent = nullptr);
    ~BulkRunDialog() override;

    // The job being run or last run; empty before.
    QString jobId() const { return m_job ? m_job->id : QString(); }
    bool isRunning() const { return m_runner != nullptr; }
    // Chooses job `id` in the list of jobs to resume, with the focus on Resume (nothing is sent before it).
    void chooseJobToResume(const QString& id, bool focusResume = true);

protected:
    void reject() override;

private:
    void fillChoices();
    void browse();
    void check();
    void onChecked(const BulkPreparation::Checked& result);
    void start();
    void onCreated(const BulkJob& job);
    void resumeChosen();
    void runJob(const BulkJob& job);
    void onProgress(const BulkRunner::Counts& counts);
    void onStopped(BulkRunner::Stop how, const QString& reason);
    void showRowsNotDone();
    void retryFailed();
    void exportRowsNotDone();
    void refreshJobs();
    void showJob(const QString& id);
    void updateButtons();
    void inputChanged();
    BulkSource::Options sourceOptions(QString* error) const;
    bool confirmDestructive(Operation operation, qint64 rows);

    std::unique_ptr<Ui::BulkRunDialog> m_ui;
    AppController* m_controller;
    HistoryStore* m_history;
    UserPrompts& m_prompts;
    Workspace m_workspace;
    BulkOutbox m_outbox;
    QString m_outboxError;
    BulkPreparation m_preparation;
    QStandardItemModel m_issues;
    std::optional<BulkPreparation::Checked> m_checked; // of the file as it is in the fields now
    std::optional<BulkJob> m_job;
    VeroClient m_client;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<BulkRunner> m_runner;
    bool m_creating = false;
};
