#pragma once

#include "core/history/DatabaseSchema.h"

#include <QStringList>
#include <QtGlobal>

// The tables of history.sqlite and how each version came from the one before:
//   1  the requests table
//   2  status classes, alias targets, event deduplication keys, response cut marks, the form input; indexes
//      for every filter the pane offers
//   3  deduplication keys in EventDedup's form, recomputed from each event's input
//   4  an index on the workspace, for the workspace filter and retention per workspace
//   5  the bulk job that sent a request, so one job's requests can be shown
//   6  a trigram full-text index of the searched columns (requests_search), kept by triggers, where SQLite has
//      FTS5's trigram tokenizer; without it the version changes nothing and searches scan
class HistorySchema final : public DatabaseSchema
{
public:
    static constexpr int SchemaVersion = 7;

    int version() const override { return SchemaVersion; }
    Fallible<void> upgradeTo(QSqlDatabase& database, int version) const override;
    QString probe() const override;
    // Version 6 indexes every row: 164 s at a million rows.
    bool upgradeMayTakeLong(int version) const override { return version == 6; }

    // The statements of one step (1 creates the first table); tests build files of older versions from them.
    static QStringList statements(int version);

    // The full-text index of version 6: a contentless FTS5 table of one column, the searched columns joined by
    // U+0001 (which no search text holds, so no match spans two columns).
    static QString searchTable() { return QStringLiteral("requests_search"); }
    // The columns searched, in the order they are joined.
    static QStringList searchedColumns();
    // True when this SQLite has FTS5 with the trigram tokenizer.
    static bool hasTrigramSearch(QSqlDatabase& database);
    // True when `database` holds the index (created by version 6 where SQLite could).
    static bool hasSearchIndex(const QSqlDatabase& database);
    // Deletes every request in one transaction; with the index, its entries go at once, not row by row through
    // the delete trigger (minutes at a million rows). Returns how many rows were deleted.
    static Fallible<qint64> removeAllRows(QSqlDatabase& database);
    // Searches shorter than this (in characters) cannot use the trigram index.
    static constexpr int MinIndexedSearch = 3;

private:
    static Fallible<void> fillVersion2Columns(QSqlDatabase& database);
    static Fallible<void> recomputeDedupKeys(QSqlDatabase& database);
    static Fallible<void> createSearchIndex(QSqlDatabase& database);
};
