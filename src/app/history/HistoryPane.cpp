#include "app/history/HistoryPane.h"

#include "app/history/HistoryDetailView.h"
#include "app/history/HistoryFilterBar.h"
#include "app/history/HistoryStatusDelegate.h"
#include "app/history/RestoreUserDialog.h"
#include "app/widgets/UserPrompts.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryRequestRenderer.h"
#include "core/history/InverseOperation.h"
#include "ui_HistoryPane.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QResizeEvent>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>

HistoryPane::HistoryPane(HistoryStore* store, UserPrompts* prompts, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::HistoryPane)
    , m_store(store)
    , m_prompts(prompts)
    , m_model(new HistoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->timelineBanner->hide();
    m_ui->messageLabel->hide();

    createActions();
    setUpTable();
    m_model->setStore(store);
    setUpTabOrder();

    // Counting runs in the store; coalesce bursts of inserts (a bulk run) into one count.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &HistoryPane::updateCount);

    connect(m_ui->filterBar, &HistoryFilterBar::filterChanged, this, &HistoryPane::onFilterChanged);
    connect(m_ui->filterBar, &HistoryFilterBar::timelineRequested, this, &HistoryPane::showUserTimeline);
    connect(m_ui->leaveTimelineButton, &QPushButton::clicked, this, &HistoryPane::leaveTimeline);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        onCurrentRowChanged();
        updateListActions();
        m_countTimer.start();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        updateListActions();
        if (m_model->order() == Qt::AscendingOrder || !m_model->filter().text.isEmpty()) {
            // A timeline (new rows and scrolled-in pages both land at the end; a user's rows count fast), or a
            // free-text search, which counts what is loaded.
            m_countTimer.start();
        } else if (first == 0 && m_total >= 0 && !m_countTimer.isActive()) {
            // New requests arrive at the top. Counting a million rows per send would be wasted work.
            m_total += last - first + 1;
            showCount();
        } else if (first == 0) {
            m_countTimer.start();
        }
        // Pages fetched while scrolling are already counted.
    });
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                onRowsChanged(topLeft.row(), bottomRight.row());
            });

    if (store) {
        connect(
            store, &HistoryStore::writeFailed, this, [this](const QString& message) { showMessage(message, true); });
        connect(store, &HistoryStore::recovered, this, [this](const QString& message) { showMessage(message, true); });
        if (!store->notice().isEmpty()) {
            showMessage(store->notice(), !store->isPersistent());
        }
    }
    updateActions();
    updateListActions();
    // Counted after the first paint: the pane opens at once even on a million rows.
    m_countTimer.start();
    updateSortIndicator();
}

HistoryPane::~HistoryPane()
{
    delete m_ui;
}

HistoryFilterBar* HistoryPane::filterBar() const
{
    return m_ui->filterBar;
}

HistoryDetailView* HistoryPane::detailView() const
{
    return m_ui->detailView;
}

QTableView* HistoryPane::table() const
{
    return m_ui->table;
}

QList<QAction*> HistoryPane::rowActions() const
{
    return {m_openAction,
            m_sendAgainAction,
            m_copyCurlAction,
            m_copyJsonAction,
            m_undoAction,
            m_timelineAction,
            m_restoreAction};
}

