#include "app/workspace/WorkspaceDialog.h"

#include "app/shell/AppController.h"
#include "app/widgets/UserPrompts.h"
#include "ui_WorkspaceDialog.h"

#include <QPushButton>

WorkspaceDialog::WorkspaceDialog(AppController* controller, UserPrompts* prompts, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::WorkspaceDialog)
    , m_controller(controller)
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
        close->setAccessibleName(tr("Close the workspace dialog"));
        close->setAccessibleDescription(tr("Returns to the main window"));
    }
    for (const QString& name : Workspace::credentialNames()) {
        m_ui->credentialNameCombo->addItem(name);
    }
    m_ui->credentialPlacementCombo->addItem(tr("the JSON body"),
                                            Workspace::placementKey(Workspace::CredentialPlacement::Body));
    m_ui->credentialPlacementCombo->addItem(tr("the URL query"),
                                            Workspace::placementKey(Workspace::CredentialPlacement::Query));
    m_ui->timeoutSpin->setRange(1, Workspace::MaxTimeoutSeconds);
    m_ui->baseUrlEdit->setPlaceholderText(Workspace::defaultBaseUrl().toString());
    m_ui->caFileEdit->setPlaceholderText(tr("none"));

    connect(m_ui->workspaceList,
            &QListWidget::currentItemChanged,
            this,
            [this](QListWidgetItem* current, QListWidgetItem* previous) {
                if (m_loading || !current || current->text() == m_editedName) {
                    return;
                }
                if (m_dirty && !confirmDiscard(tr("Discard the changes you made to \"%1\"?").arg(editedTitle()))) {
                    const QSignalBlocker blocker(m_ui->workspaceList);
                    m_ui->workspaceList->setCurrentItem(previous);
                    if (!previous) {
                        m_ui->workspaceList->clearSelection();
                    }
                    return;
                }
                load(current->text());
            });
    connect(m_ui->addButton, &QPushButton::clicked, this, &WorkspaceDialog::addWorkspace);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &WorkspaceDialog::removeWorkspace);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &WorkspaceDialog::saveWorkspace);
    connect(m_ui->forgetCredentialButton, &QPushButton::clicked, this, &WorkspaceDialog::forgetCredential);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &WorkspaceDialog::keepCredentialForSession);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WorkspaceDialog::reject);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        UserPrompts::FileRequest request;
        request.title = tr("Extra CA certificate");
        request.suggestedPath = m_ui->caFileEdit->text();
        request.nameFilters = QStringList {tr("PEM certificates (*.pem *.crt)"), tr("All files (*)")};
        const QString file = m_prompts->openFileName(this, request);
        if (!file.isEmpty()) {
            m_ui->caFileEdit->setText(file);
            setDirty(true);
        }
    });

    const auto edited = [this] {
        if (!m_loading) {
            setDirty(true);
        }
    };
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->caFileEdit, m_ui->credentialEdit}) {
        connect(edit, &QLineEdit::textEdited, this, edited);
    }
    connect(m_ui->credentialNameCombo, &QComboBox::activated, this, edited);
    connect(m_ui->credentialPlacementCombo, &QComboBox::activated, this, edited);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->credentialEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->sessionOnlyButton->setEnabled(!text.isEmpty() && !m_busy);
    });

    const QString current = m_controller->currentIsSandbox() ? QString() : m_controller->currentWorkspace().name;
    fillList(current);
}

WorkspaceDialog::~WorkspaceDialog()
{
    delete m_ui;
}

bool WorkspaceDialog::confirm(const QString& title, const QString& question, const QString& consequences)
{
    UserPrompts::Confirmation confirmation;
    confirmation.title = title;
    confirmation.question = question;
    confirmation.consequences = consequences;
    confirmation.destructive = !consequences.isEmpty();
    return m_prompts->confirm(this, confirmation);
}

bool WorkspaceDialog::confirmDiscard(const QString& question)
{
    return confirm(tr("Unsaved changes"), question);
}

/// The workspace being edited, as the questions name it.
QString WorkspaceDialog::editedTitle() const
{
    const QString typed = m_ui->nameEdit->text().trimmed();
    return m_editedName.isEmpty() ? (typed.isEmpty() ? tr("the new workspace") : typed) : m_editedName;
}

