#include "app/history/HistoryPane.h"

#include "app/history/HistoryActions.h"
#include "app/history/HistoryDetailView.h"
#include "app/history/HistoryFilterBar.h"
#include "app/history/HistoryTableView.h"
#include "app/style/StateTextColour.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"
#include "ui_HistoryPane.h"

#include <QAction>
#include <QMenu>
#include <QResizeEvent>
#include <QToolBar>
#include <QToolButton>

namespace {
// Side by side from this width on, when the pane is also at least twice as wide as it is high.
constexpr int SideBySideMinimumWidth = 800;
constexpr int SideBySideAspect = 2;
// The table's share of the splitter: side by side, and stacked.
struct Share
{
    int numerator;
    int denominator;
};
constexpr Share TableShareSideBySide {2, 3};
constexpr Share TableShareStacked {3, 5};
// The toolbar shows text only; small icons keep its buttons as compact as the filter bar's.
constexpr QSize ToolBarIconSize {16, 16};
} // namespace

HistoryPane::HistoryPane(HistoryStore* store, UserPrompts* prompts, QWidget* parent, FirstPage firstPage)
    : QWidget(parent)
    , m_ui(new Ui::HistoryPane)
    , m_model(new HistoryModel(this))
    , m_actions(new HistoryActions(store, prompts, this))
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->timelineBanner->hide();
    m_ui->messageLabel->hide();
    m_ui->table->setHistoryModel(m_model);
    m_ui->table->setContextMenuActions(
        m_actions->rowActions() + QList<QAction*> {nullptr, m_actions->exportAction(), m_actions->clearAction()});
    m_ui->filterBar->setCountText(tr("Loading…")); // until the first page and its count
    setUpToolBar();
    setUpTabOrder();

    connect(m_ui->filterBar, &HistoryFilterBar::filterChanged, m_model, &HistoryModel::setFilter);
    connect(m_ui->filterBar, &HistoryFilterBar::timelineRequested, this, &HistoryPane::showUserTimeline);
    connect(m_ui->leaveTimelineButton, &QPushButton::clicked, this, &HistoryPane::leaveTimeline);
    connect(m_model, &HistoryModel::timelineChanged, this, &HistoryPane::showTimeline);
    connect(m_model, &HistoryModel::matchingCountChanged, this, &HistoryPane::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::showListState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPane::showListState);
    // A pending row got its reply: refresh the details when it is the one shown.
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const int row = m_ui->table->currentRow();
                if (row >= topLeft.row() && row <= bottomRight.row()) {
                    showCurrentRow();
                }
            });
    connect(m_ui->table, &HistoryTableView::currentRowChanged, this, &HistoryPane::showCurrentRow);
    connect(m_ui->table, &QAbstractItemView::activated, m_actions, &HistoryActions::openCurrentInForm);

    connect(m_actions, &HistoryActions::openInForm, this, &HistoryPane::openInForm);
    connect(m_actions, &HistoryActions::sendAgain, this, &HistoryPane::sendAgain);
    connect(m_actions, &HistoryActions::timelineRequested, this, &HistoryPane::showUserTimeline);
    connect(m_actions, &HistoryActions::message, this, &HistoryPane::showMessage);
    connect(m_actions->findAction(), &QAction::triggered, m_ui->filterBar, &HistoryFilterBar::focusText);

    if (store) {
        connect(
            store, &HistoryStore::writeFailed, this, [this](const QString& message) { showMessage(message, true); });
        connect(store, &HistoryStore::recovered, this, [this](const QString& message) { showMessage(message, true); });
        if (!store->notice().isEmpty()) {
            showMessage(store->notice(), !store->isPersistent());
        }
    }
    showListState();
    if (firstPage == FirstPage::Now) {
        showFirstPage();
    }
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

HistoryTableView* HistoryPane::table() const
{
    return m_ui->table;
}

std::optional<HistoryEntry> HistoryPane::currentEntry() const
{
    return m_actions->currentEntry();
}

