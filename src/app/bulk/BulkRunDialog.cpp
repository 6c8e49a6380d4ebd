#include "app/bulk/BulkRunDialog.h"

#include "app/shell/AppController.h"
#include "app/widgets/UserPrompts.h"
#include "core/bulk/BulkProblemExport.h"
#include "core/history/HistoryRecorder.h"
#include "ui_BulkRunDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include <limits>

namespace {
const QList<Operation> BulkOperations {Operation::Identify,
                                       Operation::EditProperties,
                                       Operation::TagsEdit,
                                       Operation::TrackEvent,
                                       Operation::Alias,
                                       Operation::Unsubscribe,
                                       Operation::Resubscribe,
                                       Operation::Delete};
} // namespace

BulkRunDialog::BulkRunDialog(AppController* controller,
                             HistoryStore* history,
                             UserPrompts& prompts,
                             const QString& outboxPath,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkRunDialog>())
    , m_controller(controller)
    , m_history(history)
    , m_prompts(prompts)
    , m_workspace(controller->currentWorkspace())
    , m_outbox(outboxPath)
    , m_preparation(outboxPath)
{
    m_ui->setupUi(this);
    if (auto opened = m_outbox.open(); !opened)
        m_outboxError = opened.error();
    // The run goes to the workspace that was current when the dialog opened, and says so in its first line.
    m_ui->workspaceLabel->setText(tr("Runs on %1 (%2).").arg(m_workspace.name, m_workspace.baseUrl.host()));
    if (m_workspace.isProduction()) {
        QFont bold = m_ui->workspaceLabel->font();
        bold.setBold(true);
        m_ui->workspaceLabel->setFont(bold);
        m_ui->workspaceLabel->setText(tr("Runs on %1 (%2), a production workspace: real users.")
                                          .arg(m_workspace.name, m_workspace.baseUrl.host()));
    }
    fillChoices();
    m_issues.setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("Message")});
    m_ui->issuesView->setModel(&m_issues);
    m_ui->issuesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->issuesView->verticalHeader()->hide();
    m_ui->issuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &BulkRunDialog::browse);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &BulkRunDialog::check);
    connect(m_ui->startButton, &QPushButton::clicked, this, &BulkRunDialog::start);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &BulkRunDialog::resumeChosen);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &BulkRunDialog::retryFailed);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BulkRunDialog::exportRowsNotDone);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->isPaused())
            m_runner->resume();
        else
            m_runner->pause();
        updateButtons();
    });
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkRunDialog::reject);
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close the bulk run window"));
    close->setAccessibleDescription(tr("A run on its way stops after a question; its job can be resumed later"));
    for (QLineEdit* edit : {m_ui->fileEdit, m_ui->mapEdit, m_ui->eventNameEdit, m_ui->tagSeparatorEdit})
        connect(edit, &QLineEdit::textChanged, this, &BulkRunDialog::inputChanged);
    for (QComboBox* combo : {m_ui->operationCombo, m_ui->encodingCombo, m_ui->delimiterCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &BulkRunDialog::inputChanged);
    connect(m_ui->jobsView, &BulkJobsTable::jobChosen, this, &BulkRunDialog::showJob);
    connect(m_ui->mappingView, &BulkMappingTable::typesChanged, this, &BulkRunDialog::inputChanged);
    connect(&m_preparation, &BulkPreparation::checked, this, &BulkRunDialog::onChecked);
    connect(&m_preparation, &BulkPreparation::idle, this, &BulkRunDialog::updateButtons);
    connect(m_ui->skipInvalidCheck, &QCheckBox::toggled, this, &BulkRunDialog::updateButtons);
    connect(&m_preparation, &BulkPreparation::created, this, &BulkRunDialog::onCreated);
    connect(&m_preparation, &BulkPreparation::failed, this, [this](const QString& message) {
        m_creating = false;
        m_ui->countsLabel->setText(tr("The job could not be written; nothing was sent. %1").arg(message));
        updateButtons();
    });
    connect(&m_preparation, &BulkPreparation::progress, this, [this](qint64 bytes, qint64 size) {
        m_ui->progressBar->setMaximum(1000);
        m_ui->progressBar->setValue(size > 0 ? int(bytes * 1000 / size) : 0);
    });
    if (!m_outboxError.isEmpty())
        m_ui->countsLabel->setText(m_outboxError);
    refreshJobs();
    inputChanged();
}

