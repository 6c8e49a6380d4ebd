#pragma once

#include "core/history/HistoryEntry.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

class QSqlQuery;

// Writes many whole rows in one transaction, for HistoryStore::appendMany (a bulk run's batched recorder). The
// rows are staged in a temporary table and moved with one INSERT ... SELECT: the search index flushes what it
// holds at every statement's savepoint, so a statement per row paid that per row, most of a bulk run's time.
// (One INSERT with many VALUES groups would do the same, but preparing a statement with thousands of
// placeholders cost more than it saved, measured.)
class HistoryBatchInsert
{
public:
    struct Written
    {
        QList<qint64> ids; // in the rows' order; empty after a failure (nothing written)
        QSqlError error;
    };
    static Written write(QSqlDatabase db, const QList<HistoryEntry>& entries);

    // Binds `entry` to an insert in HistoryRow::insertStatement()'s order, its credential fields masked and its
    // duplicate key set (HistoryStore::insertMany too).
    static void bind(QSqlQuery& query, HistoryEntry entry);
};
