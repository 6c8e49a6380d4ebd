#pragma once

#include "core/history/HistoryDatabase.h"

#include <QObject>
#include <QString>

class QSqlError;
class QTimer;

// Replaces the history file once SQLite has declared it damaged, and chooses when. A write replaces it at once so
// the row can go to the new file; a read only notes the damage and the file is replaced on the next turn of the
// event loop, because a view reading from data() must not be reset under its feet. An I/O error counts as damage
// only when the integrity check confirms it: a full, busy or flaky disk never costs the user their history.
// Files that are in memory or open read-only are never replaced.
class HistoryDamageRecovery : public QObject
{
    Q_OBJECT
public:
    // `database` must outlive this object.
    explicit HistoryDamageRecovery(HistoryDatabase* database, QObject* parent = nullptr);

    // A read failed with `error`: when it may be damage, the check and the replacement run from the event loop.
    void noteReadFailure(const QSqlError& error);
    // A write failed with `error`: a damaged file (declared, or an I/O error the check confirms) is replaced now.
    // True when a new file is open to retry the write on.
    bool recoverAfterWrite(const QSqlError& error);
    // The file was opened again: damage a read noted on the old one no longer applies.
    void forgetNotedDamage() { m_damage.clear(); }

signals:
    // The damaged file was replaced, or could not be: `opened` says which, and where the old one went.
    void replaced(const HistoryDatabase::Opened& opened);

private:
    void recoverNotedDamage();
    bool replace(const QString& reason);
    bool mayReplace() const;

    HistoryDatabase* m_database;
    QTimer* m_timer;
    QString m_damage;                // why a read found the file damaged, until the recovery runs
    bool m_damageNeedsCheck = false; // an I/O error: the integrity check decides
};