BulkRunDialog::~BulkRunDialog() = default;

void BulkRunDialog::fillChoices()
{
    for (const Operation operation : BulkOperations)
        m_ui->operationCombo->addItem(Operations::displayName(operation), int(operation));
    m_ui->encodingCombo->addItem(tr("Detect"), QString());
    for (const auto encoding : {CsvEncoding::Utf8,
                                CsvEncoding::Utf8WithBom,
                                CsvEncoding::Utf16LE,
                                CsvEncoding::Utf16BE,
                                CsvEncoding::Windows1252})
        m_ui->encodingCombo->addItem(CsvEncodings::name(encoding), CsvEncodings::name(encoding));
    m_ui->delimiterCombo->addItem(tr("Detect"), QString());
    m_ui->delimiterCombo->addItem(tr("Comma"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("tab"));
}

void BulkRunDialog::browse()
{
    const QString file = m_prompts.openFileName(
        this, {tr("Choose a CSV file"), m_ui->fileEdit->text(), {tr("CSV files (*.csv *.txt)"), tr("All files (*)")}});
    if (!file.isEmpty())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(file));
}

BulkSource::Options BulkRunDialog::sourceOptions(QString* error) const
{
    BulkSource::Options options;
    options.operation = Operation(m_ui->operationCombo->currentData().toInt());
    options.eventName = m_ui->eventNameEdit->text().trimmed();
    options.tagSeparators = m_ui->tagSeparatorEdit->text();
    if (const QString name = m_ui->encodingCombo->currentData().toString(); !name.isEmpty())
        options.encoding = CsvEncodings::fromName(name);
    if (const QString name = m_ui->delimiterCombo->currentData().toString(); !name.isEmpty())
        options.delimiter = CsvFormat::delimiterFromName(name);
    // The same FIELD=COLUMN pairs as veroctl's --map, comma-separated here.
    const auto overrides = BulkMapping::parseOverrides(m_ui->mapEdit->text().split(u',', Qt::SkipEmptyParts));
    if (!overrides) {
        *error = tr("Column mapping: %1").arg(overrides.error());
        return options;
    }
    options.map = overrides.value();
    options.types = m_ui->mappingView->chosenTypes();
    return options;
}

void BulkRunDialog::inputChanged()
{
    // A check is for the file and settings it was made with: any change needs a new one before a run.
    if (m_checked) {
        m_ui->formatLabel->setText(
            tr("Changed since the check: check the file again before a run (nothing was sent)."));
    }
    m_checked.reset();
    const bool isEvent = Operation(m_ui->operationCombo->currentData().toInt()) == Operation::TrackEvent;
    m_ui->eventNameEdit->setEnabled(isEvent);
    m_ui->tagSeparatorEdit->setEnabled(Operation(m_ui->operationCombo->currentData().toInt()) == Operation::TagsEdit);
    updateButtons();
}

void BulkRunDialog::check()
{
    QString error;
    const BulkSource::Options options = sourceOptions(&error);
    if (!error.isEmpty()) {
        m_ui->formatLabel->setText(error);
        m_ui->mapEdit->setFocus();
        return;
    }
    if (m_ui->fileEdit->text().trimmed().isEmpty()) {
        m_ui->formatLabel->setText(tr("Choose a CSV file first."));
        m_ui->fileEdit->setFocus();
        return;
    }
    m_issues.removeRows(0, m_issues.rowCount());
    m_ui->formatLabel->setText(tr("Reading the file…"));
    m_preparation.check(QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()), options);
    updateButtons();
}

