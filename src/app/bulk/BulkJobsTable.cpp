#include "app/bulk/BulkJobsTable.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

BulkJobsTable::BulkJobsTable(QWidget* parent)
    : QTableView(parent)
{
    m_model.setHorizontalHeaderLabels({tr("Created"), tr("Operation"), tr("File"), tr("State"), tr("Rows"), tr("Job")});
    setModel(&m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const QString id = jobAt(index.row()); !id.isEmpty())
            emit jobChosen(id);
    });
}

void BulkJobsTable::showJobs(const QList<BulkJob>& jobs)
{
    const QString chosen = currentIndex().isValid() ? jobAt(currentIndex().row()) : QString();
    m_model.removeRows(0, m_model.rowCount());
    const QLocale locale;
    for (const BulkJob& job : jobs) {
        QList<QStandardItem*> row {
            new QStandardItem(locale.toString(job.created.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(Operations::displayName(job.operation)),
            new QStandardItem(QFileInfo(job.file).fileName()),
            new QStandardItem(job.state),
            new QStandardItem(tr("%1 of %2 done, %3 rejected, %4 failed, %5 invalid, %6 not sent")
                                  .arg(locale.toString(job.done),
                                       locale.toString(job.total),
                                       locale.toString(job.rejected),
                                       locale.toString(job.failed),
                                       locale.toString(job.skipped),
                                       locale.toString(job.pending))),
            new QStandardItem(job.id),
        };
        row.at(File)->setToolTip(job.file);
        m_model.appendRow(row);
        if (job.id == chosen)
            setCurrentIndex(m_model.index(m_model.rowCount() - 1, 0));
    }
    resizeColumnsToContents();
}

void BulkJobsTable::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        if (const QString id = currentIndex().isValid() ? jobAt(currentIndex().row()) : QString(); !id.isEmpty())
            emit jobChosen(id);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QString BulkJobsTable::jobAt(int row) const
{
    return m_model.index(row, Id).data().toString();
}
