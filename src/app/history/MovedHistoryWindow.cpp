#include "app/history/MovedHistoryWindow.h"

#include "app/widgets/UserPrompts.h"
#include "core/history/HistoryExporter.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"
#include "ui_MovedHistoryWindow.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
// Room for the reason (a path and SQLite's words, a few lines) and the buttons.
constexpr QSize UnreadableSize {720, 220};
} // namespace

MovedHistoryWindow::MovedHistoryWindow(const QString& filePath, UserPrompts* prompts, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::MovedHistoryWindow)
    , m_filePath(filePath)
    , m_prompts(prompts)
    , m_store(new HistoryStore(filePath, HistoryStore::Access::ReadOnly, this))
    , m_model(new HistoryModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("movedHistoryWindow"));
    setWindowTitle(tr("Moved history (read-only): %1").arg(QFileInfo(filePath).fileName()));
    m_ui->messageLabel->hide();
    m_readable = m_store->open();
    const QString file = QDir::toNativeSeparators(filePath);
    if (!m_readable) {
        m_ui->stateLabel->setText(m_store->notice());
        m_ui->filterBar->hide();
        m_ui->splitter->hide();
        m_ui->exportButton->setEnabled(false);
        // The reason at the top and the buttons below it, in a window no bigger than they need.
        m_ui->windowLayout->insertStretch(1, 1);
        resize(UnreadableSize);
        connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
        return;
    }
    m_ui->stateLabel->setText(
        tr("%1, opened read-only: search and export its requests here. Nothing is sent from this window, and the "
           "file is not changed.")
            .arg(file));
    m_ui->table->setHistoryModel(m_model);
    m_model->setStore(m_store);
    m_ui->splitter->setSizes({3 * height() / 5, 2 * height() / 5});

    auto* find = new QAction(tr("Search the moved history"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_ui->filterBar, &HistoryFilterBar::focusText);
    connect(m_ui->filterBar, &HistoryFilterBar::filterChanged, m_model, &HistoryModel::setFilter);
    connect(m_ui->filterBar, &HistoryFilterBar::timelineRequested, m_model, &HistoryModel::showUserTimeline);
    connect(m_model, &HistoryModel::matchingCountChanged, this, &MovedHistoryWindow::showCount);
    connect(m_ui->table, &HistoryTableView::currentRowChanged, this, &MovedHistoryWindow::showCurrentRow);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MovedHistoryWindow::exportFiltered);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    setTabOrder(m_ui->filterBar->findChild<QWidget*>(QStringLiteral("resetButton")), m_ui->table);
    setTabOrder(m_ui->table, m_ui->exportButton);
}

MovedHistoryWindow::~MovedHistoryWindow()
{
    delete m_ui;
}

QString MovedHistoryWindow::stateText() const
{
    return m_ui->stateLabel->text();
}

QString MovedHistoryWindow::messageText() const
{
    return m_ui->messageLabel->text();
}

void MovedHistoryWindow::showCurrentRow(int row)
{
    const std::optional<HistoryEntry> entry = row >= 0 ? m_model->entry(row) : std::nullopt;
    if (entry) {
        m_ui->detailView->setEntry(*entry);
    } else {
        m_ui->detailView->clear();
    }
}

void MovedHistoryWindow::showCount(qint64 count)
{
    const int shown = int(qMin<qint64>(count < 0 ? m_model->rowCount() : count, INT_MAX));
    m_ui->filterBar->setCountText(count < 0 ? tr("%n+ requests", nullptr, shown) : tr("%n request(s)", nullptr, shown));
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    // The model shows no rows for a read that failed: a damaged part of the file must not pass for "none".
    HistoryStore::Page first;
    first.limit = 1;
    const Fallible<qint64> counted = m_store->readCount(m_model->filter());
    const Fallible<QList<HistoryEntry>> read = m_store->readPage(m_model->filter(), first);
    const QString error = !counted ? counted.error() : (!read ? read.error() : QString());
    if (!error.isEmpty()) {
        showMessage(tr("Part of this file cannot be read, so these filters may show fewer requests than it holds "
                       "(%1).")
                        .arg(error));
    } else if (m_readProblemShown) {
        showMessage(QString());
    }
    m_readProblemShown = !error.isEmpty();
}

void MovedHistoryWindow::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void MovedHistoryWindow::exportFiltered()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    UserPrompts::FileRequest request;
    request.title = tr("Export moved history");
    request.suggestedPath
        = QDir(folder).filePath(QStringLiteral("vero-moved-history-%1.csv")
                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    request.nameFilters = QStringList {tr("CSV files (*.csv)"), tr("JSON files (*.json)")};
    const QString fileName = m_prompts->saveFileName(this, request);
    if (!fileName.isEmpty()) {
        (void)exportTo(fileName);
    }
}

Fallible<qint64> MovedHistoryWindow::exportTo(const QString& fileName)
{
    HistoryExporter exporter(m_store);
    const Fallible<qint64> written
        = exporter.writeFile(m_model->filter(), HistoryExporter::formatFor(fileName), fileName);
    if (!written) {
        showMessage(written.error());
        return written;
    }
    showMessage(tr("Exported %n request(s) to %1.", nullptr, int(qMin<qint64>(*written, INT_MAX)))
                    .arg(QDir::toNativeSeparators(fileName)));
    return written;
}
