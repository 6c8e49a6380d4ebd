#include "core/bulk/BulkOutboxSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Fallible<void> BulkOutboxSchema::upgradeTo(QSqlDatabase& database, int version) const
{
    if (version != 1)
        return Fallible<void>::failure(QStringLiteral("unknown bulk outbox version %1").arg(version));
    const QStringList statements {
        QStringLiteral("CREATE TABLE jobs ("
                       "id TEXT PRIMARY KEY, "
                       "created_ms INTEGER NOT NULL, "
                       "operation TEXT NOT NULL, "
                       "file TEXT NOT NULL, "
                       "workspace TEXT NOT NULL, "
                       "state TEXT NOT NULL, "
                       "header TEXT NOT NULL, "   // JSON array of the CSV's column names
                       "options TEXT NOT NULL)"), // JSON: concurrency, rate, max attempts, format, mapping
        QStringLiteral("CREATE TABLE rows ("
                       "job TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, "
                       "seq INTEGER NOT NULL, "
                       "line INTEGER NOT NULL, "
                       "state INTEGER NOT NULL, "
                       "attempts INTEGER NOT NULL DEFAULT 0, "
                       "http_status INTEGER NOT NULL DEFAULT 0, "
                       "error TEXT NOT NULL DEFAULT '', "
                       "request TEXT NOT NULL DEFAULT '', " // JSON: method, path, body; empty for invalid rows
                       "cells TEXT NOT NULL, "              // JSON array: the row as it was in the file
                       "PRIMARY KEY (job, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX rows_state ON rows(job, state)"),
    };
    for (const QString& statement : statements) {
        QSqlQuery query(database);
        if (!query.exec(statement))
            return Fallible<void>::failure(query.lastError().text());
    }
    return {};
}

QString BulkOutboxSchema::probe() const
{
    return QStringLiteral("SELECT count(*) FROM jobs");
}
