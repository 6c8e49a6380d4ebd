#pragma once

#include "core/platform/Fallible.h"

#include <QString>
#include <QtGlobal>

class QSqlDatabase;

// What HistoryDatabase needs to know about the tables in a file: the version this build writes and how to get
// there one step at a time. The history implements it (HistorySchema); the bulk outbox implements its own and
// opens its file through the same HistoryDatabase.
class DatabaseSchema
{
public:
    virtual ~DatabaseSchema() = default;

    // The version this build reads and writes, kept in PRAGMA user_version. A file at a higher version is
    // left alone.
    virtual int version() const = 0;
    // Takes `database` from `version - 1` to `version` (1 creates the tables), inside the transaction that
    // HistoryDatabase opened for the whole migration; HistoryDatabase sets user_version after each step.
    [[nodiscard]] virtual Fallible<void> upgradeTo(QSqlDatabase& database, int version) const = 0;
    // A statement that reads the main table. Run after every open, so a file whose header is sound but whose
    // table is not is found before the first real read.
    virtual QString probe() const = 0;
    // True when the step to `version` works through every row (an index built over them): minutes on a large
    // file, so the user is told before it starts (HistoryDatabase::setLongMigrationObserver).
    virtual bool upgradeMayTakeLong(int version) const
    {
        Q_UNUSED(version);
        return false;
    }
};
