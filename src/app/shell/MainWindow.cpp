#include "app/shell/MainWindow.h"

#include "app/bulk/BulkRunDialog.h"
#include "app/bulk/InterruptedBulkJobBanner.h"
#include "app/forms/CurrentUserFollower.h"
#include "app/forms/DeleteForm.h"
#include "app/forms/FormFactory.h"
#include "app/forms/OperationForm.h"
#include "app/history/HistoryActions.h"
#include "app/history/HistoryDock.h"
#include "app/history/HistoryPane.h"
#include "app/sandbox/SandboxDock.h"
#include "app/sandbox/SandboxPanel.h"
#include "app/settings/LanguageMenu.h"
#include "app/shell/FormSender.h"
#include "app/shell/HelpMenu.h"
#include "app/shell/LastResultLabel.h"
#include "app/shell/RowWorkspaceQuestion.h"
#include "app/shell/ScreenFit.h"
#include "app/shell/StatusBarTimeouts.h"
#include "app/widgets/UserPrompts.h"
#include "app/workspace/WorkspaceDialog.h"
#include "app/workspace/WorkspaceLabel.h"
#include "app/workspace/WorkspaceSwitcher.h"
#include "core/forms/CurrentUser.h"
#include "core/history/HistoryModel.h"
#include "core/platform/AppSettings.h"
#include "core/platform/BuildInfo.h"
#include "core/platform/StartupTrace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLineEdit>
#include <QStatusBar>
#include <QTimer>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString OperationKey = QStringLiteral("window/operation");
const QString SplitterKey = QStringLiteral("window/splitter");
constexpr int SettingsVersion = 2; // 2: the history dock tabbed with the sandbox's
// The operation list and the form, in pixels, before the user drags the splitter.
constexpr int OperationListWidth = 190;
constexpr int FormWidth = 600;
constexpr int OperationListSpacing = 2;
// Ctrl+1 to Ctrl+9 switch operations.
constexpr int DigitShortcuts = 9;
} // namespace

MainWindow::MainWindow(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_controller(controller)
    , m_history(history)
    , m_prompts(prompts)
    , m_rowWorkspaceQuestion(std::make_unique<RowWorkspaceQuestion>(controller, prompts, this))
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({OperationListWidth, FormWidth});
    m_ui->operationList->setSpacing(OperationListSpacing);

    m_lastResultLabel = new LastResultLabel(this);
    m_sender = new FormSender(m_controller, m_prompts, m_lastResultLabel, this);
    statusBar()->addWidget(m_lastResultLabel, 1);

    StartupTrace::mark("window: ui");
    setUpActions();
    setUpToolBar();
    StartupTrace::mark("window: toolbar");
    setUpDocks();
    StartupTrace::mark("window: docks");
    m_ui->currentUserStrip->setCurrentUser(&m_controller->currentUser());
    setUpOperationList();

    connect(m_controller, &AppController::currentWorkspaceChanged, this, &MainWindow::showCurrentWorkspace);
    connect(m_controller, &AppController::sandboxStateChanged, this, &MainWindow::showSandboxState);
    connect(m_controller,
            &AppController::requestFinished,
            this,
            [this](const OperationInput& input, const Workspace& workspace, const ApiResult& result) {
                m_lastResultLabel->showResult(input, workspace.name, result);
            });
    showCurrentWorkspace(m_controller->currentWorkspace());
    showSandboxState();
    restoreSettings();
    StartupTrace::mark("window: current form and settings");
    announceDrafts();
    QTimer::singleShot(0, this, [this] {
        if (!m_heldUntilFirstFrame) {
            finishStartUp();
        }
    });
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

QString MainWindow::operationTitle(const QList<Operation>& operations)
{
    if (operations.contains(Operation::Unsubscribe) && operations.contains(Operation::Resubscribe)) {
        return tr("Unsubscribe / Resubscribe");
    }
    return operations.isEmpty() ? QString() : Operations::displayName(operations.constFirst());
}

/// The menus' actions that do not belong to a form or a dock.
void MainWindow::setUpActions()
{
    m_ui->actionSend->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_ui->actionSend, &QAction::triggered, this, [this] {
        if (OperationForm* form = currentForm()) {
            form->requestSend();
        }
    });
    connect(m_ui->actionFocusUserId, &QAction::triggered, this, &MainWindow::focusUserIdField);
    connect(m_ui->actionNewForm, &QAction::triggered, this, [this] {
        if (OperationForm* form = currentForm()) {
            form->clearInput();
        }
    });
    connect(m_ui->actionManageWorkspaces, &QAction::triggered, this, &MainWindow::manageWorkspaces);
    connect(m_ui->actionRestartSandbox, &QAction::triggered, this, [this] {
        m_controller->stopSandbox();
        m_controller->startSandbox();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    new HelpMenu(this, m_ui->menuHelp, m_ui->actionAbout);
}

void MainWindow::setUpToolBar()
{
    m_ui->mainToolBar->addWidget(new WorkspaceSwitcher(m_controller, this));
    m_ui->mainToolBar->addAction(m_ui->actionManageWorkspaces);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->actionSend);
    for (QAction* action : {m_ui->actionManageWorkspaces, m_ui->actionSend}) {
        QWidget* button = m_ui->mainToolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->toolTip());
    }
    // The workspace must always be visible: the toolbar cannot be hidden from the context menu.
    m_ui->mainToolBar->toggleViewAction()->setEnabled(false);
}