void WorkspaceDialog::fillList(const QString& select)
{
    m_loading = true;
    m_ui->workspaceList->clear();
    QListWidgetItem* selected = nullptr;
    for (const Workspace& workspace : m_controller->workspaces()) {
        if (WorkspaceService::isSandboxName(workspace.name)) {
            continue;
        }
        auto* item = new QListWidgetItem(workspace.name, m_ui->workspaceList);
        item->setToolTip(workspace.baseUrl.toString());
        if (workspace.name == select || (!selected && select.isEmpty())) {
            selected = item;
        }
    }
    m_loading = false;
    if (selected) {
        const QSignalBlocker blocker(m_ui->workspaceList);
        m_ui->workspaceList->setCurrentItem(selected);
        load(selected->text());
    } else {
        m_dirty = false;
        addWorkspace();
    }
}

void WorkspaceDialog::load(const QString& name)
{
    const std::optional<Workspace> found = m_controller->workspaceService().find(name);
    if (!found) {
        return;
    }
    m_loading = true;
    m_editedName = name;
    m_ui->nameEdit->setText(found->name);
    m_ui->nameEdit->setReadOnly(true);
    m_ui->nameEdit->setToolTip(tr("To rename a workspace, add a new one and remove this one."));
    m_ui->baseUrlEdit->setText(found->baseUrl.toString());
    m_ui->credentialNameCombo->setCurrentIndex(m_ui->credentialNameCombo->findText(found->credentialName));
    m_ui->credentialPlacementCombo->setCurrentIndex(
        m_ui->credentialPlacementCombo->findData(Workspace::placementKey(found->credentialPlacement)));
    m_ui->timeoutSpin->setValue(found->timeoutSeconds);
    m_ui->caFileEdit->setText(found->caFile);
    m_ui->credentialEdit->clear();
    m_ui->credentialEdit->setPlaceholderText(tr("unchanged"));
    m_ui->removeButton->setEnabled(true);
    m_ui->forgetCredentialButton->setEnabled(true);
    m_ui->detailsGroup->setTitle(tr("Workspace \"%1\"").arg(name));
    m_ui->keychainWarning->hide();
    m_ui->saveStatusLabel->clear();
    showErrors({});
    m_loading = false;
    setDirty(false);
    showCredentialStatus(name);
}

void WorkspaceDialog::addWorkspace()
{
    if (m_dirty && !confirmDiscard(tr("Discard the changes you made to \"%1\"?").arg(editedTitle()))) {
        return;
    }
    m_loading = true;
    {
        const QSignalBlocker blocker(m_ui->workspaceList);
        m_ui->workspaceList->setCurrentItem(nullptr);
        m_ui->workspaceList->clearSelection();
    }
    const Workspace defaults;
    m_editedName.clear();
    m_ui->nameEdit->clear();
    m_ui->nameEdit->setReadOnly(false);
    m_ui->nameEdit->setToolTip(QString());
    m_ui->baseUrlEdit->setText(defaults.baseUrl.toString());
    m_ui->credentialNameCombo->setCurrentIndex(m_ui->credentialNameCombo->findText(defaults.credentialName));
    m_ui->credentialPlacementCombo->setCurrentIndex(0);
    m_ui->timeoutSpin->setValue(defaults.timeoutSeconds);
    m_ui->caFileEdit->clear();
    m_ui->credentialEdit->clear();
    m_ui->credentialEdit->setPlaceholderText(QString());
    m_ui->credentialStatusLabel->setText(tr("Type the credential; it goes to the system keychain when you save."));
    m_ui->removeButton->setEnabled(false);
    m_ui->forgetCredentialButton->setEnabled(false);
    m_ui->detailsGroup->setTitle(tr("New workspace"));
    m_ui->keychainWarning->hide();
    m_ui->saveStatusLabel->clear();
    showErrors({});
    m_loading = false;
    setDirty(false);
    m_ui->nameEdit->setFocus();
}