/// Every action works from the toolbar, the context menu (Menu key, Shift+F10) and its own shortcut. Shortcuts
/// only act while focus is in the pane, so they never collide with the main window's.
void HistoryPane::createActions()
{
    const auto make = [this](const char* name, const QString& text, const QString& tip, const QKeySequence& key) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(action);
        return action;
    };
    m_openAction = make("openInFormAction",
                        tr("Open in form"),
                        tr("Fill this request's form with what was sent (Enter)"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_sendAgainAction = make("sendAgainAction",
                             tr("Send again"),
                             tr("Show this request in its form, ready to send again after you confirm"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_copyCurlAction = make("copyCurlAction",
                            tr("Copy as curl"),
                            tr("Copy a curl command that reads the credential from $VERO_AUTH_TOKEN"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyJsonAction = make("copyJsonAction",
                            tr("Copy JSON"),
                            tr("Copy the request's JSON body, without the credential"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_undoAction = make("undoAction",
                        tr("Undo"),
                        tr("Prepare the request that undoes this one, in its form, for review"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_timelineAction = make("timelineAction",
                            tr("User timeline"),
                            tr("Show everything sent about this user, oldest first"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_restoreAction = make("restoreAction",
                           tr("Restore deleted user…"),
                           tr("Rebuild this user's last known email, properties, channels and tags into forms for "
                              "review"),
                           QKeySequence());
    m_exportAction = make("exportAction",
                          tr("Export…"),
                          tr("Write the rows the filters match to a CSV or JSON file"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_clearAction = make("clearAction",
                         tr("Clear history…"),
                         tr("Remove every request from the history on this computer"),
                         QKeySequence());
    // Short labels on the buttons, so the row actions fit a side dock; menus show the full text.
    m_openAction->setIconText(tr("Open"));
    m_copyCurlAction->setIconText(tr("Copy curl"));
    m_timelineAction->setIconText(tr("Timeline"));
    m_findAction = make("findAction", tr("Search history"), tr("Search the history"), QKeySequence::Find);

    connect(m_openAction, &QAction::triggered, this, &HistoryPane::openCurrentInForm);
    connect(m_sendAgainAction, &QAction::triggered, this, &HistoryPane::sendCurrentAgain);
    connect(m_copyCurlAction, &QAction::triggered, this, &HistoryPane::copyCurrentAsCurl);
    connect(m_copyJsonAction, &QAction::triggered, this, &HistoryPane::copyCurrentJsonBody);
    connect(m_undoAction, &QAction::triggered, this, &HistoryPane::undoCurrent);
    connect(m_timelineAction, &QAction::triggered, this, &HistoryPane::showCurrentUserTimeline);
    connect(m_restoreAction, &QAction::triggered, this, &HistoryPane::restoreCurrentUser);
    connect(m_exportAction, &QAction::triggered, this, &HistoryPane::exportFiltered);
    connect(m_clearAction, &QAction::triggered, this, &HistoryPane::clearHistory);
    connect(m_findAction, &QAction::triggered, m_ui->filterBar, &HistoryFilterBar::focusText);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("historyToolBar"));
    m_toolBar->setAccessibleName(tr("History actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    for (QAction* action :
         {m_openAction, m_sendAgainAction, m_copyCurlAction, m_copyJsonAction, m_undoAction, m_timelineAction}) {
        m_toolBar->addAction(action);
    }
    m_moreMenu = new QMenu(tr("More"), this);
    m_moreMenu->setObjectName(QStringLiteral("moreMenu"));
    m_moreMenu->addAction(m_restoreAction);
    m_moreMenu->addSeparator();
    m_moreMenu->addAction(m_exportAction);
    m_moreMenu->addAction(m_clearAction);
    // Outside the toolbar, so it never disappears into the toolbar's overflow in a narrow dock.
    m_moreButton = new QToolButton(this);
    m_moreButton->setText(tr("More"));
    m_moreButton->setToolTip(tr("Restore a deleted user, export, clear the history"));
    m_moreButton->setMenu(m_moreMenu);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setObjectName(QStringLiteral("moreButton"));
    m_moreButton->setAccessibleName(tr("More history actions"));
    m_moreButton->setFocusPolicy(Qt::TabFocus);
    // Toolbar buttons take no focus by default; here they are the pane's buttons, so Tab must reach them.
    for (QAction* action : m_toolBar->actions()) {
        QWidget* button = m_toolBar->widgetForAction(action);
        if (!button) {
            continue;
        }
        button->setFocusPolicy(Qt::TabFocus);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text());
    }
    m_ui->actionsRow->addWidget(m_toolBar, 1);
    m_ui->actionsRow->addWidget(m_moreButton);
}

void HistoryPane::setUpTable()
{
    QTableView* table = m_ui->table;
    table->setModel(m_model);
    table->setItemDelegateForColumn(HistoryModel::StatusColumn, new HistoryStatusDelegate(table));
    const QFontMetrics metrics = table->fontMetrics();
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the font, not the rows: measuring a million rows is what lazy fetching avoids.
    const int padding = 2 * metrics.averageCharWidth() + 8;
    header->resizeSection(HistoryModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("8888-88-88 88:88:88")) + padding);
    header->resizeSection(HistoryModel::OperationColumn,
                          metrics.horizontalAdvance(QStringLiteral("Track event: signed_up")) + padding);
    header->resizeSection(HistoryModel::UserColumn, metrics.averageCharWidth() * 20 + padding);
    header->resizeSection(
        HistoryModel::ElapsedColumn,
        qMax(metrics.horizontalAdvance(QStringLiteral("88888 ms")),
             metrics.horizontalAdvance(m_model->headerData(HistoryModel::ElapsedColumn, Qt::Horizontal).toString()))
            + padding);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    table->viewport()->installEventFilter(this);
    // Rows come from the store by id: the only order is time, newest or oldest first.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (section == HistoryModel::TimeColumn) {
            m_model->setOrder(m_model->order() == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
        updateSortIndicator();
    });

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPane::onCurrentRowChanged);
    connect(table, &QTableView::activated, this, &HistoryPane::openCurrentInForm);
    connect(table, &QTableView::customContextMenuRequested, this, &HistoryPane::showContextMenu);
}

bool HistoryPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->table->viewport() && event->type() == QEvent::Resize) {
        fitStatusColumn();
    }
    return QWidget::eventFilter(watched, event);
}

/// The status column takes the room the others leave, but keeps enough for "400 Bad request." in a narrow
/// dock, where the table scrolls sideways instead.
void HistoryPane::fitStatusColumn()
{
    QHeaderView* header = m_ui->table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        if (column != HistoryModel::StatusColumn) {
            others += header->sectionSize(column);
        }
    }
    const int readable = m_ui->table->fontMetrics().averageCharWidth() * 18;
    header->resizeSection(HistoryModel::StatusColumn, qMax(readable, m_ui->table->viewport()->width() - others));
}

void HistoryPane::setUpTabOrder()
{
    // Filters, then the table, then what to do with the selected row, then its details.
    QList<QWidget*> chain {m_ui->filterBar->findChild<QWidget*>(QStringLiteral("resetButton")), m_ui->table};
    for (QAction* action : m_toolBar->actions()) {
        if (QWidget* button = m_toolBar->widgetForAction(action)) {
            chain << button;
        }
    }
    chain << m_moreButton << m_ui->detailView->findChild<QWidget*>(QStringLiteral("detailTabs"));
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (chain.at(i - 1) && chain.at(i)) {
            setTabOrder(chain.at(i - 1), chain.at(i));
        }
    }
}

void HistoryPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeSplitter();
}

/// Side by side in a wide bottom dock, stacked in a narrow side dock.
void HistoryPane::arrangeSplitter()
{
    const Qt::Orientation wanted = width() >= 800 && width() >= 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_splitterArranged && wanted == m_splitterOrientation) {
        return;
    }
    m_splitterArranged = true;
    m_splitterOrientation = wanted;
    m_ui->splitter->setOrientation(wanted);
    const int total = wanted == Qt::Horizontal ? m_ui->splitter->width() : m_ui->splitter->height();
    const int tableShare = wanted == Qt::Horizontal ? total * 2 / 3 : total * 3 / 5;
    m_ui->splitter->setSizes({tableShare, total - tableShare});
}

void HistoryPane::onFilterChanged(const HistoryStore::Filter& filter)
{
    if (m_timeline && filter.user != m_timelineUser) {
        // Another user (or none): the timeline is over.
        m_timeline = false;
        m_timelineUser.clear();
        m_model->setOrder(Qt::DescendingOrder);
    }
    m_model->setFilter(filter);
    updateTimelineBanner();
    updateSortIndicator();
}

void HistoryPane::setUserFilter(const QString& userIdOrEmail)
{
    m_ui->filterBar->setUser(userIdOrEmail);
}

void HistoryPane::showUserTimeline(const QString& userIdOrEmail)
{
    const QString user = userIdOrEmail.trimmed();
    if (user.isEmpty()) {
        showMessage(tr("Type a user id or email first, then show the timeline."));
        return;
    }
    m_timeline = true;
    m_timelineUser = user;
    HistoryStore::Filter filter;
    filter.user = user;
    m_ui->filterBar->setFilter(filter);
    m_model->showUserTimeline(user);
    updateTimelineBanner();
    updateSortIndicator();
    m_ui->table->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0) {
        m_ui->table->setCurrentIndex(m_model->index(0, 0));
    }
}

void HistoryPane::leaveTimeline()
{
    m_timeline = false;
    m_timelineUser.clear();
    m_ui->filterBar->setFilter(HistoryStore::Filter());
    HistoryStore::Filter none;
    m_model->setOrder(Qt::DescendingOrder);
    m_model->setFilter(none);
    updateTimelineBanner();
    updateSortIndicator();
}

void HistoryPane::updateTimelineBanner()
{
    m_ui->timelineBanner->setVisible(m_timeline);
    if (m_timeline) {
        m_ui->timelineLabel->setText(tr("Everything sent about %1, oldest first.").arg(m_timelineUser));
    }
}

void HistoryPane::updateSortIndicator()
{
    QHeaderView* header = m_ui->table->horizontalHeader();
    QSignalBlocker blocker(header);
    header->setSortIndicator(HistoryModel::TimeColumn, m_model->order());
}

bool HistoryPane::selectEntry(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_ui->table->setCurrentIndex(index);
    m_ui->table->scrollTo(index);
    return true;
}

void HistoryPane::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->table->currentIndex();
    m_current = current.isValid() ? m_model->entry(current.row()) : std::nullopt;
    if (m_current) {
        m_ui->detailView->setEntry(*m_current);
    } else {
        m_ui->detailView->clear();
    }
    updateActions();
}

/// A pending row got its reply: refresh the details when it is the one shown.
void HistoryPane::onRowsChanged(int firstRow, int lastRow)
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (current.isValid() && current.row() >= firstRow && current.row() <= lastRow) {
        onCurrentRowChanged();
    }
}

