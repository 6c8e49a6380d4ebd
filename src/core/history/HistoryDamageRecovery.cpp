#include "core/history/HistoryDamageRecovery.h"

#include <QSqlError>
#include <QTimer>

HistoryDamageRecovery::HistoryDamageRecovery(HistoryDatabase* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &HistoryDamageRecovery::recoverNotedDamage);
}

bool HistoryDamageRecovery::mayReplace() const
{
    return m_database->isPersistent() && !m_database->isReadOnly();
}

void HistoryDamageRecovery::noteReadFailure(const QSqlError& error)
{
    const HistoryDatabase::Problem problem = HistoryDatabase::problemOf(error);
    if (mayReplace()
        && (problem == HistoryDatabase::Problem::Damaged || problem == HistoryDatabase::Problem::DiskError)) {
        m_damage = error.text();
        m_damageNeedsCheck = problem != HistoryDatabase::Problem::Damaged;
        m_timer->start();
    }
}

void HistoryDamageRecovery::recoverNotedDamage()
{
    QString detail;
    if (m_damageNeedsCheck && !m_database->confirmsDamage(&detail)) {
        m_damage.clear(); // an I/O error on a sound file: the read said so, the file stays
    }
    if (!m_damage.isEmpty()) {
        replace(detail.isEmpty() ? m_damage : tr("%1; the integrity check found: %2").arg(m_damage, detail));
    }
}

bool HistoryDamageRecovery::recoverAfterWrite(const QSqlError& error)
{
    if (!mayReplace()) {
        return false;
    }
    // A write may recover at once (it is no read from a view's data()): a new file is then in place.
    QString detail;
    const HistoryDatabase::Problem problem = HistoryDatabase::problemOf(error);
    if (problem == HistoryDatabase::Problem::Damaged) {
        return replace(error.text());
    }
    if (problem == HistoryDatabase::Problem::DiskError && m_database->confirmsDamage(&detail)) {
        return replace(tr("%1; the integrity check found: %2").arg(error.text(), detail));
    }
    return false;
}

bool HistoryDamageRecovery::replace(const QString& reason)
{
    m_damage.clear();
    m_timer->stop();
    emit replaced(m_database->recover(reason));
    return m_database->isOpen();
}