void BulkRunDialog::onChecked(const BulkPreparation::Checked& result)
{
    m_ui->progressBar->setValue(0);
    m_issues.removeRows(0, m_issues.rowCount());
    m_ui->mappingView->showMapping(result);
    if (!result.error.isEmpty()) {
        m_ui->formatLabel->setText(result.error);
        updateButtons();
        return;
    }
    const BulkValidation& report = result.report;
    for (const BulkValidation::Issue& issue : report.issues) {
        m_issues.appendRow({new QStandardItem(QString::number(issue.line)),
                            new QStandardItem(issue.isError ? tr("Error") : tr("Warning")),
                            new QStandardItem(issue.message)});
    }
    QString text = tr("%1. %Ln row(s): %2 valid, %3 invalid, %4 with warnings.", nullptr, int(report.rows))
                       .arg(result.format.describe(),
                            QLocale().toString(report.rows - report.invalid),
                            QLocale().toString(report.invalid),
                            QLocale().toString(report.warned));
    if (report.issueCount > report.issues.size())
        text += u' ' + tr("Only the first %Ln problem(s) are listed.", nullptr, int(report.issues.size()));
    if (!report.readError.isEmpty())
        text += u' ' + report.readError;
    m_ui->formatLabel->setText(text);
    // Problems first when there are any; otherwise the mapping, to see what each column becomes.
    m_ui->checkTabs->setCurrentWidget(report.issues.isEmpty() ? m_ui->mappingTab : m_ui->problemsTab);
    m_checked = result;
    updateButtons();
}

bool BulkRunDialog::confirmDestructive(Operation operation, qint64 rows)
{
    if (operation != Operation::Delete && operation != Operation::Unsubscribe)
        return true;
    UserPrompts::Confirmation confirmation;
    const bool isDelete = operation == Operation::Delete;
    confirmation.title = isDelete ? tr("Delete users") : tr("Unsubscribe users");
    const int count = int(rows);
    confirmation.question = (isDelete ? tr("Delete %Ln user(s) from %1 (%2)?", nullptr, count)
                                      : tr("Unsubscribe %Ln user(s) on %1 (%2)?", nullptr, count))
                                .arg(m_workspace.name, m_workspace.baseUrl.host());
    confirmation.consequences = isDelete ? tr("Deleted users lose their properties, tags and events for good; "
                                              "identifying one again creates a new, subscribed profile.")
                                         : tr("Unsubscribed users get no more messages from campaigns.");
    confirmation.acceptLabel
        = isDelete ? tr("Delete %Ln user(s)", nullptr, count) : tr("Unsubscribe %Ln user(s)", nullptr, count);
    confirmation.destructive = true;
    confirmation.typeToConfirm = m_workspace.name;
    confirmation.typeToConfirmLabel = tr("To confirm, type the workspace name (%1):").arg(m_workspace.name);
    return m_prompts.confirm(this, confirmation);
}

void BulkRunDialog::start()
{
    if (!m_checked || m_runner || m_creating)
        return;
    const BulkValidation& report = m_checked->report;
    if (!report.canRun(m_ui->skipInvalidCheck->isChecked())) {
        m_ui->countsLabel->setText(report.readError.isEmpty()
                                       ? tr("Nothing was sent: fix the invalid rows, or skip them.")
                                       : report.readError);
        return;
    }
    QString error;
    const BulkSource::Options options = sourceOptions(&error);
    if (!confirmDestructive(options.operation, report.rows - report.invalid))
        return;
    m_creating = true;
    // One run per check: running the same file again takes a new Check (and so a deliberate second choice).
    const QString checkedFormat = m_checked->format.describe();
    m_checked.reset();
    m_ui->countsLabel->setText(tr("Writing the rows to the outbox…"));
    m_preparation.create(
        QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()),
        options,
        m_workspace.name,
        {{QStringLiteral("base_url"), m_workspace.baseUrl.toString()}, {QStringLiteral("format"), checkedFormat}});
    updateButtons();
}

void BulkRunDialog::onCreated(const BulkJob& job)
{
    m_creating = false;
    runJob(job);
}

void BulkRunDialog::resumeChosen()
{
    const QString id = m_ui->resumeCombo->currentData().toString();
    auto job = m_outbox.job(id);
    if (!job) {
        m_ui->countsLabel->setText(job.error());
        return;
    }
    // A job goes on only where it started: the same workspace name and address (veroctl checks the same).
    const QString baseUrl = job->options.value(QStringLiteral("base_url")).toString();
    if (!baseUrl.isEmpty() && baseUrl != m_workspace.baseUrl.toString()) {
        m_ui->countsLabel->setText(tr("Job %1 was created for %2 at %3, which is now %4; it is not resumed here.")
                                       .arg(id, m_workspace.name, baseUrl, m_workspace.baseUrl.toString()));
        return;
    }
    if (!confirmDestructive(job->operation, job->pending))
        return;
    // The runner puts the rows that were in flight back in the queue once it holds the job (BulkJobLock).
    runJob(job.value());
}