QString HistoryPane::userOf(const HistoryEntry& entry)
{
    if (entry.operation == Operation::Alias && !entry.newUserId.isEmpty()) {
        return entry.newUserId;
    }
    return entry.userId.isEmpty() ? entry.email : entry.userId;
}

void HistoryPane::updateActions()
{
    const bool row = m_current.has_value();
    m_openAction->setEnabled(row);
    m_sendAgainAction->setEnabled(row);
    m_copyCurlAction->setEnabled(row && !m_current->url.isEmpty());
    m_copyJsonAction->setEnabled(row && !m_current->requestBody.isEmpty());
    m_timelineAction->setEnabled(row && !userOf(*m_current).isEmpty());
    m_restoreAction->setEnabled((row && !m_current->userId.isEmpty()) || !m_ui->filterBar->filter().user.isEmpty());

    const InverseOperation::Result inverse = row ? InverseOperation::forEntry(*m_current) : InverseOperation::Result();
    m_undoAction->setEnabled(inverse.ok());
    // Say why undo is not offered rather than leave a silent grey button.
    const QString undoTip = m_undoAction->statusTip();
    m_undoAction->setToolTip(
        row && !inverse.note.isEmpty()
            ? tr("%1 (%2)\n%3").arg(undoTip, m_undoAction->shortcut().toString(QKeySequence::NativeText), inverse.note)
            : tr("%1 (%2)").arg(undoTip, m_undoAction->shortcut().toString(QKeySequence::NativeText)));
}