void HistoryPane::setUpToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("historyToolBar"));
    m_toolBar->setAccessibleName(tr("History actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(ToolBarIconSize);
    for (QAction* action : m_actions->rowActions()) {
        if (action != m_actions->restoreAction() && action != m_actions->makeCurrentUserAction()) {
            m_toolBar->addAction(action);
        }
    }
    m_moreMenu = new QMenu(tr("More"), this);
    m_moreMenu->setObjectName(QStringLiteral("moreMenu"));
    m_moreMenu->addAction(m_actions->makeCurrentUserAction());
    m_moreMenu->addAction(m_actions->restoreAction());
    m_moreMenu->addSeparator();
    m_moreMenu->addAction(m_actions->exportAction());
    m_moreMenu->addAction(m_actions->clearAction());
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
    // Qt's overflow button, shown when the dock is too narrow for every action, has no name of its own: a screen
    // reader found it nameless over AT-SPI.
    if (auto* overflow = m_toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"))) {
        overflow->setAccessibleName(tr("More toolbar actions"));
        overflow->setAccessibleDescription(tr("The history actions that do not fit in the toolbar"));
    }
    m_ui->actionsRow->addWidget(m_toolBar, 1);
    m_ui->actionsRow->addWidget(m_moreButton);
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
    const bool wide = width() >= SideBySideMinimumWidth && width() >= SideBySideAspect * height();
    const Qt::Orientation wanted = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitterArranged && wanted == m_splitterOrientation) {
        return;
    }
    m_splitterArranged = true;
    m_splitterOrientation = wanted;
    m_ui->splitter->setOrientation(wanted);
    const int total = wide ? m_ui->splitter->width() : m_ui->splitter->height();
    const Share share = wide ? TableShareSideBySide : TableShareStacked;
    const int tableShare = total * share.numerator / share.denominator;
    m_ui->splitter->setSizes({tableShare, total - tableShare});
}

void HistoryPane::showFirstPage()
{
    if (m_firstPageShown) {
        return;
    }
    m_firstPageShown = true;
    m_model->setStore(m_store); // reads the first page with the filters set meanwhile
    emit firstPageShown();
}

bool HistoryPane::selectEntry(qint64 id)
{
    showFirstPage();
    return m_ui->table->selectEntry(id);
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
    showFirstPage(); // the timeline asks the store for the user's other names
    // The same id on another workspace is another user: the timeline keeps the workspace shown.
    HistoryStore::Filter filter;
    filter.user = user;
    filter.workspace = m_model->filter().workspace;
    m_ui->filterBar->setFilter(filter);
    m_model->showUserTimeline(user);
    m_ui->table->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0) {
        m_ui->table->setCurrentIndex(m_model->index(0, 0));
    }
}

void HistoryPane::leaveTimeline()
{
    HistoryStore::Filter filter;
    filter.workspace = m_model->filter().workspace;
    m_ui->filterBar->setFilter(filter);
    m_model->leaveTimeline();
}

void HistoryPane::showTimeline()
{
    m_ui->timelineBanner->setVisible(m_model->isTimeline());
    if (m_model->isTimeline()) {
        const std::optional<QString> workspace = m_model->filter().workspace;
        m_ui->timelineLabel->setText(
            workspace ? tr("Everything sent about %1 to %2, oldest first.").arg(m_model->timelineUser(), *workspace)
                      : tr("Everything sent about %1, oldest first.").arg(m_model->timelineUser()));
    }
}

void HistoryPane::showCurrentRow()
{
    const int row = m_ui->table->currentRow();
    const std::optional<HistoryEntry> entry = row >= 0 ? m_model->entry(row) : std::nullopt;
    if (entry) {
        m_ui->detailView->setEntry(*entry);
    } else {
        m_ui->detailView->clear();
    }
    m_actions->setCurrentEntry(entry);
}

void HistoryPane::showListState()
{
    m_actions->setListState(m_model->filter(), m_model->rowCount());
}

void HistoryPane::showCount(qint64 count)
{
    if (!m_firstPageShown) {
        return; // a count of nothing read yet: "Loading…" stays
    }
    if (count < 0) {
        m_ui->filterBar->setCountText(tr("%n+ requests", nullptr, m_model->rowCount()));
        return;
    }
    m_ui->filterBar->setCountText(tr("%n request(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
}

void HistoryPane::showMessage(const QString& message, bool problem)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    if (problem) {
        StateTextColour::apply(m_ui->messageLabel, StatePalette::Role::Error);
    } else {
        StateTextColour::clear(m_ui->messageLabel);
    }
    emit statusMessage(message);
}
