#pragma once

#include "core/api/OperationInput.h"
#include "core/history/HistoryEntry.h"

#include <QWidget>

#include <optional>

class HistoryActions;
class HistoryDetailView;
class HistoryFilterBar;
class HistoryModel;
class HistoryStore;
class HistoryTableView;
class QMenu;
class QToolBar;
class QToolButton;
class UserPrompts;

namespace Ui {
class HistoryPane;
}

// The request history, for the main window's history dock. It only lays out and connects: the filter bar, the
// timeline banner, the table (HistoryTableView over core's HistoryModel, which fetches lazily and filters in the
// store), the selected request in full (HistoryDetailView), the row and list actions (HistoryActions) on a
// toolbar, a "More" menu and the table's context menu, and a line for what the last action did. Side by side
// in a wide dock, stacked in a narrow one.
class HistoryPane : public QWidget
{
    Q_OBJECT
public:
    // When the table reads its first page: at once, or when showFirstPage() is called (the main window's start-up
    // reads it after the first frame).
    enum class FirstPage
    {
        Now,
        WhenAsked
    };

    // Shows `store`, which must outlive the pane (or be destroyed with it); clearing and exporting ask through
    // `prompts`, which must outlive the pane.
    HistoryPane(HistoryStore* store,
                UserPrompts* prompts,
                QWidget* parent = nullptr,
                FirstPage firstPage = FirstPage::Now);
    ~HistoryPane() override;

    HistoryModel* model() const { return m_model; }
    HistoryActions* actions() const { return m_actions; }
    HistoryFilterBar* filterBar() const;
    HistoryDetailView* detailView() const;
    HistoryTableView* table() const;

    // The selected row in full (bodies and form input), if any.
    std::optional<HistoryEntry> currentEntry() const;

    // With FirstPage::WhenAsked the table stays empty ("Loading…") until this reads its first page; selecting a
    // row or showing a timeline reads it first. Once only.
    void showFirstPage();
    bool isFirstPageShown() const { return m_firstPageShown; }

public slots:
    // Selects the row showing `id` (fetching pages until it is loaded). False when no row shows it.
    bool selectEntry(qint64 id);
    // "Show everything sent about this user", oldest first. Other filters are cleared.
    void showUserTimeline(const QString& userIdOrEmail);
    // Back to every request, newest first.
    void leaveTimeline();
    // Filters on a user id or email.
    void setUserFilter(const QString& userIdOrEmail);

signals:
    // Fill the operation's form with `input` and show it. Nothing is sent.
    void openInForm(const OperationInput& input);
    // The user wants `input` sent again: show it in its form for confirmation before sending.
    void sendAgain(const OperationInput& input);
    // A short message for the status bar (what was copied, exported, cleared; why an action did nothing).
    void statusMessage(const QString& message);
    // The first page was read: the table shows the history from now on.
    void firstPageShown();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setUpToolBar();
    void setUpTabOrder();
    void showCurrentRow();
    void showListState();
    void showTimeline();
    void showCount(qint64 count);
    void showMessage(const QString& message, bool problem = false);
    void arrangeSplitter();

    Ui::HistoryPane* m_ui = nullptr;
    HistoryModel* m_model = nullptr;
    HistoryActions* m_actions = nullptr;
    HistoryStore* m_store = nullptr;
    bool m_firstPageShown = false;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_moreMenu = nullptr;
    QToolButton* m_moreButton = nullptr;
    Qt::Orientation m_splitterOrientation = Qt::Vertical;
    bool m_splitterArranged = false;
};
