#pragma once

#include "app/widgets/UserPrompts.h"
#include "core/api/OperationInput.h"
#include "core/forms/PerUserFields.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

#include <optional>

class QAction;
class QWidget;

// What a user does with the request history, as actions with the enabled state that follows the selected row
// and the list: open a row in its form, send it again, copy it as curl or JSON, undo it, follow the user's
// timeline, restore a deleted user, export the filtered rows, clear the history. Every action works from a
// toolbar, a context menu and its own shortcut; the shortcuts act only while focus is in the widget the
// actions belong to, so they never collide with the main window's.
//
// Nothing is ever sent from here: openInForm and sendAgain hand an OperationInput to the main window, which
// shows it in its form for review. Each request is prepared for the workspace its row was sent to: the target
// check (the main window's) says whether it may be, after asking the user when that is not the current one.
class HistoryActions : public QObject
{
    Q_OBJECT
public:
    // Asked before a request from a row sent to `workspace` goes into a form; false stops the action.
    using TargetCheck = std::function<bool(const QString& workspace)>;

    // Exports, clears and restores from `store`, asks through `prompts` (both must outlive this), and puts its
    // shortcuts and dialogs on `widget`.
    HistoryActions(HistoryStore* store, UserPrompts* prompts, QWidget* widget);
    ~HistoryActions() override;

    QAction* openAction() const { return m_open; }
    QAction* sendAgainAction() const { return m_sendAgain; }
    QAction* copyCurlAction() const { return m_copyCurl; }
    QAction* copyJsonAction() const { return m_copyJson; }
    QAction* undoAction() const { return m_undo; }
    QAction* timelineAction() const { return m_timeline; }
    QAction* makeCurrentUserAction() const { return m_makeCurrentUser; }
    QAction* restoreAction() const { return m_restore; }
    QAction* exportAction() const { return m_export; }
    QAction* clearAction() const { return m_clear; }
    QAction* findAction() const { return m_find; }
    // The save dialog of an export: CSV or JSON, in the documents folder, "<baseName>-<date>-<time>.csv".
    static UserPrompts::FileRequest exportFileRequest(const QString& title, const QString& baseName);

    // The actions on one row, in menu order.
    QList<QAction*> rowActions() const;

    // The running sandbox's token (empty when none runs): a curl command copied from a sandbox row sets
    // $VERO_AUTH_TOKEN to it first, so it runs as it is. Rows of real workspaces never get a credential.
    using SandboxToken = std::function<QString()>;
    void setSandboxToken(SandboxToken token) { m_sandboxToken = std::move(token); }
    // Without one, every request is prepared (a pane with no workspaces to choose from).
    void setTargetCheck(TargetCheck check) { m_targetCheck = std::move(check); }

    // The row the row actions act on (in full: bodies and form input), or none.
    void setCurrentEntry(const std::optional<HistoryEntry>& entry);
    std::optional<HistoryEntry> currentEntry() const { return m_current; }
    // The filters in force and how many rows they show: export writes what they match, restore falls back on
    // their user, and clear says when it removes more than is shown.
    void setListState(const HistoryStore::Filter& filter, int rowsShown);

public slots:
    void openCurrentInForm();
    void sendCurrentAgain();
    void copyCurrentAsCurl();
    void copyCurrentJsonBody();
    void undoCurrent();
    void showCurrentUserTimeline();
    // The selected row's user, else the user filter's.
    void restoreCurrentUser();
    // Rebuilds `userId` from the requests sent to the workspace the filter shows (with every workspace shown: the
    // one workspace the user's requests went to) and asks, in RestoreUserDialog, whether to fill the forms.
    void restoreUser(const QString& userId);
    // The same from the requests sent to `workspace`.
    void restoreUserOf(const QString& userId, const QString& workspace);
    // Asks for a file and writes the rows the filters match (.json: JSON, otherwise CSV).
    void exportFiltered();
    // Writes the filtered rows to `fileName` (.json: JSON, otherwise CSV). Returns the rows written, or -1.
    qint64 exportTo(const QString& fileName);
    // Asks, saying how many rows will go, then removes every row in the background ("Clearing history…"; the
    // message says what went once it is done, and the views reload).
    void clearHistory();

signals:
    // Fill the operation's form with `input` and show it. Nothing is sent.
    void openInForm(const OperationInput& input);
    // The user wants `input` sent again: show it in its form for confirmation before sending.
    void sendAgain(const OperationInput& input);
    void timelineRequested(const QString& userIdOrEmail);
    // "Make current user": the forms are to be about the row's user (an alias row: the new id).
    void makeCurrentUser(const PerUserFields::Identity& user);
    // What was copied, exported, cleared, or why an action did nothing; `problem` for failures.
    void message(const QString& text, bool problem);

private:
    void showCleared(const HistoryStore::Cleared& cleared);
    QAction* make(const char* name, const QString& text, const QString& tip, const QKeySequence& key);
    void updateRowActions();
    void updateListActions();
    // The user a row is about: the current id (alias: the new one), else the email.
    static QString userOf(const HistoryEntry& entry);
    bool targetAccepted(const QString& workspace) const;
    // A delete the service accepted: Undo offers Restore for it.
    static bool isAcceptedDelete(const HistoryEntry& entry);
    // The later request that undid `entry` (its exact inverse, accepted, on the same workspace), if any.
    std::optional<HistoryEntry> undoOf(const HistoryEntry& entry) const;
    static QString undoneNote(const HistoryEntry& undo);

    QPointer<HistoryStore> m_store;
    UserPrompts* m_prompts = nullptr;
    QWidget* m_widget = nullptr;
    QAction* m_open = nullptr;
    QAction* m_sendAgain = nullptr;
    QAction* m_copyCurl = nullptr;
    QAction* m_copyJson = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_timeline = nullptr;
    QAction* m_makeCurrentUser = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_export = nullptr;
    QAction* m_clear = nullptr;
    QAction* m_find = nullptr;
    std::optional<HistoryEntry> m_current;
    TargetCheck m_targetCheck;
    SandboxToken m_sandboxToken;
    HistoryStore::Filter m_filter;
    int m_rowsShown = 0;
};
