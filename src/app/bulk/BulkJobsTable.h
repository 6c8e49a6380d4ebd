#pragma once

#include "core/bulk/BulkJob.h"

#include <QStandardItemModel>
#include <QTableView>

// The bulk runs of one workspace, newest first: when, what, which file, how far each got. Activating a job
// (Return or a double-click) makes it the one the window shows results for, exports and retries, and, when it
// has rows not sent, the one to resume.
class BulkJobsTable : public QTableView
{
    Q_OBJECT
public:
    enum Column
    {
        Created,
        OperationColumn,
        File,
        State,
        Progress,
        Id,
    };

    explicit BulkJobsTable(QWidget* parent = nullptr);

    void showJobs(const QList<BulkJob>& jobs);
    QString jobAt(int row) const;

signals:
    void jobChosen(const QString& id);

protected:
    // Return chooses the job and stops there: passed on, it would press the dialog's default button.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QStandardItemModel m_model;
};
