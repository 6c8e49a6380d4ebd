#pragma once

#include "core/history/DatabaseSchema.h"

// The tables of bulk.sqlite, opened through the history's HistoryDatabase:
//   1  jobs (one per run: operation, file, workspace, options, header) and rows (each row's built request,
//      never the credential, its original cells, state, attempts and last outcome)
class BulkOutboxSchema final : public DatabaseSchema
{
public:
    static constexpr int SchemaVersion = 1;

    int version() const override { return SchemaVersion; }
    Fallible<void> upgradeTo(QSqlDatabase& database, int version) const override;
    QString probe() const override;
};