Workspace WorkspaceDialog::workspaceFromFields() const
{
    Workspace workspace;
    workspace.name = m_ui->nameEdit->text().trimmed();
    workspace.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    workspace.credentialName = m_ui->credentialNameCombo->currentText();
    // The combo offers Workspace::placementKey() values only, so the key always reads.
    (void)Workspace::placementFromKey(m_ui->credentialPlacementCombo->currentData().toString(),
                                      &workspace.credentialPlacement);
    workspace.timeoutSeconds = m_ui->timeoutSpin->value();
    workspace.caFile = m_ui->caFileEdit->text().trimmed();
    return workspace;
}

ValidationErrors WorkspaceDialog::validate(const Workspace& workspace) const
{
    return m_controller->workspaceService().validate(workspace, m_editedName.isEmpty());
}

void WorkspaceDialog::showErrors(const ValidationErrors& errors)
{
    const QList<QPair<QString, QLabel*>> labels {
        {QStringLiteral("name"), m_ui->nameError},
        {QStringLiteral("base_url"), m_ui->baseUrlError},
        {QStringLiteral("credential_name"), m_ui->credentialNameError},
        {QStringLiteral("timeout"), m_ui->timeoutError},
        {QStringLiteral("ca_file"), m_ui->caFileError},
    };
    for (const auto& [field, label] : labels) {
        QStringList messages;
        for (const ValidationError& error : errors) {
            if (error.field == field) {
                messages.append(error.message);
            }
        }
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    }
}

void WorkspaceDialog::saveWorkspace()
{
    if (m_busy) {
        return;
    }
    const Workspace workspace = workspaceFromFields();
    const ValidationErrors errors = validate(workspace);
    showErrors(errors);
    if (!errors.isEmpty()) {
        m_ui->saveStatusLabel->setText(tr("Not saved: correct the marked fields."));
        emit operationFinished(false);
        return;
    }
    const QString secret = m_ui->credentialEdit->text();
    const QString name = workspace.name;
    // Until the keychain has it, the typed credential stays in the field: nothing entered is lost.
    setBusy(true);
    if (!secret.isEmpty()) {
        m_ui->saveStatusLabel->setText(tr("Saving. Storing the credential in the system keychain…"));
    }
    m_controller->workspaceService().save(
        workspace,
        m_editedName.isEmpty(),
        secret,
        this,
        [this, name, secret](const WorkspaceService::Outcome& outcome) {
            setBusy(false);
            if (!outcome.settingsWritten) {
                m_ui->saveStatusLabel->setText(tr("Not saved: %1").arg(outcome.settingsError));
                emit operationFinished(false);
                return;
            }
            m_controller->reloadWorkspaces();
            fillList(name);
            if (secret.isEmpty()) {
                m_ui->saveStatusLabel->setText(tr("Saved."));
                emit operationFinished(true);
                return;
            }
            if (outcome.credentialChanged) {
                m_ui->saveStatusLabel->setText(tr("Saved. The credential is in the system keychain."));
                showCredentialStatus(name);
                emit operationFinished(true);
                return;
            }
            m_ui->credentialEdit->setText(secret);
            m_ui->saveStatusLabel->setText(tr("The workspace is saved, but its credential is not."));
            showKeychainProblem(outcome.credentialError);
            setDirty(true);
            emit operationFinished(false);
        });
}

void WorkspaceDialog::keepCredentialForSession()
{
    const QString secret = m_ui->credentialEdit->text();
    if (m_editedName.isEmpty()) {
        m_ui->saveStatusLabel->setText(tr("Save the workspace first."));
        emit operationFinished(false);
        return;
    }
    if (secret.isEmpty()) {
        m_ui->saveStatusLabel->setText(tr("Type the credential first."));
        m_ui->credentialEdit->setFocus();
        emit operationFinished(false);
        return;
    }
    m_controller->workspaceService().setSessionCredential(m_editedName, secret);
    m_ui->credentialEdit->clear();
    m_ui->keychainWarning->hide();
    setDirty(false);
    m_ui->saveStatusLabel->setText(tr("The credential is kept in memory until Vero Admin quits."));
    showCredentialStatus(m_editedName);
    emit operationFinished(true);
}

