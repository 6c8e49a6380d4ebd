#pragma once

#include "core/history/HistoryModel.h"

#include <QList>
#include <QPointer>
#include <QTableView>

class QAction;

// The history table: one row per request, selected a whole row at a time. It owns the view's mechanics:
// column widths from the font (measuring a million rows is what lazy fetching avoids) with the status column
// taking the room the others leave, the sort indicator that follows the model's order (clicking Time turns it
// round), finding a row by id across pages, and a context menu that opens at the current row when asked for
// from the keyboard.
class HistoryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit HistoryTableView(QWidget* parent = nullptr);

    void setHistoryModel(HistoryModel* model);
    HistoryModel* historyModel() const { return m_model; }
    // The menu's actions in order; nullptr stands for a separator.
    void setContextMenuActions(const QList<QAction*>& actions) { m_menuActions = actions; }

    // Makes the row showing `id` current and scrolls to it, fetching pages until it is loaded. False when no
    // row shows it.
    bool selectEntry(qint64 id);
    // The current row, or -1.
    int currentRow() const;

signals:
    // The current row changed (-1: none), by the user, a reload or a selectEntry().
    void currentRowChanged(int row);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void fitColumnsToFont();
    void fitStatusColumn();
    void updateSortIndicator();

    QPointer<HistoryModel> m_model;
    QList<QAction*> m_menuActions;
};
