#include "app/widgets/CurrentUserStrip.h"

#include "core/forms/CurrentUser.h"
#include "ui_CurrentUserStrip.h"

CurrentUserStrip::CurrentUserStrip(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CurrentUserStrip>())
{
    m_ui->setupUi(this);
    connect(m_ui->clearCurrentUserButton, &QPushButton::clicked, this, [this] {
        if (m_user) {
            m_user->clear();
        }
    });
    showUser();
}

CurrentUserStrip::~CurrentUserStrip() = default;

void CurrentUserStrip::setCurrentUser(CurrentUser* user)
{
    if (m_user) {
        disconnect(m_user, nullptr, this, nullptr);
    }
    m_user = user;
    if (m_user) {
        connect(m_user, &CurrentUser::changed, this, &CurrentUserStrip::showUser);
    }
    showUser();
}

QString CurrentUserStrip::text() const
{
    return m_ui->currentUserLabel->text();
}

void CurrentUserStrip::showUser()
{
    const bool none = !m_user || m_user->isEmpty();
    const QString text = none ? tr("Current user: none (type a user id or email in any form)")
                              : tr("Current user: %1").arg(m_user->description());
    m_ui->currentUserLabel->setText(text);
    m_ui->currentUserLabel->setAccessibleName(text);
    m_ui->clearCurrentUserButton->setEnabled(!none);
}
