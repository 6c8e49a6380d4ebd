#include "app/history/HistoryActions.h"

#include "core/history/HistoryExporter.h"

#include "app/history/RestoreUserDialog.h"
#include "app/widgets/UserPrompts.h"
#include "core/history/HistoryRequestRenderer.h"
#include "core/history/InverseOperation.h"
#include "core/workspace/WorkspaceService.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QWidget>

namespace {
int clampedToInt(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

HistoryActions::HistoryActions(HistoryStore* store, UserPrompts* prompts, QWidget* widget)
    : QObject(widget)
    , m_store(store)
    , m_prompts(prompts)
    , m_widget(widget)
{
    m_open = make("openInFormAction",
                  tr("Open in form"),
                  tr("Fill this request's form with what was sent (Enter)"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_sendAgain = make("sendAgainAction",
                       tr("Send again"),
                       tr("Show this request in its form, ready to send again after you confirm"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_copyCurl = make("copyCurlAction",
                      tr("Copy as curl"),
                      tr("Copy a curl command that reads the credential from $VERO_AUTH_TOKEN"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyJson = make("copyJsonAction",
                      tr("Copy JSON"),
                      tr("Copy the request's JSON body, without the credential"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_undo = make("undoAction",
                  tr("Undo"),
                  tr("Prepare the request that undoes this one, in its form, for review"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_timeline = make("timelineAction",
                      tr("User timeline"),
                      tr("Show everything sent about this user, oldest first"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_makeCurrentUser = make("makeCurrentUserAction",
                             tr("Make current user"),
                             tr("Fill every form with this request's user id and email"),
                             QKeySequence());
    m_restore = make("restoreAction",
                     tr("Restore deleted user…"),
                     tr("Rebuild this user's last known email, properties, channels and tags into forms for review"),
                     QKeySequence());
    m_export = make("exportAction",
                    tr("Export…"),
                    tr("Write the rows the filters match to a CSV or JSON file"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_clear = make("clearAction",
                   tr("Clear history…"),
                   tr("Remove every request from the history on this computer"),
                   QKeySequence());
    m_find = make("findAction", tr("Search history"), tr("Search the history"), QKeySequence::Find);
    // Short labels on the buttons, so the row actions fit a side dock; menus show the full text.
    m_open->setIconText(tr("Open"));
    m_copyCurl->setIconText(tr("Copy curl"));
    m_timeline->setIconText(tr("Timeline"));

    connect(m_open, &QAction::triggered, this, &HistoryActions::openCurrentInForm);
    connect(m_sendAgain, &QAction::triggered, this, &HistoryActions::sendCurrentAgain);
    connect(m_copyCurl, &QAction::triggered, this, &HistoryActions::copyCurrentAsCurl);
    connect(m_copyJson, &QAction::triggered, this, &HistoryActions::copyCurrentJsonBody);
    connect(m_undo, &QAction::triggered, this, &HistoryActions::undoCurrent);
    connect(m_timeline, &QAction::triggered, this, &HistoryActions::showCurrentUserTimeline);
    connect(m_restore, &QAction::triggered, this, &HistoryActions::restoreCurrentUser);
    connect(m_makeCurrentUser, &QAction::triggered, this, [this] {
        if (m_current) {
            const bool alias = m_current->operation == Operation::Alias && !m_current->newUserId.isEmpty();
            emit makeCurrentUser({alias ? m_current->newUserId : m_current->userId, m_current->email});
        }
    });
    connect(m_export, &QAction::triggered, this, &HistoryActions::exportFiltered);
    connect(m_clear, &QAction::triggered, this, &HistoryActions::clearHistory);
    if (m_store) {
        connect(m_store, &HistoryStore::clearFinished, this, &HistoryActions::showCleared);
    }
    updateRowActions();
    updateListActions();
}

HistoryActions::~HistoryActions() = default;

QAction* HistoryActions::make(const char* name, const QString& text, const QString& tip, const QKeySequence& key)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_widget->addAction(action);
    return action;
}

QList<QAction*> HistoryActions::rowActions() const
{
    return {m_open, m_sendAgain, m_copyCurl, m_copyJson, m_undo, m_timeline, m_makeCurrentUser, m_restore};
}

void HistoryActions::setCurrentEntry(const std::optional<HistoryEntry>& entry)
{
    m_current = entry;
    updateRowActions();
}

void HistoryActions::setListState(const HistoryStore::Filter& filter, int rowsShown)
{
    m_filter = filter;
    m_rowsShown = rowsShown;
    updateRowActions(); // restore falls back on the filter's user
    updateListActions();
}

QString HistoryActions::userOf(const HistoryEntry& entry)
{
    if (entry.operation == Operation::Alias && !entry.newUserId.isEmpty()) {
        return entry.newUserId;
    }
    return entry.userId.isEmpty() ? entry.email : entry.userId;
}

void HistoryActions::updateRowActions()
{
    const bool row = m_current.has_value();
    m_open->setEnabled(row);
    m_sendAgain->setEnabled(row);
    m_copyCurl->setEnabled(row && !m_current->url.isEmpty());
    m_copyJson->setEnabled(row && !m_current->requestBody.isEmpty());
    m_timeline->setEnabled(row && !userOf(*m_current).isEmpty());
    m_makeCurrentUser->setEnabled(row && !userOf(*m_current).isEmpty());
    m_restore->setEnabled((row && !m_current->userId.isEmpty()) || !m_filter.user.isEmpty());

    const InverseOperation::Result inverse = row ? InverseOperation::forEntry(*m_current) : InverseOperation::Result();
    // A delete has no inverse: where Undo would be, Restore rebuilds the user from the history instead.
    const bool restores = row && isAcceptedDelete(*m_current);
    const std::optional<HistoryEntry> undoneBy = inverse.ok() ? undoOf(*m_current) : std::nullopt;
    m_undo->setText(restores ? tr("Restore…") : tr("Undo"));
    m_undo->setEnabled((inverse.ok() && !undoneBy) || restores);
    // Say why undo is not offered rather than leave a silent grey button.
    const QString undoTip = restores ? m_restore->statusTip() : m_undo->statusTip();
    const QString note = undoneBy ? undoneNote(*undoneBy) : (restores ? QString() : inverse.note);
    const QString key = m_undo->shortcut().toString(QKeySequence::NativeText);
    m_undo->setToolTip(row && !note.isEmpty() ? tr("%1 (%2)\n%3").arg(undoTip, key, note)
                                              : tr("%1 (%2)").arg(undoTip, key));
}

bool HistoryActions::isAcceptedDelete(const HistoryEntry& entry)
{
    return entry.operation == Operation::Delete && entry.statusClass == HistoryEntry::StatusClass::Success
           && !entry.userId.isEmpty();
}

std::optional<HistoryEntry> HistoryActions::undoOf(const HistoryEntry& entry) const
{
    const std::optional<OperationInput> inverse = InverseOperation::of(entry.operationInput());
    if (!m_store || !inverse) {
        return std::nullopt;
    }
    // A later accepted request on the same workspace that is exactly the inverse.
    for (const HistoryEntry& later : m_store->userTimeline(userOf(entry))) {
        const bool after = later.time > entry.time || (later.time == entry.time && later.id > entry.id);
        if (after && later.workspace == entry.workspace && later.statusClass == HistoryEntry::StatusClass::Success
            && later.operationInput() == *inverse) {
            return later;
        }
    }
    return std::nullopt;
}

QString HistoryActions::undoneNote(const HistoryEntry& undo)
{
    return tr("Already undone: %1 on %2.")
        .arg(Operations::displayName(undo.operation),
             QLocale().toString(undo.time.toLocalTime(), QLocale::ShortFormat));
}

void HistoryActions::updateListActions()
{
    m_export->setEnabled(m_rowsShown > 0);
    // Clear removes every row, also those the filters hide.
    const bool filtered = m_filter != HistoryStore::Filter();
    // hasRows, not a count: this runs at start-up, and counting a million rows would hold up the first frame.
    m_clear->setEnabled(m_store && !m_store->clearRunning() && (m_rowsShown > 0 || (filtered && m_store->hasRows())));
}

bool HistoryActions::targetAccepted(const QString& workspace) const
{
    return !m_targetCheck || m_targetCheck(workspace);
}

// The row is copied before the question: switching workspace refilters the table, and the selection goes.
void HistoryActions::openCurrentInForm()
{
    if (const std::optional<HistoryEntry> row = m_current; row && targetAccepted(row->workspace)) {
        emit openInForm(row->operationInput());
    }
}

void HistoryActions::sendCurrentAgain()
{
    if (const std::optional<HistoryEntry> row = m_current; row && targetAccepted(row->workspace)) {
        emit sendAgain(row->operationInput());
    }
}

void HistoryActions::copyCurrentAsCurl()
{
    if (!m_current) {
        return;
    }
    const QString curl = HistoryRequestRenderer::toCurl(*m_current);
    const bool needsCredential = Operations::needsCredential(m_current->operation);
    const QString sandboxToken
        = needsCredential && m_sandboxToken && WorkspaceService::isSandboxName(m_current->workspace) ? m_sandboxToken()
                                                                                                     : QString();
    if (!sandboxToken.isEmpty()) {
        // The sandbox's token guards test data on loopback, not an account: the command runs as copied.
        QGuiApplication::clipboard()->setText(QStringLiteral("export VERO_AUTH_TOKEN='%1'\n").arg(sandboxToken) + curl);
        emit message(tr("Copied a curl command for the running sandbox, with its token."), false);
        return;
    }
    QGuiApplication::clipboard()->setText(curl);
    emit message(needsCredential
                     ? tr("Copied a curl command. It reads the credential from $VERO_AUTH_TOKEN: set that variable "
                          "before running it.")
                     : tr("Copied a curl command."),
                 false);
}

void HistoryActions::copyCurrentJsonBody()
{
    if (!m_current || m_current->requestBody.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(HistoryRequestRenderer::jsonBody(*m_current));
    emit message(tr("Copied the JSON body (without the credential)."), false);
}

void HistoryActions::undoCurrent()
{
    if (!m_current) {
        return;
    }
    if (isAcceptedDelete(*m_current)) {
        restoreCurrentUser();
        return;
    }
    const InverseOperation::Result inverse = InverseOperation::forEntry(*m_current);
    if (!inverse.ok()) {
        emit message(inverse.note, false);
        return;
    }
    if (const std::optional<HistoryEntry> undo = undoOf(*m_current)) {
        emit message(undoneNote(*undo), false); // undone once: a second undo would redo it
        return;
    }
    if (!targetAccepted(m_current->workspace)) {
        return; // `inverse` is a copy: the selection may have gone with a switch
    }
    emit openInForm(*inverse.input);
    emit message(tr("The undo request is in the %1 form: review it, then send it. %2")
                     .arg(Operations::displayName(inverse.input->operation), inverse.note),
                 false);
}

void HistoryActions::showCurrentUserTimeline()
{
    if (m_current) {
        emit timelineRequested(userOf(*m_current));
    }
}

void HistoryActions::restoreCurrentUser()
{
    if (m_current && !m_current->userId.isEmpty()) {
        restoreUserOf(userOf(*m_current), m_current->workspace);
    } else {
        restoreUser(m_filter.user);
    }
}

void HistoryActions::restoreUser(const QString& userId)
{
    const QString id = userId.trimmed();
    if (!m_store || id.isEmpty() || m_filter.workspace) {
        restoreUserOf(id, m_filter.workspace.value_or(QString()));
        return;
    }
    // Every workspace shown: the same id on two workspaces is two users, so restore only from the one it has.
    QStringList workspaces;
    for (const HistoryEntry& row : m_store->userTimeline(id)) {
        if (row.statusClass == HistoryEntry::StatusClass::Success && !workspaces.contains(row.workspace)) {
            workspaces << row.workspace;
        }
    }
    if (workspaces.size() > 1) {
        emit message(tr("\"%1\" has requests on several workspaces (%2): choose one of them in the history's filter, "
                        "or select one of the user's requests, to restore the user from it.")
                         .arg(id, workspaces.join(QStringLiteral(", "))),
                     true);
        return;
    }
    restoreUserOf(id, workspaces.value(0));
}

void HistoryActions::restoreUserOf(const QString& userId, const QString& workspace)
{
    const QString id = userId.trimmed();
    if (!m_store || id.isEmpty()) {
        emit message(tr("Choose a request about the user, or type the user id in the filter, to restore them."), false);
        return;
    }
    const UserSnapshot snapshot = m_store->lastKnownState(id, workspace);
    if (snapshot.isEmpty()) {
        emit message(
            tr("The history holds no accepted request about user \"%1\": there is nothing to restore from.").arg(id),
            true);
        return;
    }
    // One at a time: a second restore replaces the first.
    if (auto* open = m_widget->findChild<RestoreUserDialog*>(QStringLiteral("restoreUserDialog"))) {
        open->close();
    }
    auto* dialog = new RestoreUserDialog(snapshot, m_widget);
    dialog->setObjectName(QStringLiteral("restoreUserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, workspace] {
        // Read before the workspace question, which may outlive the dialog.
        const std::optional<OperationInput> tags = dialog->tagsInput();
        const OperationInput identify = dialog->identifyInput();
        if (!targetAccepted(workspace)) {
            return;
        }
        // Tags first, identify last: the identify form is the one left on screen, and it must go first.
        if (tags) {
            emit openInForm(*tags);
        }
        emit openInForm(identify);
        emit message(tags ? tr("The identify and tags forms are filled: review and send the identify first, then "
                               "the tags. Past events cannot be restored.")
                          : tr("The identify form is filled: review it and send it. Past events cannot be "
                               "restored."),
                     false);
    });
    dialog->open();
}

UserPrompts::FileRequest HistoryActions::exportFileRequest(const QString& title, const QString& baseName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    UserPrompts::FileRequest request;
    request.title = title;
    request.suggestedPath = QDir(folder).filePath(
        QStringLiteral("%1-%2.csv")
            .arg(baseName, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    request.nameFilters = QStringList {tr("CSV files (*.csv)"), tr("JSON files (*.json)")};
    return request;
}

void HistoryActions::exportFiltered()
{
    const QString fileName
        = m_prompts->saveFileName(m_widget, exportFileRequest(tr("Export history"), QStringLiteral("vero-history")));
    if (!fileName.isEmpty()) {
        exportTo(fileName);
    }
}

qint64 HistoryActions::exportTo(const QString& fileName)
{
    if (!m_store) {
        return -1;
    }
    HistoryExporter exporter(m_store);
    const Fallible<qint64> written = exporter.writeFile(m_filter, HistoryExporter::formatFor(fileName), fileName);
    if (!written) {
        emit message(written.error(), true);
        return -1;
    }
    emit message(
        tr("Exported %n request(s) to %1.", nullptr, clampedToInt(*written)).arg(QDir::toNativeSeparators(fileName)),
        false);
    return *written;
}

void HistoryActions::clearHistory()
{
    if (!m_store) {
        return;
    }
    const qint64 rows = m_store->count();
    if (rows == 0) {
        emit message(tr("The history is already empty."), false);
        return;
    }
    UserPrompts::Confirmation confirmation;
    confirmation.title = tr("Clear history");
    confirmation.question
        = tr("Remove all %n request(s) from the history on this computer?", nullptr, clampedToInt(rows));
    if (m_filter != HistoryStore::Filter()) {
        confirmation.question
            += QLatin1Char(' ') + tr("This clears every request, not only the ones the filters show.");
    }
    confirmation.consequences = tr("The Track API cannot read users back, so this history is the only record of "
                                   "what was sent. Export it first if you may need it. This cannot be undone.");
    confirmation.acceptLabel = tr("Clear history");
    confirmation.destructive = true;
    if (!m_prompts->confirm(m_widget, confirmation)) {
        return;
    }
    // Seconds at a million rows: in the background, the window keeps working; showCleared says when it is done.
    m_clear->setEnabled(false);
    emit message(tr("Clearing history…"), false);
    m_store->clearInBackground();
}

void HistoryActions::showCleared(const HistoryStore::Cleared& cleared)
{
    updateListActions();
    if (!cleared.ok()) {
        emit message(cleared.error, true);
        return;
    }
    emit message(tr("Removed %n request(s) from the history.", nullptr, clampedToInt(cleared.removed)), false);
}
