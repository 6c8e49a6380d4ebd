#pragma once

#include "core/history/DatabaseSchema.h"

#include <QStringList>

// The tables of history.sqlite and how each version came from the one before:
//   1  the requests table
//   2  status classes, alias targets, event deduplication keys, response cut marks, the form input; indexes
//      for every filter the pane offers
//   3  deduplication keys in EventDedup's form, recomputed from each event's input
//   4  an index on the workspace, for the workspace filter and retention per workspace
//   5  the bulk job that sent a request, so one job's requests can be shown
class HistorySchema final : public DatabaseSchema
{
public:
    static constexpr int SchemaVersion = 5;

    int version() const override { return SchemaVersion; }
    Fallible<void> upgradeTo(QSqlDatabase& database, int version) const override;
    QString probe() const override;

    // The statements of one step (1 creates the first table); tests build files of older versions from them.
    static QStringList statements(int version);

private:
    static Fallible<void> fillVersion2Columns(QSqlDatabase& database);
    static Fallible<void> recomputeDedupKeys(QSqlDatabase& database);
};