void MainWindow::setUpDocks()
{
    m_sandboxDock = new SandboxDock(m_controller, this);
    addDockWidget(Qt::RightDockWidgetArea, m_sandboxDock);
    resizeDocks({m_sandboxDock}, {SandboxDock::DefaultWidth}, Qt::Horizontal);
    statusBar()->addPermanentWidget(m_sandboxDock->statusLabel());
    m_ui->menuView->addAction(m_sandboxDock->toggleViewAction());
    StartupTrace::mark("window: sandbox dock");

    // The request history shares the right side with the sandbox, as tabs, history in front: below the form it
    // took the height the form needs to show its fields (the Identify properties) without scrolling. It can be
    // dragged to the bottom; the layout is remembered.
    m_historyDock = new HistoryDock(m_controller, m_history, m_prompts, this, HistoryPane::FirstPage::WhenAsked);
    StartupTrace::mark("window: history dock");
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_sandboxDock, m_historyDock);
    m_historyDock->raise();
    m_ui->menuView->addAction(m_historyDock->toggleViewAction());
    m_ui->menuView->addAction(m_historyDock->retentionAction());
    auto* languages = new LanguageMenu(m_ui->menuView);
    m_ui->menuView->addMenu(languages);
    connect(languages, &LanguageMenu::changed, this, &MainWindow::showNotice);
    connect(m_historyDock, &HistoryDock::statusMessage, statusBar(), &QStatusBar::showMessage);
    HistoryPane* pane = m_historyDock->pane();
    // Each request from the history is prepared for its row's workspace, or another one the user chose.
    pane->actions()->setTargetCheck(
        [this](const QString& workspace) { return m_rowWorkspaceQuestion->prepareFor(workspace); });
    pane->actions()->setSandboxToken([this] { return m_controller->sandboxToken(); });
    connect(pane, &HistoryPane::openInForm, this, &MainWindow::openInForm);
    connect(pane->actions(), &HistoryActions::makeCurrentUser, &m_controller->currentUser(), &CurrentUser::set);
    connect(m_sandboxDock, &SandboxDock::makeCurrentUser, &m_controller->currentUser(), &CurrentUser::set);
    connect(pane, &HistoryPane::sendAgain, this, [this](const OperationInput& input) {
        openInForm(input);
        statusBar()->showMessage(tr("Review the request, then press Send (Ctrl+Return) to send it again."),
                                 StatusBarTimeouts::HintMs);
    });

    auto* timeline = new QAction(tr("History of this &user"), this);
    timeline->setObjectName(QStringLiteral("actionUserTimeline"));
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    timeline->setStatusTip(tr("Show everything sent about the user in the current form, oldest first."));
    connect(timeline, &QAction::triggered, this, &MainWindow::showUserTimeline);
    m_ui->menuOperation->addAction(timeline);

    auto* bulk = new QAction(tr("&Bulk run from CSV…"), this);
    bulk->setObjectName(QStringLiteral("actionBulkRun"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    bulk->setStatusTip(tr("Run one operation for every row of a CSV file on the current workspace."));
    connect(bulk, &QAction::triggered, this, &MainWindow::openBulkRun);
    m_ui->menuOperation->addAction(bulk);

    // A run that stopped before its last row is offered for resuming: once the window is up (not holding up the
    // first frame), on a switch of workspace, and when the bulk run window closes.
    m_bulkBanner = new InterruptedBulkJobBanner(this);
    m_ui->centralLayout->insertWidget(1, m_bulkBanner);
    connect(m_bulkBanner, &InterruptedBulkJobBanner::resumeRequested, this, [this](const QString& id) {
        m_bulkBanner->hide();
        openBulkRun();
        m_bulkDialog->chooseJobToResume(id);
    });
    connect(m_controller, &AppController::currentWorkspaceChanged, this, &MainWindow::offerInterruptedBulkJob);
    QTimer::singleShot(0, this, &MainWindow::offerInterruptedBulkJob);
}

void MainWindow::offerInterruptedBulkJob()
{
    if (m_bulkDialog) {
        return; // the window lists the jobs to resume itself
    }
    m_bulkBanner->look(BulkOutbox::defaultPath(), m_controller->currentWorkspace().name);
}

void MainWindow::openBulkRun()
{
    // Modeless and one at a time: a run goes on while the user works in the forms.
    if (m_bulkDialog) {
        m_bulkDialog->raise();
        m_bulkDialog->activateWindow();
        return;
    }
    m_bulkDialog = new BulkRunDialog(m_controller, m_history, *m_prompts, BulkOutbox::defaultPath(), this);
    m_bulkDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_bulkDialog, &QObject::destroyed, this, &MainWindow::offerInterruptedBulkJob, Qt::QueuedConnection);
    m_bulkDialog->show();
}

