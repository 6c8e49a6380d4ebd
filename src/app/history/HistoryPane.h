#pragma once

#include "app/history/RestoreUserDialog.h"
#include "core/api/OperationInput.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryStore.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class HistoryDetailView;
class HistoryFilterBar;
class HistoryModel;
class QAction;
class QMenu;
class QTableView;
class QToolBar;
class QToolButton;
class UserPrompts;

namespace Ui {
class HistoryPane;
}

// The request history, for the main window's history dock: a table over core's HistoryModel (lazily fetched;
// every filter runs in the store through its indexes), a filter bar, the selected request in full, and what a
// user does with a row: open it in its form, send it again, copy it as curl or JSON, undo it, follow the user's
// timeline, restore a deleted user, export the filtered rows, clear the history.
//
// The pane never sends anything itself: openInForm and sendAgain hand an OperationInput to the main window,
// which shows it in its form for review or confirmation.
class HistoryPane : public QWidget
{
    Q_OBJECT
public:
    // `store` must outlive the pane (or be destroyed with it); the pane does not own it. Clearing and exporting
    // ask through `prompts`, which must outlive the pane.
    HistoryPane(HistoryStore* store, UserPrompts* prompts, QWidget* parent = nullptr);
    ~HistoryPane() override;

    HistoryStore* store() const { return m_store; }
    HistoryModel* model() const { return m_model; }
    HistoryFilterBar* filterBar() const;
    HistoryDetailView* detailView() const;
    QTableView* table() const;

    // The selected row in full (bodies and form input), if any.
    std::optional<HistoryEntry> currentEntry() const { return m_current; }
    bool isShowingTimeline() const { return m_timeline; }
    // The restore dialog while it is open: tests answer it through this.
    RestoreUserDialog* restoreDialog() const { return m_restoreDialog; }
    // The row actions, in menu order, for a main-window menu or tests.
    QList<QAction*> rowActions() const;
    QAction* openInFormAction() const { return m_openAction; }
    QAction* sendAgainAction() const { return m_sendAgainAction; }
    QAction* copyCurlAction() const { return m_copyCurlAction; }
    QAction* copyJsonAction() const { return m_copyJsonAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* timelineAction() const { return m_timelineAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* clearAction() const { return m_clearAction; }

    // The text of the last message shown in the pane (export result, copy hint, store failure).
    QString lastMessage() const { return m_lastMessage; }

public slots:
    // Selects the row showing `id` (fetching pages until it is loaded). False when no loaded row matches.
    bool selectEntry(qint64 id);
    // "Show everything sent about this user", oldest first. Other filters are cleared.
    void showUserTimeline(const QString& userIdOrEmail);
    // Back to every request, newest first.
    void leaveTimeline();
    // Filters on a user id or email (the main window's "history of this user").
    void setUserFilter(const QString& userIdOrEmail);

    void openCurrentInForm();
    void sendCurrentAgain();
    void copyCurrentAsCurl();
    void copyCurrentJsonBody();
    void undoCurrent();
    void showCurrentUserTimeline();
    // Rebuilds `userId` from the history and asks, in RestoreUserDialog, whether to fill the forms.
    void restoreUser(const QString& userId);
    void restoreCurrentUser();
    // Asks for a file and writes the rows the filters match (.json: JSON, otherwise CSV).
    void exportFiltered();
    // Writes the filtered rows to `fileName` (.json: JSON, otherwise CSV). Returns the rows written, or -1.
    qint64 exportTo(const QString& fileName);
    // Asks, saying how many rows will go, then removes every row.
    void clearHistory();

signals:
    // Fill the operation's form with `input` and show it. Nothing is sent.
    void openInForm(const OperationInput& input);
    // The user wants `input` sent again: show it in its form for confirmation before sending.
    void sendAgain(const OperationInput& input);
    // A short message for the status bar (what was copied, exported, cleared; why an action did nothing).
    void statusMessage(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void setUpTable();
    void setUpTabOrder();
    void onFilterChanged(const HistoryStore::Filter& filter);
    void onCurrentRowChanged();
    void onRowsChanged(int firstRow, int lastRow);
    void updateActions();
    // Counts the rows the filters match, in the store.
    void updateCount();
    void showCount();
    // Export and Clear: whether there is anything to export or clear.
    void updateListActions();
    void updateTimelineBanner();
    void updateSortIndicator();
    void showContextMenu(const QPoint& position);
    void showMessage(const QString& message, bool problem = false);
    // The user a row is about: the current id (alias: the new one), else the email.
    static QString userOf(const HistoryEntry& entry);
    void arrangeSplitter();
    void fitStatusColumn();

    Ui::HistoryPane* m_ui = nullptr;
    QPointer<HistoryStore> m_store;
    UserPrompts* m_prompts = nullptr;
    HistoryModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_moreMenu = nullptr;
    QToolButton* m_moreButton = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_sendAgainAction = nullptr;
    QAction* m_copyCurlAction = nullptr;
    QAction* m_copyJsonAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_timelineAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_findAction = nullptr;
    std::optional<HistoryEntry> m_current;
    bool m_timeline = false;
    QString m_timelineUser;
    QTimer m_countTimer;
    qint64 m_total = -1; // rows the filters match; -1 when not counted (a free-text search still loading)
    QString m_lastMessage;
    QPointer<RestoreUserDialog> m_restoreDialog;
    Qt::Orientation m_splitterOrientation = Qt::Vertical;
    bool m_splitterArranged = false;
};
