#include "app/forms/CurrentUserFollower.h"

#include "app/forms/OperationForm.h"
#include "core/forms/CurrentUser.h"

#include <QEvent>

CurrentUserFollower::CurrentUserFollower(CurrentUser* user, QObject* parent)
    : QObject(parent)
    , m_user(user)
{
    connect(m_user, &CurrentUser::changed, this, &CurrentUserFollower::userChanged);
}

void CurrentUserFollower::addForm(OperationForm* form)
{
    addForm(form, m_user->revision());
}

void CurrentUserFollower::addForm(OperationForm* form, quint64 followedRevision)
{
    m_followed.insert(form, followedRevision);
    form->installEventFilter(this);
    connect(form, &QObject::destroyed, this, [this, form] { m_followed.remove(form); });
    connect(form, &OperationForm::userEdited, this, [this, form](const PerUserFields::Identity& identity) {
        m_typing = form;
        m_user->set(identity);
        m_typing = nullptr;
        m_followed.insert(form, m_user->revision());
    });
}

void CurrentUserFollower::userChanged()
{
    // Forms out of sight follow when they are shown; the one on screen follows now.
    const QList<QObject*> forms = m_followed.keys(); // follow() writes into m_followed
    for (QObject* watched : forms) {
        auto* form = static_cast<OperationForm*>(watched);
        if (form != m_typing && form->isVisible()) {
            follow(form);
        }
    }
}

void CurrentUserFollower::follow(OperationForm* form)
{
    if (m_followed.value(form) == m_user->revision()) {
        return;
    }
    m_followed.insert(form, m_user->revision());
    form->followUser(m_user->identity());
}

bool CurrentUserFollower::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && m_followed.contains(watched)) {
        follow(static_cast<OperationForm*>(watched));
    }
    return QObject::eventFilter(watched, event);
}
