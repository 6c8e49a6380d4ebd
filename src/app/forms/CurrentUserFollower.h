#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class CurrentUser;
class OperationForm;

// Keeps the forms on the current user: the id or email typed in one form becomes the current user, and every
// other form takes it when it is next shown (the one on screen at once, when the user is chosen elsewhere:
// the history, the sandbox). A form that follows another user empties the per-user fields it held
// (OperationForm::followUser).
class CurrentUserFollower : public QObject
{
    Q_OBJECT
public:
    // `user` must outlive the follower.
    explicit CurrentUserFollower(CurrentUser* user, QObject* parent = nullptr);

    void addForm(OperationForm* form);
    // A form built after the user may have changed (the main window builds forms when first shown): it holds
    // what it was given at `followedRevision` of the current user, and follows when shown if that is older.
    void addForm(OperationForm* form, quint64 followedRevision);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void userChanged();
    void follow(OperationForm* form);

    CurrentUser* m_user = nullptr;
    // The revision of the current user each form shows.
    QHash<QObject*, quint64> m_followed;
    QPointer<OperationForm> m_typing; // the form whose typing changes the user: it is the change
};
