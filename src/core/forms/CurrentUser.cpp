#include "core/forms/CurrentUser.h"

#include <QStringList>

QString CurrentUser::description() const
{
    QStringList parts;
    if (!m_identity.id.isEmpty()) {
        parts << m_identity.id;
    }
    if (!m_identity.email.isEmpty()) {
        parts << m_identity.email;
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

void CurrentUser::set(const PerUserFields::Identity& identity)
{
    const PerUserFields::Identity trimmed {identity.id.trimmed(), identity.email.trimmed()};
    if (trimmed == m_identity) {
        return;
    }
    m_identity = trimmed;
    ++m_revision;
    emit changed(m_identity);
}