void HistoryPane::updateCount()
{
    const HistoryStore::Filter filter = m_model->filter();
    // Counting a free-text match reads every row: count only what is loaded, and say when there is more.
    if (!filter.text.isEmpty()) {
        m_total = m_model->canFetchMore(QModelIndex()) ? -1 : m_model->rowCount();
    } else {
        m_total = m_model->totalCount();
    }
    showCount();
}

void HistoryPane::showCount()
{
    if (m_total < 0) {
        m_ui->filterBar->setCountText(tr("%n+ requests", nullptr, m_model->rowCount()));
        return;
    }
    m_ui->filterBar->setCountText(tr("%n request(s)", nullptr, int(qMin<qint64>(m_total, INT_MAX))));
}

void HistoryPane::updateListActions()
{
    const bool any = m_model->rowCount() > 0;
    m_exportAction->setEnabled(any);
    // Clear removes every row, also those the filters hide.
    const bool filtered = m_model->filter() != HistoryStore::Filter();
    m_clearAction->setEnabled(m_store && (any || (filtered && m_store->count() > 0)));
}

void HistoryPane::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("historyContextMenu"));
    for (QAction* action : rowActions()) {
        menu.addAction(action);
    }
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.addAction(m_clearAction);
    // From the keyboard the position is arbitrary: open at the selected row instead.
    QPoint at = position;
    const QModelIndex current = m_ui->table->currentIndex();
    if (current.isValid() && !m_ui->table->visualRect(current).contains(position)) {
        at = m_ui->table->visualRect(current).bottomLeft();
    }
    menu.exec(m_ui->table->viewport()->mapToGlobal(at));
}

void HistoryPane::showMessage(const QString& message, bool problem)
{
    m_lastMessage = message;
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    QPalette palette = m_ui->messageLabel->parentWidget()->palette();
    if (problem) {
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    }
    m_ui->messageLabel->setPalette(palette);
    emit statusMessage(message);
}

void HistoryPane::openCurrentInForm()
{
    if (!m_current) {
        return;
    }
    emit openInForm(m_current->operationInput());
}

void HistoryPane::sendCurrentAgain()
{
    if (!m_current) {
        return;
    }
    emit sendAgain(m_current->operationInput());
}

void HistoryPane::copyCurrentAsCurl()
{
    if (!m_current) {
        return;
    }
    QGuiApplication::clipboard()->setText(HistoryRequestRenderer::toCurl(*m_current));
    showMessage(Operations::needsCredential(m_current->operation)
                    ? tr("Copied a curl command. It reads the credential from $VERO_AUTH_TOKEN: set that variable "
                         "before running it.")
                    : tr("Copied a curl command."));
}

