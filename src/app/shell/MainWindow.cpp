#include "app/shell/MainWindow.h"

#include "core/platform/AppSettings.h"
#include "core/platform/BuildInfo.h"

#include "app/forms/FormFactory.h"
#include "app/forms/OperationForm.h"
#include "app/forms/TrackEventForm.h"
#include "app/history/HistoryPane.h"
#include "app/history/HistoryRetentionDialog.h"
#include "app/sandbox/SandboxPanel.h"
#include "app/widgets/UserPrompts.h"
#include "app/workspace/WorkspaceDialog.h"
#include "core/history/HistoryModel.h"
#include "core/history/RetentionSetting.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString OperationKey = QStringLiteral("window/operation");
const QString SplitterKey = QStringLiteral("window/splitter");
constexpr int SettingsVersion = 1;
// How long status-bar messages stay: a notice the user must read, a hint, a short confirmation.
constexpr int NoticeTimeoutMs = 20000;
} // namespace

MainWindow::MainWindow(AppController* controller, HistoryStore* history, UserPrompts* prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_controller(controller)
    , m_history(history)
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/") + QLatin1String(BuildInfo::AppId) + QStringLiteral(".png")));
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({190, 600});
    m_ui->operationList->setSpacing(2);

    m_ui->actionSend->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_ui->actionSend, &QAction::triggered, this, [this] {
        if (OperationForm* form = currentForm()) {
            form->requestSend();
        }
    });
    connect(m_ui->actionFocusUserId, &QAction::triggered, this, [this] {
        OperationForm* form = currentForm();
        QWidget* field = form ? form->userIdField() : nullptr;
        if (!field) {
            return;
        }
        field->setFocus(Qt::ShortcutFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(field)) {
            edit->selectAll();
        }
    });
    connect(m_ui->actionManageWorkspaces, &QAction::triggered, this, &MainWindow::manageWorkspaces);
    connect(m_ui->actionRestartSandbox, &QAction::triggered, this, [this] {
        m_controller->stopSandbox();
        m_controller->startSandbox();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_lastResultLabel = new QLabel(this);
    m_lastResultLabel->setObjectName(QStringLiteral("lastResultLabel"));
    m_lastResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastResultLabel->setText(tr("Nothing sent yet."));
    m_sandboxStatusLabel = new QLabel(this);
    m_sandboxStatusLabel->setObjectName(QStringLiteral("sandboxStatusLabel"));
    statusBar()->addWidget(m_lastResultLabel, 1);
    statusBar()->addPermanentWidget(m_sandboxStatusLabel);

    setUpWorkspaceCombo();
    setUpSandboxDock();
    setUpHistoryDock();
    setUpForms(FormFactory::createForms(m_prompts, nullptr));

    connect(m_controller, &AppController::workspacesChanged, this, &MainWindow::fillWorkspaceCombo);
    connect(m_controller, &AppController::currentWorkspaceChanged, this, &MainWindow::showCurrentWorkspace);
    connect(m_controller, &AppController::sandboxStateChanged, this, &MainWindow::showSandboxState);
    connect(m_controller,
            &AppController::requestFinished,
            this,
            [this](const OperationInput& input, const Workspace& workspace, const ApiResult& result) {
                showLastResult(input, result);
                if (WorkspaceService::isSandboxName(workspace.name)) {
                    m_sandboxPanel->refresh();
                }
            });

    fillWorkspaceCombo();
    showCurrentWorkspace(m_controller->currentWorkspace());
    showSandboxState();
    restoreSettings();
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

void MainWindow::setUpForms(const QList<OperationForm*>& forms)
{
    m_forms = forms;
    for (int i = 0; i < m_forms.size(); ++i) {
        OperationForm* form = m_forms.at(i);
        const QString title = operationTitle(form->operations());
        m_ui->formStack->addWidget(form);
        auto* listItem = new QListWidgetItem(title, m_ui->operationList);
        listItem->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(title).arg(i + 1) : title);
        connect(form, &OperationForm::sendRequested, this, [this, form](const OperationInput& input) {
            sendFrom(form, input);
        });

        auto* action = new QAction(title, this);
        action->setObjectName(QStringLiteral("actionOperation%1").arg(i + 1));
        if (i < 9) {
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
    connect(m_ui->operationList, &QListWidget::currentRowChanged, m_ui->formStack, &QStackedWidget::setCurrentIndex);
    connect(m_ui->formStack, &QStackedWidget::currentChanged, this, [this](int index) {
        m_ui->actionSend->setEnabled(index >= 0);
        m_ui->actionFocusUserId->setEnabled(currentForm() && currentForm()->userIdField());
    });
    m_ui->actionSend->setEnabled(!m_forms.isEmpty());
    if (!m_forms.isEmpty()) {
        m_ui->operationList->setCurrentRow(0);
    }
}

void MainWindow::setUpWorkspaceCombo()
{
    auto* label = new QLabel(tr("&Workspace:"), this);
    label->setObjectName(QStringLiteral("workspaceComboLabel"));
    label->setContentsMargins(6, 0, 6, 0);
    m_workspaceCombo = new QComboBox(this);
    m_workspaceCombo->setObjectName(QStringLiteral("workspaceCombo"));
    m_workspaceCombo->setAccessibleName(tr("Workspace"));
    m_workspaceCombo->setAccessibleDescription(tr("Where requests are sent"));
    m_workspaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workspaceCombo->setMinimumContentsLength(14);
    label->setBuddy(m_workspaceCombo);
    m_ui->mainToolBar->addWidget(label);
    m_ui->mainToolBar->addWidget(m_workspaceCombo);
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
    connect(m_workspaceCombo, &QComboBox::activated, this, [this](int index) {
        m_controller->setCurrentWorkspace(m_workspaceCombo->itemData(index).toString());
    });
}

void MainWindow::setUpHistoryDock()
{
    m_historyDock = new QDockWidget(tr("Request history"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyPane = new HistoryPane(m_history, m_prompts, m_historyDock);
    m_historyPane->setObjectName(QStringLiteral("historyPane"));
    m_historyDock->setWidget(m_historyPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    resizeDocks({m_historyDock}, {220}, Qt::Vertical);
    QAction* toggle = m_historyDock->toggleViewAction();
    toggle->setText(tr("Request &history"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_ui->menuView->addAction(toggle);

    auto* timeline = new QAction(tr("History of this &user"), this);
    timeline->setObjectName(QStringLiteral("actionUserTimeline"));
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    timeline->setStatusTip(tr("Show everything sent about the user in the current form, oldest first."));
    connect(timeline, &QAction::triggered, this, [this] {
        OperationForm* form = currentForm();
        const auto* edit = form ? qobject_cast<QLineEdit*>(form->userIdField()) : nullptr;
        const QString user = edit ? edit->text().trimmed() : QString();
        if (user.isEmpty()) {
            statusBar()->showMessage(tr("Type a user id in the form first, then ask for its history."), 8000);
            return;
        }
        m_historyDock->show();
        m_historyPane->showUserTimeline(user);
    });
    m_ui->menuOperation->addAction(timeline);

    auto* retention = new QAction(tr("History &retention…"), this);
    retention->setObjectName(QStringLiteral("actionHistoryRetention"));
    retention->setStatusTip(tr("Choose how much request history to keep on this computer."));
    connect(retention, &QAction::triggered, this, [this] {
        HistoryRetentionDialog dialog(m_controller->historyRetention(), this);
        if (dialog.exec() == QDialog::Accepted) {
            m_controller->setHistoryRetention(dialog.retention());
            statusBar()->showMessage(tr("History retention: %1.").arg(RetentionSetting::describe(dialog.retention())),
                                     8000);
        }
    });
    m_ui->menuView->addAction(retention);

    connect(m_historyPane, &HistoryPane::openInForm, this, &MainWindow::openInForm);
    connect(m_historyPane, &HistoryPane::sendAgain, this, [this](const OperationInput& input) {
        openInForm(input);
        statusBar()->showMessage(tr("Review the request, then press Send (Ctrl+Return) to send it again."), 10000);
    });
    connect(m_historyPane, &HistoryPane::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    });
    const QString notice = m_history->notice();
    if (!notice.isEmpty()) {
        QTimer::singleShot(0, this, [this, notice] { showNotice(notice); });
    }
}

void MainWindow::openInForm(const OperationInput& input)
{
    for (int i = 0; i < m_forms.size(); ++i) {
        if (m_forms.at(i)->operations().contains(input.operation)) {
            setCurrentOperationIndex(i);
            m_forms.at(i)->setInput(input);
            statusBar()->showMessage(
                tr("%1 opened in its form; nothing was sent.").arg(Operations::displayName(input.operation)), 8000);
            return;
        }
    }
}

void MainWindow::askAboutDuplicate(OperationForm* form, const AppController::SendOutcome& outcome)
{
    enum Option
    {
        AddUniqueTimestamp,
        SendAnyway,
        Cancel,
    };
    UserPrompts::Choice choice;
    choice.title = tr("Possible duplicate event");
    choice.question = outcome.duplicate->message(outcome.input) + QStringLiteral("\n\n")
                      + tr("Add a unique timestamp to the data so Vero keeps it?");
    choice.options = QStringList {tr("Add timestamp and send"), tr("Send anyway"), tr("Cancel")};
    choice.defaultOption = AddUniqueTimestamp;
    choice.destructiveOption = SendAnyway;
    choice.cancelOption = Cancel;
    switch (m_prompts->choose(this, choice)) {
        case AddUniqueTimestamp:
            // Later sends from the form differ too, so the question is not asked again for each of them.
            if (auto* eventForm = qobject_cast<TrackEventForm*>(form)) {
                eventForm->setUniqueTimestamp(true);
            }
            sendFrom(form, outcome.input, {AppController::SendOptions::Duplicate::AddUniqueTimestamp});
            return;
        case SendAnyway:
            sendFrom(form, outcome.input, {AppController::SendOptions::Duplicate::SendAnyway});
            return;
        default:
            form->showErrors({}); // releases the form's Send button; nothing was sent
            m_lastResultLabel->setText(tr("Not sent: the event was cancelled as a likely duplicate."));
            return;
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    // veroctl writes to the same history: pick up its rows when the user comes back to the window.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_historyPane) {
        m_historyPane->model()->refreshNewRows();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setUpSandboxDock()
{
    m_sandboxDock = new QDockWidget(tr("Sandbox"), this);
    m_sandboxDock->setObjectName(QStringLiteral("sandboxDock"));
    m_sandboxPanel = new SandboxPanel(m_sandboxDock);
    m_sandboxPanel->setObjectName(QStringLiteral("sandboxPanel"));
    m_sandboxDock->setWidget(m_sandboxPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_sandboxDock);
    resizeDocks({m_sandboxDock}, {340}, Qt::Horizontal);
    QAction* toggle = m_sandboxDock->toggleViewAction();
    toggle->setText(tr("&Sandbox panel"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_ui->menuView->addAction(toggle);
    // The bottom dock area is kept free for the request history.
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
    if (index >= 0 && index < m_forms.size()) {
        m_ui->operationList->setCurrentRow(index);
    }
}

void MainWindow::sendFrom(OperationForm* form, const OperationInput& input, const AppController::SendOptions& options)
{
    QPointer<OperationForm> guard(form);
    const AppController::SendOutcome outcome = m_controller->send(
        input,
        form,
        [guard](const ApiResult& result) {
            if (guard) {
                guard->showResult(result);
            }
        },
        options);
    switch (outcome.status) {
        case AppController::SendOutcome::Status::Invalid:
            form->showErrors(outcome.errors);
            m_lastResultLabel->setText(
                tr("Not sent: %1 has errors, shown next to the fields.").arg(Operations::displayName(input.operation)));
            return;
        case AppController::SendOutcome::Status::PossibleDuplicate:
            askAboutDuplicate(form, outcome);
            return;
        case AppController::SendOutcome::Status::Sent:
            m_lastResultLabel->setStyleSheet(QString());
            m_lastResultLabel->setText(
                tr("Sending %1 to %2…")
                    .arg(Operations::displayName(input.operation), m_controller->currentWorkspace().name));
            return;
    }
}

void MainWindow::showLastResult(const OperationInput& input, const ApiResult& result)
{
    m_lastResultLabel->setText(
        tr("Last result: %1: %2").arg(Operations::displayName(input.operation), result.summary()));
    const bool accepted = result.outcome() == ApiResult::Outcome::Accepted;
    m_lastResultLabel->setProperty("accepted", accepted);
    m_lastResultLabel->setStyleSheet(accepted ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
}

void MainWindow::fillWorkspaceCombo()
{
    const QSignalBlocker blocker(m_workspaceCombo);
    m_workspaceCombo->clear();
    for (const Workspace& workspace : m_controller->workspaces()) {
        const bool sandbox = WorkspaceService::isSandboxName(workspace.name);
        m_workspaceCombo->addItem(workspace.name, workspace.name);
        m_workspaceCombo->setItemData(m_workspaceCombo->count() - 1,
                                      sandbox ? tr("Local sandbox started by Vero Admin")
                                              : workspace.baseUrl.toString(),
                                      Qt::ToolTipRole);
    }
    m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_controller->currentWorkspace().name));
}

void MainWindow::showCurrentWorkspace(const Workspace& workspace)
{
    const bool sandbox = WorkspaceService::isSandboxName(workspace.name);
    {
        const QSignalBlocker blocker(m_workspaceCombo);
        m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(workspace.name));
    }
    m_ui->workspaceBanner->showWorkspace(workspace, sandbox);
    // The platform appends the application's display name ("Vero Admin").
    setWindowTitle(workspace.isProduction() ? tr("%1 (production)").arg(workspace.name) : workspace.name);
}

void MainWindow::showSandboxState()
{
    switch (m_controller->sandboxState()) {
        case AppController::SandboxState::Stopped:
            m_sandboxPanel->setRootUrl(QUrl());
            m_sandboxPanel->showMessage(tr("The local sandbox is not running. It starts when you choose the "
                                           "Sandbox workspace."));
            m_sandboxStatusLabel->setText(QString());
            break;
        case AppController::SandboxState::Starting:
            m_sandboxPanel->setRootUrl(QUrl());
            m_sandboxPanel->showMessage(tr("Starting the local sandbox…"));
            m_sandboxStatusLabel->setText(tr("Sandbox starting…"));
            break;
        case AppController::SandboxState::Running:
            m_sandboxPanel->setRootUrl(m_controller->sandboxRootUrl());
            m_sandboxStatusLabel->setText(tr("Sandbox on %1").arg(m_controller->sandboxRootUrl().authority()));
            break;
        case AppController::SandboxState::Failed:
            m_sandboxPanel->setRootUrl(QUrl());
            m_sandboxPanel->showMessage(tr("The local sandbox could not start: %1\nWorkspace > Restart sandbox "
                                           "tries again.")
                                            .arg(m_controller->sandboxError()));
            m_sandboxStatusLabel->setText(tr("Sandbox not running"));
            break;
    }
    m_ui->actionRestartSandbox->setEnabled(m_controller->sandboxState() != AppController::SandboxState::Starting);
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
    statusBar()->showMessage(message, NoticeTimeoutMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Vero Admin"),
                       tr("<p><b>Vero Admin %1</b></p><p>Manage the user records of a Vero account through the "
                          "Track API v2: identify, edit, alias, subscriptions, tags, events and deletions.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    AppSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    if (!restoreState(settings.value(StateKey).toByteArray(), SettingsVersion)) {
        // First start: keep the history dock low so the form keeps most of the height.
        QTimer::singleShot(0, this, [this] { resizeDocks({m_historyDock}, {190}, Qt::Vertical); });
    }
    m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    setCurrentOperationIndex(settings.value(OperationKey, 0).toInt());
}

void MainWindow::saveSettings() const
{
    AppSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(SettingsVersion));
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(OperationKey, currentOperationIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}