void BulkRunDialog::runJob(const BulkJob& job)
{
    m_job = job;
    m_ui->countsLabel->setText(tr("Job %1: reading the credential…").arg(job.id));
    updateButtons();
    m_controller->readCredential(m_workspace, this, [this, job](const Fallible<QString>& credential) {
        if (!credential) {
            m_ui->countsLabel->setText(tr("Job %1 was not started: %2").arg(job.id, credential.error()));
            updateButtons();
            return;
        }
        m_recorder = std::make_unique<HistoryRecorder>(m_history, &m_client, HistoryEntry::Source::Bulk);
        m_recorder->setBulkJob(job.id);
        BulkRunner::Settings settings;
        settings.concurrency = m_ui->concurrencySpin->value();
        settings.rate = m_ui->rateSpin->value();
        settings.maxAttempts = m_ui->attemptsSpin->value();
        m_runner = std::make_unique<BulkRunner>(
            &m_outbox, &m_client, m_recorder.get(), job, m_workspace, credential.value(), settings);
        connect(m_runner.get(), &BulkRunner::progressed, this, &BulkRunDialog::onProgress);
        connect(m_runner.get(), &BulkRunner::stopped, this, &BulkRunDialog::onStopped);
        m_ui->progressBar->setMaximum(int(std::min<qint64>(job.total, std::numeric_limits<int>::max())));
        m_runner->start();
        updateButtons();
    });
}

void BulkRunDialog::onProgress(const BulkRunner::Counts& counts)
{
    const qint64 finished = counts.done + counts.rejected + counts.failed + counts.skipped;
    m_ui->progressBar->setValue(int(std::min<qint64>(finished, m_ui->progressBar->maximum())));
    m_ui->countsLabel->setText(tr("Job %1: %2 of %3 rows: %4 done, %5 rejected, %6 failed, %7 invalid, %8 pending%9.")
                                   .arg(m_job ? m_job->id : QString(),
                                        QLocale().toString(finished),
                                        QLocale().toString(counts.total),
                                        QLocale().toString(counts.done),
                                        QLocale().toString(counts.rejected),
                                        QLocale().toString(counts.failed),
                                        QLocale().toString(counts.skipped),
                                        QLocale().toString(counts.pending),
                                        m_runner && m_runner->isPaused() ? tr(" (paused)") : QString()));
}

void BulkRunDialog::onStopped(BulkRunner::Stop how, const QString& reason)
{
    // Deleted later: this slot runs inside the runner's own signal.
    m_runner.release()->deleteLater();
    if (m_job) {
        if (auto job = m_outbox.job(m_job->id))
            m_job = job.value();
    }
    showRowsNotDone();
    QString text = m_ui->countsLabel->text();
    if (how == BulkRunner::Stop::Finished)
        text += u' ' + tr("Finished.");
    if (!reason.isEmpty())
        text += u' ' + reason;
    m_ui->countsLabel->setText(text);
    refreshJobs();
    updateButtons();
}

void BulkRunDialog::showRowsNotDone()
{
    // After a run the table lists the rows that were not done, with what the service said, instead of the check.
    if (!m_job)
        return;
    using RowState = BulkJob::RowState;
    const auto rows = m_outbox.rows(m_job->id, {RowState::Rejected, RowState::Failed, RowState::Skipped});
    if (!rows)
        return;
    m_issues.removeRows(0, m_issues.rowCount());
    for (const BulkOutbox::ResultRow& row : rows.value().mid(0, BulkValidation::MaxIssues)) {
        const QString kind = row.state == RowState::Rejected ? tr("Rejected")
                             : row.state == RowState::Failed ? tr("Failed")
                                                             : tr("Invalid, skipped");
        const QString message
            = row.httpStatus > 0 ? tr("HTTP %1: %2").arg(QString::number(row.httpStatus), row.error) : row.error;
        m_issues.appendRow(
            {new QStandardItem(QString::number(row.line)), new QStandardItem(kind), new QStandardItem(message)});
    }
    if (m_issues.rowCount() > 0) {
        m_ui->checkTabs->setCurrentWidget(m_ui->problemsTab);
    }
}

void BulkRunDialog::retryFailed()
{
    if (!m_job || m_runner)
        return;
    if (auto requeued = m_outbox.requeueFailed(m_job->id, false); !requeued) {
        m_ui->countsLabel->setText(requeued.error());
        return;
    }
    runJob(m_outbox.job(m_job->id).valueOr(*m_job));
}