void MainWindow::setUpOperationList()
{
    m_pages = new FormPages(m_ui->formStack, m_prompts, this);
    m_userFollower = new CurrentUserFollower(&m_controller->currentUser(), this);
    m_startUserRevision = m_controller->currentUser().revision();
    connect(m_pages, &FormPages::built, this, [this](int, OperationForm* form) { wireUpForm(form); });
    for (int i = 0; i < m_pages->count(); ++i) {
        const QString title = operationTitle(m_pages->entries().at(i).operations);
        auto* listItem = new QListWidgetItem(title, m_ui->operationList);
        listItem->setToolTip(i < DigitShortcuts ? tr("%1 (Ctrl+%2)").arg(title).arg(i + 1) : title);

        auto* action = new QAction(title, this);
        action->setObjectName(QStringLiteral("actionOperation%1").arg(i + 1));
        if (i < DigitShortcuts) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
        connect(action, &QAction::triggered, this, [this, i] {
            setCurrentOperationIndex(i);
            OperationForm* shown = currentForm();
            QWidget* field = shown ? shown->userIdField() : nullptr;
            if (field) {
                field->setFocus(Qt::ShortcutFocusReason);
            } else {
                m_ui->operationList->setFocus(Qt::ShortcutFocusReason);
            }
        });
        m_ui->menuOperation->addAction(action);
    }
    connect(m_ui->operationList, &QListWidget::currentRowChanged, this, &MainWindow::showOperation);
    connect(m_ui->formStack, &QStackedWidget::currentChanged, this, [this] {
        m_ui->actionSend->setEnabled(currentForm() != nullptr);
        m_ui->actionFocusUserId->setEnabled(currentForm() && currentForm()->userIdField());
    });
    m_ui->actionSend->setEnabled(m_pages->count() > 0);
}

void MainWindow::showOperation(int index)
{
    if (m_pages->form(index)) {
        m_ui->formStack->setCurrentIndex(index);
    }
}

QList<OperationForm*> MainWindow::forms()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->form(i);
    }
    return m_pages->builtForms();
}

/// A form just built, as the eager window had it: following the current user, sending through the window, on
/// the current workspace (FormPages gives it its draft from last time next).
void MainWindow::wireUpForm(OperationForm* form)
{
    m_userFollower->addForm(form, m_startUserRevision);
    connect(form, &OperationForm::sendRequested, this, [this, form](const OperationInput& input) {
        m_sender->send(form, input);
    });
    connect(form, &OperationForm::cancelRequested, this, [this, form] { m_sender->cancel(form); });
    const Workspace workspace = m_controller->currentWorkspace();
    form->setWorkspaceName(workspace.name);
    if (auto* deleteForm = qobject_cast<DeleteForm*>(form)) {
        deleteForm->setWorkspace(workspace);
    }
}

void MainWindow::holdWorkUntilFirstFrame()
{
    m_heldUntilFirstFrame = true;
    m_historyDock->pane()->model()->setCountingHeld(true);
}

void MainWindow::firstFrameShown()
{
    m_heldUntilFirstFrame = false;
    m_historyDock->pane()->model()->setCountingHeld(false);
    finishStartUp();
}

/// What the first frame does not show: the history's first page, and the window's icon (reading the PNG looks
/// through Qt's image format plugins).
void MainWindow::finishStartUp()
{
    if (m_startUpFinished) {
        return;
    }
    m_startUpFinished = true;
    setWindowIcon(QIcon(QStringLiteral(":/icons/") + QLatin1String(BuildInfo::AppId) + QStringLiteral(".png")));
    m_historyDock->pane()->showFirstPage();
}

OperationForm* MainWindow::currentForm() const
{
    return qobject_cast<OperationForm*>(m_ui->formStack->currentWidget());
}

int MainWindow::currentOperationIndex() const
{
    return m_ui->formStack->currentIndex();
}

void MainWindow::setCurrentOperationIndex(int index)
{
    if (index >= 0 && index < m_pages->count()) {
        m_ui->operationList->setCurrentRow(index);
    }
}