void WorkspaceDialog::removeWorkspace()
{
    const QString name = m_editedName;
    if (name.isEmpty() || m_busy) {
        return;
    }
    if (!confirm(tr("Remove workspace"),
                 tr("Remove the workspace \"%1\"?").arg(name),
                 tr("Its settings and its credential in the system keychain are deleted. This cannot be undone."))) {
        return;
    }
    setBusy(true);
    m_controller->workspaceService().remove(name, this, [this, name](const WorkspaceService::Outcome& outcome) {
        setBusy(false);
        if (!outcome.settingsWritten) {
            m_ui->saveStatusLabel->setText(tr("\"%1\" was not removed: %2").arg(name, outcome.settingsError));
            emit operationFinished(false);
            return;
        }
        m_controller->reloadWorkspaces();
        m_dirty = false;
        m_editedName.clear();
        fillList(QString());
        m_ui->saveStatusLabel->setText(
            outcome.ok() ? tr("Removed \"%1\".").arg(name)
                         : tr("Removed \"%1\", but its credential could not be deleted from the system keychain. %2")
                               .arg(name, outcome.credentialError));
        emit operationFinished(outcome.ok());
    });
}

void WorkspaceDialog::forgetCredential()
{
    const QString name = m_editedName;
    if (name.isEmpty() || m_busy) {
        return;
    }
    setBusy(true);
    m_controller->workspaceService().forgetCredential(
        name, this, [this, name](const WorkspaceService::Outcome& outcome) {
            setBusy(false);
            m_ui->saveStatusLabel->setText(outcome.ok()
                                               ? tr("The credential of \"%1\" is forgotten.").arg(name)
                                               : tr("The credential could not be deleted from the system keychain. %1")
                                                     .arg(outcome.credentialError));
            if (m_editedName == name) {
                showCredentialStatus(name);
            }
            emit operationFinished(outcome.ok());
        });
}

void WorkspaceDialog::showCredentialStatus(const QString& name)
{
    WorkspaceService& service = m_controller->workspaceService();
    if (service.hasSessionCredential(name)) {
        m_ui->credentialStatusLabel->setText(
            tr("A credential is kept in memory for this session only; type a new one to replace it."));
        return;
    }
    m_ui->credentialStatusLabel->setText(tr("Checking the system keychain…"));
    service.readCredential(name, this, [this, name](const WorkspaceService::Credential& credential) {
        if (m_editedName != name) {
            return;
        }
        if (credential.fromSession) {
            showCredentialStatus(name);
        } else if (credential.found) {
            m_ui->credentialStatusLabel->setText(
                tr("A credential is stored in the system keychain; type a new one to replace it."));
        } else if (credential.error.isEmpty()) {
            m_ui->credentialStatusLabel->setText(tr("No credential is stored yet: type one and save."));
        } else {
            m_ui->credentialStatusLabel->setText(tr("No credential can be stored: the keychain is unavailable."));
            showKeychainProblem(credential.error);
        }
    });
}

void WorkspaceDialog::showKeychainProblem(const QString& error)
{
    m_ui->keychainWarningLabel->setText(
        tr("The system keychain cannot store the credential. %1\n"
           "Vero Admin never writes credentials to disk in clear. You can keep the credential in memory for this "
           "session only: it is forgotten when Vero Admin quits and you type it again next time.")
            .arg(error));
    m_ui->sessionOnlyButton->setEnabled(!m_ui->credentialEdit->text().isEmpty());
    m_ui->keychainWarning->show();
}

void WorkspaceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->saveButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && !m_editedName.isEmpty());
    m_ui->forgetCredentialButton->setEnabled(!busy && !m_editedName.isEmpty());
    m_ui->sessionOnlyButton->setEnabled(!busy && !m_ui->credentialEdit->text().isEmpty());
}

void WorkspaceDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    setWindowTitle(dirty ? tr("Workspaces (unsaved changes)") : tr("Workspaces"));
}

void WorkspaceDialog::reject()
{
    if (m_dirty && !confirmDiscard(tr("Close without saving the changes to \"%1\"?").arg(editedTitle()))) {
        return;
    }
    QDialog::reject();
}
