#pragma once

#include "app/widgets/UserPrompts.h"

#include <QDialog>

#include <memory>

class QFocusFrame;
class QPushButton;

namespace Ui {
class DeleteConfirmationDialog;
}

// The last step before something is destroyed for good (a user, in the delete form): says where (the workspace,
// marked as the main window marks production and the sandbox) and what is lost, and enables the destructive
// button only once the user has typed the confirmation text (the user id) back exactly. Then Enter deletes; with
// anything else typed Enter does nothing, and Escape cancels. WidgetUserPrompts shows it for every confirmation
// with a `typeToConfirm`.
class DeleteConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeleteConfirmationDialog(const UserPrompts::Confirmation& confirmation, QWidget* parent = nullptr);
    ~DeleteConfirmationDialog() override;

    QPushButton* deleteButton() const;
    QPushButton* cancelButton() const;

private:
    void updateDeleteButton();

    std::unique_ptr<Ui::DeleteConfirmationDialog> m_ui;
    QString m_textToType;
    QPushButton* m_deleteButton = nullptr;
    QFocusFrame* m_focusFrame = nullptr;
};