void HistoryPane::copyCurrentJsonBody()
{
    if (!m_current || m_current->requestBody.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(HistoryRequestRenderer::jsonBody(*m_current));
    showMessage(tr("Copied the JSON body (without the credential)."));
}

void HistoryPane::undoCurrent()
{
    if (!m_current) {
        return;
    }
    const InverseOperation::Result inverse = InverseOperation::forEntry(*m_current);
    if (!inverse.ok()) {
        showMessage(inverse.note);
        return;
    }
    emit openInForm(*inverse.input);
    showMessage(tr("The undo request is in the %1 form: review it, then send it. %2")
                    .arg(Operations::displayName(inverse.input->operation), inverse.note));
}

void HistoryPane::showCurrentUserTimeline()
{
    if (m_current) {
        showUserTimeline(userOf(*m_current));
    }
}

void HistoryPane::restoreCurrentUser()
{
    if (m_current && !m_current->userId.isEmpty()) {
        restoreUser(userOf(*m_current));
    } else {
        restoreUser(m_ui->filterBar->filter().user);
    }
}

void HistoryPane::restoreUser(const QString& userId)
{
    const QString id = userId.trimmed();
    if (!m_store || id.isEmpty()) {
        showMessage(tr("Choose a request about the user, or type the user id in the filter, to restore them."));
        return;
    }
    const UserSnapshot snapshot = m_store->lastKnownState(id);
    if (snapshot.isEmpty()) {
        showMessage(
            tr("The history holds no accepted request about user \"%1\": there is nothing to restore from.").arg(id),
            true);
        return;
    }
    if (m_restoreDialog) {
        m_restoreDialog->close();
    }
    auto* dialog = new RestoreUserDialog(snapshot, this);
    dialog->setObjectName(QStringLiteral("restoreUserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_restoreDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<OperationInput> tags = dialog->tagsInput();
        // Tags first, identify last: the identify form is the one left on screen, and it must go first.
        if (tags) {
            emit openInForm(*tags);
        }
        emit openInForm(dialog->identifyInput());
        showMessage(tags ? tr("The identify and tags forms are filled: review and send the identify first, then "
                              "the tags. Past events cannot be restored.")
                         : tr("The identify form is filled: review it and send it. Past events cannot be "
                              "restored."));
    });
    dialog->open();
}

void HistoryPane::exportFiltered()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("vero-history-%1.csv")
                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    UserPrompts::FileRequest request;
    request.title = tr("Export history");
    request.suggestedPath = suggested;
    request.nameFilters = QStringList {tr("CSV files (*.csv)"), tr("JSON files (*.json)")};
    const QString fileName = m_prompts->saveFileName(this, request);
    if (fileName.isEmpty()) {
        return;
    }
    exportTo(fileName);
}

qint64 HistoryPane::exportTo(const QString& fileName)
{
    if (!m_store) {
        return -1;
    }
    QString error;
    const HistoryStore::Filter filter = m_model->filter();
    const bool json = QFileInfo(fileName).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const qint64 written
        = json ? m_store->exportJson(filter, fileName, &error) : m_store->exportCsv(filter, fileName, &error);
    if (written < 0) {
        showMessage(error, true);
        return -1;
    }
    showMessage(tr("Exported %n request(s) to %1.", nullptr, int(qMin<qint64>(written, INT_MAX)))
                    .arg(QDir::toNativeSeparators(fileName)));
    return written;
}

void HistoryPane::clearHistory()
{
    if (!m_store) {
        return;
    }
    const qint64 rows = m_store->count();
    if (rows == 0) {
        showMessage(tr("The history is already empty."));
        return;
    }
    UserPrompts::Confirmation confirmation;
    confirmation.title = tr("Clear history");
    confirmation.question
        = tr("Remove all %n request(s) from the history on this computer?", nullptr, int(qMin<qint64>(rows, INT_MAX)));
    if (m_model->filter() != HistoryStore::Filter()) {
        confirmation.question
            += QLatin1Char(' ') + tr("This clears every request, not only the ones the filters show.");
    }
    confirmation.consequences = tr("The Track API cannot read users back, so this history is the only record of "
                                   "what was sent. Export it first if you may need it. This cannot be undone.");
    confirmation.acceptLabel = tr("Clear history");
    confirmation.destructive = true;
    if (!m_prompts->confirm(this, confirmation)) {
        return;
    }
    const qint64 removed = m_store->clear();
    if (removed < 0) {
        showMessage(tr("The history could not be cleared: %1").arg(m_store->lastError()), true);
        return;
    }
    showMessage(tr("Removed %n request(s) from the history.", nullptr, int(qMin<qint64>(removed, INT_MAX))));
}