void BulkRunDialog::exportRowsNotDone()
{
    if (!m_job)
        return;
    const QString suggested
        = QFileInfo(m_job->file).dir().filePath(QFileInfo(m_job->file).completeBaseName() + tr("-not-done.csv"));
    const QString path
        = m_prompts.saveFileName(this, {tr("Export rows not done"), suggested, {tr("CSV files (*.csv)")}});
    if (path.isEmpty())
        return;
    const auto written = BulkProblemExport::write(m_outbox, *m_job, path);
    m_ui->countsLabel->setText(written ? tr("%Ln row(s) written to %1.", nullptr, int(written.value())).arg(path)
                                       : written.error());
}

void BulkRunDialog::chooseJobToResume(const QString& id, bool focusResume)
{
    const int index = m_ui->resumeCombo->findData(id);
    if (index < 0)
        return;
    m_ui->resumeCombo->setCurrentIndex(index);
    if (focusResume)
        m_ui->resumeButton->setFocus(Qt::OtherFocusReason);
}

void BulkRunDialog::refreshJobs()
{
    m_ui->resumeCombo->clear();
    const auto jobs = m_outbox.jobs();
    if (!jobs)
        return;
    QList<BulkJob> ours;
    for (const BulkJob& job : jobs.value()) {
        // Only this workspace's: a job never moves to another one.
        if (job.workspace != m_workspace.name)
            continue;
        ours.append(job);
        if (!job.hasUnfinishedRows() || (m_job && m_runner && job.id == m_job->id))
            continue;
        m_ui->resumeCombo->addItem(tr("%1 — %2, %3 of %Ln row(s) pending (%4)", nullptr, int(job.total))
                                       .arg(job.id,
                                            Operations::displayName(job.operation),
                                            QLocale().toString(job.pending),
                                            QFileInfo(job.file).fileName()),
                                   job.id);
    }
    m_ui->jobsView->showJobs(ours);
}

void BulkRunDialog::showJob(const QString& id)
{
    // A past job's results, export and retry; not while a run or a check is going on.
    if (m_runner || m_creating || m_preparation.isBusy())
        return;
    auto job = m_outbox.job(id);
    if (!job) {
        m_ui->countsLabel->setText(job.error());
        return;
    }
    m_job = job.value();
    m_ui->progressBar->setMaximum(int(std::min<qint64>(m_job->total, std::numeric_limits<int>::max())));
    onProgress(BulkRunner::countsOf(m_job.value()));
    showRowsNotDone();
    chooseJobToResume(id, false);
    updateButtons();
}

void BulkRunDialog::updateButtons()
{
    const bool busy = m_preparation.isBusy() || m_creating || m_runner;
    const bool ready = m_outboxError.isEmpty();
    m_ui->checkButton->setEnabled(ready && !busy);
    m_ui->startButton->setEnabled(ready && !busy && m_checked && m_checked->error.isEmpty()
                                  && m_checked->report.canRun(m_ui->skipInvalidCheck->isChecked()));
    m_ui->resumeButton->setEnabled(ready && !busy && m_ui->resumeCombo->count() > 0);
    m_ui->pauseButton->setEnabled(m_runner != nullptr);
    m_ui->pauseButton->setText(m_runner && m_runner->isPaused() ? tr("&Proceed") : tr("&Pause"));
    m_ui->cancelRunButton->setEnabled(m_runner != nullptr);
    m_ui->retryButton->setEnabled(!busy && m_job && m_job->failed > 0);
    m_ui->exportButton->setEnabled(!busy && m_job && m_job->failed + m_job->rejected + m_job->skipped > 0);
}

void BulkRunDialog::reject()
{
    if (m_runner) {
        UserPrompts::Confirmation confirmation;
        confirmation.title = tr("Stop the run");
        confirmation.question = tr("Stop job %1? The rows not sent stay pending; resume it later here or with "
                                   "veroctl bulk --resume %1.")
                                    .arg(m_job ? m_job->id : QString());
        confirmation.acceptLabel = tr("Stop and close");
        if (!m_prompts.confirm(this, confirmation))
            return;
        m_runner->cancel();
    }
    QDialog::reject();
}
