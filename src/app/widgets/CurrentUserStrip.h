#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class CurrentUser;

namespace Ui {
class CurrentUserStrip;
}

// Above the forms, the one place that says whom they are about: "Current user: 42 · a@b.c", with Clear to
// start on the next user.
class CurrentUserStrip : public QWidget
{
    Q_OBJECT
public:
    explicit CurrentUserStrip(QWidget* parent = nullptr);
    ~CurrentUserStrip() override;

    // `user` must outlive the strip.
    void setCurrentUser(CurrentUser* user);
    QString text() const;

private:
    void showUser();

    std::unique_ptr<Ui::CurrentUserStrip> m_ui;
    QPointer<CurrentUser> m_user;
};
