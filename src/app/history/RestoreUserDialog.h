#pragma once

#include "core/api/OperationInput.h"
#include "core/history/UserSnapshot.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace Ui {
class RestoreUserDialog;
}

// Shows what the history knows of a (deleted) user before anything is prepared: the identify that would recreate
// them, the tags to add back, and plainly that past events cannot be restored. Accepting only fills the forms;
// the user reviews and sends each one.
class RestoreUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreUserDialog(const UserSnapshot& snapshot, QWidget* parent = nullptr);
    ~RestoreUserDialog() override;

    const UserSnapshot& snapshot() const { return m_snapshot; }
    OperationInput identifyInput() const { return m_snapshot.identifyInput(); }
    // None when the history knows no tags for the user.
    std::optional<OperationInput> tagsInput() const;
    QPushButton* fillFormsButton() const { return m_fillButton; }

private:
    Ui::RestoreUserDialog* m_ui = nullptr;
    UserSnapshot m_snapshot;
    QPushButton* m_fillButton = nullptr;
};
