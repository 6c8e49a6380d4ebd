#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class DeleteConfirmationDialog;
}

// The last step before deleting a user: says what is lost, and enables Delete only once the user has typed the
// id back exactly. Cancel (and Escape) is the default answer.
class DeleteConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeleteConfirmationDialog(const QString& userId, QWidget* parent = nullptr);
    ~DeleteConfirmationDialog() override;

    QString userId() const { return m_userId; }
    QPushButton* deleteButton() const;
    QPushButton* cancelButton() const;

    // Test hook: the next dialog shown calls `hook` once from the event loop, so a test can type into it and
    // press its buttons as a user would (modal dialogs block otherwise).
    using ShowHook = std::function<void(DeleteConfirmationDialog&)>;
    static void setNextShowHook(ShowHook hook);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateDeleteButton();

    std::unique_ptr<Ui::DeleteConfirmationDialog> m_ui;
    QString m_userId;
    QPushButton* m_deleteButton = nullptr;
    static ShowHook s_nextShowHook;
};
