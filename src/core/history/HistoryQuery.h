#pragma once

#include "core/api/Operation.h"
#include "core/history/HistoryEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// The store's reads as SQL text and bind values, built without a database so each can be checked alone. Every
// filter is an index lookup and pages are fetched by key (id), so their cost does not grow with the history.
// Values, status classes included, are always bound, never spliced into the text.
class HistoryQuery
{
public:
    // What the table shows; "failed" includes requests refused before sending.
    enum class StatusFilter
    {
        Any,
        Success,
        Rejected,
        Failed,
        Pending,
        Unknown,   // no answer after it may have arrived
        Cancelled, // cancelled while waiting for the answer
    };

    struct Filter
    {
        QString user; // user id (also matches alias' new id) or email (case-insensitive), exact
        // More names `user` is known by, matched the same way: a timeline's earlier ids and emails.
        QStringList alsoUser;
        std::optional<Operation> operation;
        StatusFilter status = StatusFilter::Any;
        QString text;   // free text in URL, bodies, messages, errors, names (see TextSearch)
        QDateTime from; // inclusive; invalid = no lower bound
        QDateTime to;   // exclusive; invalid = no upper bound
        // The workspace the requests were sent to, by name; none for every workspace. An empty name is the
        // workspace of rows that never recorded one.
        std::optional<QString> workspace;
        QString bulkJob;      // one bulk job's requests only; empty for all
        qint64 throughId = 0; // rows up to this id only (a retention plan's bound); 0 = no bound
        bool operator==(const Filter&) const = default;
    };

    // Keyset paging: `after` is the id of the last row already shown (0 to start), so every page costs the same.
    struct Page
    {
        static constexpr int DefaultRows = 200; // a screenful or two of the table
        qint64 after = 0;
        int limit = DefaultRows;                   // 0: no limit
        Qt::SortOrder order = Qt::DescendingOrder; // newest first
        bool withBodies = false; // request/response bodies and form input; the table does not need them
    };

    // SQL with ? placeholders and the values for them, in order.
    struct Statement
    {
        QString sql;
        QVariantList values;
        bool operator==(const Statement&) const = default;
    };

    // How a free-text filter finds its rows.
    enum class TextSearch
    {
        Scan,    // LIKE on every searched column: case-insensitive for ASCII letters only
        Trigram, // the trigram index (HistorySchema::searchTable()), case-insensitive for every letter, with
                 // a scan for text shorter than HistorySchema::MinIndexedSearch, which the index cannot find
    };

    // The status classes a filter keeps; empty for Any.
    static QList<HistoryEntry::StatusClass> statusClasses(StatusFilter status);
    // The WHERE condition of `filter`, without the keyword; empty text when it keeps every row.
    static Statement condition(const Filter& filter, TextSearch search = TextSearch::Scan);

    // A page of rows, selecting HistoryRow::selectList(page.withBodies).
    static Statement rows(const Filter& filter, const Page& page, TextSearch search = TextSearch::Scan);
    static Statement count(const Filter& filter, TextSearch search = TextSearch::Scan);
    static Statement entry(qint64 id);
    // The user ids that accepted aliases renamed to `newId`, oldest first; on `workspace` only, when given.
    static Statement aliasSources(const QString& newId, const std::optional<QString>& workspace = std::nullopt);
    // Every accepted request about any of `userIds` (as the user or an alias' new id), oldest first, with bodies;
    // on `workspace` only, when given.
    static Statement acceptedRowsOf(const QStringList& userIds, const std::optional<QString>& workspace = std::nullopt);
    // The newest event with deduplication key `key` sent in [from, to] that may have reached the service:
    // accepted, pending, cancelled or of unknown outcome; not rejected, failed or never sent.
    static Statement recentEvent(const QString& key, const QDateTime& from, const QDateTime& to);
    // The workspace names the rows carry, each once, in name order.
    static Statement workspaces();
    // The bulk jobs the rows carry, the newest job first (through the partial index on bulk_job).
    static Statement bulkJobs(int limit);
    // The id and time of the newest row `filter` matches (filters are by id order: newest is the last recorded).
    static Statement newest(const Filter& filter);
    // Of the rows `filter` matches: count, oldest and newest time_ms, highest id, and the accepted deletions.
    static Statement summary(const Filter& filter);
    // The newest accepted delete of `userId` on `workspace` that no accepted identify of the same id on the same
    // workspace followed (the user was not recreated on purpose since), with bodies.
    static Statement unrecreatedDeletion(const QString& workspace, const QString& userId);
    // The statement with EXPLAIN QUERY PLAN in front.
    static Statement explained(const Statement& statement);

private:
    static Statement indexedRows(const Filter& filter, const Page& page);
};