void MainWindow::focusUserIdField()
{
    OperationForm* form = currentForm();
    QWidget* field = form ? form->userIdField() : nullptr;
    if (!field) {
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        edit->selectAll();
    }
}

void MainWindow::showUserTimeline()
{
    OperationForm* form = currentForm();
    const auto* edit = form ? qobject_cast<QLineEdit*>(form->userIdField()) : nullptr;
    const QString user = edit ? edit->text().trimmed() : QString();
    if (user.isEmpty()) {
        statusBar()->showMessage(tr("Type a user id in the form first, then ask for its history."),
                                 StatusBarTimeouts::ConfirmationMs);
        return;
    }
    m_historyDock->showUserTimeline(user);
}

void MainWindow::openInForm(const OperationInput& input)
{
    const int index = m_pages->indexOf(input.operation);
    if (index < 0) {
        return;
    }
    setCurrentOperationIndex(index);
    form(index)->setInput(input);
    m_lastResultLabel->markEarlier();
    statusBar()->showMessage(
        tr("%1 opened in its form; nothing was sent.").arg(Operations::displayName(input.operation)),
        StatusBarTimeouts::ConfirmationMs);
}

void MainWindow::showCurrentWorkspace(const Workspace& workspace)
{
    m_ui->workspaceBanner->showWorkspace(workspace, WorkspaceService::isSandboxName(workspace.name));
    m_lastResultLabel->setCurrentWorkspace(workspace.name);
    for (OperationForm* form : m_pages->builtForms()) { // the others take it when built
        form->setWorkspaceName(workspace.name);
        if (auto* deleteForm = qobject_cast<DeleteForm*>(form)) {
            deleteForm->setWorkspace(workspace); // its confirmation names where the user is deleted
        }
    }
    // The platform appends the application's display name ("Vero Admin"). A workspace named "Production" is not
    // marked a second time.
    const bool namedProduction = workspace.name.contains(QLatin1String("production"), Qt::CaseInsensitive);
    setWindowTitle(workspace.isProduction() && !namedProduction ? tr("%1 (production)").arg(workspace.name)
                                                                : workspace.name);
}

void MainWindow::showSandboxState()
{
    m_ui->actionRestartSandbox->setEnabled(m_controller->sandboxState() != AppController::SandboxState::Starting);
}

void MainWindow::changeEvent(QEvent* event)
{
    // veroctl writes to the same history: pick up its rows when the user comes back to the window.
    // And its workspaces and its requests to the app's sandbox.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_historyDock) {
        m_historyDock->pane()->model()->refreshNewRows();
        m_controller->reloadWorkspaces();
        if (m_sandboxDock->isPanelBuilt() && m_controller->sandboxState() == AppController::SandboxState::Running) {
            m_sandboxDock->panel()->refresh();
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::manageWorkspaces()
{
    if (m_workspaceDialog) {
        m_workspaceDialog->raise();
        m_workspaceDialog->activateWindow();
        return;
    }
    m_workspaceDialog = new WorkspaceDialog(m_controller, m_prompts, this);
    m_workspaceDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_workspaceDialog, &QDialog::finished, this, [this] { m_controller->reloadWorkspaces(); });
    m_workspaceDialog->open();
}

void MainWindow::showNotice(const QString& message)
{
    statusBar()->showMessage(message, StatusBarTimeouts::NoticeMs);
}

void MainWindow::restoreSettings()
{
    AppSettings settings;
    // A saved size larger than this screen (another monitor, or a window widened before) is fitted to it too.
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()) || ScreenFit::exceedsAvailableArea(this)) {
        ScreenFit::fitAvailableArea(this);
    }
    if (!restoreState(settings.value(StateKey).toByteArray(), SettingsVersion)) {
        // First start (or a layout from before the history moved beside the form): history in front.
        m_historyDock->raise();
    }
    m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    const int operation = settings.value(OperationKey, 0).toInt();
    setCurrentOperationIndex(operation >= 0 && operation < m_pages->count() ? operation : 0);
}

void MainWindow::saveSettings() const
{
    AppSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(SettingsVersion));
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(OperationKey, currentOperationIndex());
}

void MainWindow::announceDrafts()
{
    QStringList restored;
    for (const int index : m_pages->entriesWithDrafts()) {
        restored.append(operationTitle(m_pages->entries().at(index).operations));
    }
    if (!restored.isEmpty()) {
        statusBar()->showMessage(tr("Unsent input from last time is back in: %1. Nothing was sent.")
                                     .arg(restored.join(QStringLiteral(", "))),
                                 StatusBarTimeouts::NoticeMs);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_pages->saveDrafts();
    event->accept();
}
