#pragma once

#include "core/history/HistoryEntry.h"

#include <QWidget>

namespace Ui {
class HistoryDetailView;
}

// One history row in full: a summary line, the request as it went out and the response, JSON pretty-printed.
// Everything is rendered from the stored row, whose credential the store already replaced with ***.
class HistoryDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryDetailView(QWidget* parent = nullptr);
    ~HistoryDetailView() override;

    void setEntry(const HistoryEntry& entry);
    // Back to the "select a request" hint.
    void clear();

    qint64 entryId() const { return m_entryId; }
    QString summaryText() const;
    QString requestText() const;
    QString responseText() const;

    static QString sourceText(HistoryEntry::Source source);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitSummary();

    Ui::HistoryDetailView* m_ui = nullptr;
    qint64 m_entryId = 0;
};
