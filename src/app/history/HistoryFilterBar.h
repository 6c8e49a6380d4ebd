#pragma once

#include "core/history/HistoryStore.h"

#include <QTimer>
#include <QWidget>

namespace Ui {
class HistoryFilterBar;
}

// The history pane's filters: workspace, user id or email, operation, status class, bulk job, free text and a
// date range.
// They map to a HistoryStore::Filter, so every filter runs in the store (through its indexes), never over loaded
// rows. Typing is debounced; Return applies at once. The bar folds into more rows when the dock is narrow.
//
// The workspace filter starts on the current workspace and follows the switch to another (unless the user chose
// another workspace, or "All workspaces", one click away). Without a current workspace it shows every one.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT
public:
    // Narrower than this, the date range gets its own row.
    static constexpr int WideLayoutMinimumWidth = 640;
    static constexpr int TypingDelayMs = 250;
    // The date range a user turns on starts this many days before today.
    static constexpr int DefaultRangeDays = 7;

    explicit HistoryFilterBar(QWidget* parent = nullptr);
    ~HistoryFilterBar() override;

    HistoryStore::Filter filter() const;
    // Shows `filter` in the widgets without emitting filterChanged.
    void setFilter(const HistoryStore::Filter& filter);
    // What Reset shows: the current workspace's requests (every request without a current workspace).
    HistoryStore::Filter defaultFilter() const;
    // The workspaces offered: the saved ones and those the history holds rows of.
    void setWorkspaces(const QStringList& names);
    // The workspace requests go to now; a workspace filter on the previous one moves with it.
    void setCurrentWorkspace(const QString& name);
    // The bulk jobs offered (newest first); the job filter shows only when there is one.
    void setBulkJobs(const QStringList& ids);
    QString userText() const;
    bool isWideLayout() const { return m_wide; }
    // As narrow as the folded layout allows, so a side dock can be narrower than the wide layout.
    QSize minimumSizeHint() const override;
    // How many requests the filters match, shown beside Reset.
    void setCountText(const QString& text);

public slots:
    void setUser(const QString& userIdOrEmail);
    void reset();
    // Focuses the free-text field (Ctrl+F in the pane).
    void focusText();

signals:
    // The filters changed (after typing settles).
    void filterChanged(const HistoryStore::Filter& filter);
    // The Timeline button, with the user typed in the user field.
    void timelineRequested(const QString& userIdOrEmail);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void scheduleApply();
    void applyNow();
    void arrange(bool wide);
    void updateTimelineButton();
    void selectWorkspace(const QString& name);
    void selectBulkJob(const QString& id);

    Ui::HistoryFilterBar* m_ui = nullptr;
    QTimer m_typingTimer;
    HistoryStore::Filter m_applied;
    std::optional<QString> m_currentWorkspace;
    bool m_wide = true;
    bool m_updating = false;
};
