#include "app/bulk/InterruptedBulkJobBanner.h"

#include "core/bulk/BulkOutbox.h"
#include "ui_InterruptedBulkJobBanner.h"

#include <QFileInfo>

InterruptedBulkJobBanner::InterruptedBulkJobBanner(QWidget* parent)
    : QFrame(parent)
    , m_ui(new Ui::InterruptedBulkJobBanner)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("interruptedBulkJobBanner"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    connect(m_ui->resumeJobButton, &QPushButton::clicked, this, [this] { emit resumeRequested(m_jobId); });
    connect(m_ui->notNowButton, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

InterruptedBulkJobBanner::~InterruptedBulkJobBanner()
{
    delete m_ui;
}

void InterruptedBulkJobBanner::look(const QString& outboxPath, const QString& workspace)
{
    m_jobId.clear();
    hide();
    if (!QFileInfo::exists(outboxPath))
        return; // no bulk run ever: nothing to open (and no file to create at start-up)
    BulkOutbox outbox(outboxPath);
    if (!outbox.open())
        return; // the Bulk run window says what is wrong with the file when it is opened
    const auto jobs = outbox.interruptedJobs(workspace);
    if (!jobs || jobs->isEmpty())
        return;
    const BulkJob& job = jobs->first();
    m_jobId = job.id;
    m_ui->jobLabel->setText(tr("A bulk run on %1 stopped before its last row: %Ln row(s) of %2 in %3 (%4) not sent "
                               "yet. Job %5.",
                               nullptr,
                               int(job.pending))
                                .arg(workspace,
                                     QLocale().toString(job.total),
                                     QFileInfo(job.file).fileName(),
                                     Operations::displayName(job.operation),
                                     job.id));
    m_ui->resumeJobButton->setToolTip(tr("Open the bulk run window with job %1 chosen; nothing is sent until you "
                                         "press Resume there.")
                                          .arg(job.id));
    show();
}

QString InterruptedBulkJobBanner::text() const
{
    return m_ui->jobLabel->text();
}
