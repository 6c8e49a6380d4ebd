#pragma once

#include "core/history/HistoryStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryRetentionDialog;
}

// Lets the user choose how much request history to keep: everything, N days, or the newest N requests.
class HistoryRetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryRetentionDialog(const HistoryStore::Retention& current, QWidget* parent = nullptr);
    ~HistoryRetentionDialog() override;

    HistoryStore::Retention retention() const;

private:
    void updateEnabled();

    std::unique_ptr<Ui::HistoryRetentionDialog> m_ui;
};
