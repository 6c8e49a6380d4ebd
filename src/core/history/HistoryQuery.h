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
        std::optional<Operation> operation;
        StatusFilter status = StatusFilter::Any;
        QString text;   // free text in URL, bodies, messages, errors, names (a scan: narrow with the others)
        QDateTime from; // inclusive; invalid = no lower bound
        QDateTime to;   // exclusive; invalid = no upper bound
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

    // The status classes a filter keeps; empty for Any.
    static QList<HistoryEntry::StatusClass> statusClasses(StatusFilter status);
    // The WHERE condition of `filter`, without the keyword; empty text when it keeps every row.
    static Statement condition(const Filter& filter);

    // A page of rows, selecting HistoryRow::selectList(page.withBodies).
    static Statement rows(const Filter& filter, const Page& page);
    static Statement count(const Filter& filter);
    static Statement entry(qint64 id);
    // The user ids that accepted aliases renamed to `newId`, oldest first.
    static Statement aliasSources(const QString& newId);
    // Every accepted request about any of `userIds` (as the user or an alias' new id), oldest first, with bodies.
    static Statement acceptedRowsOf(const QStringList& userIds);
    // The newest event with deduplication key `key` sent in [from, to] that may have reached the service:
    // accepted, pending, cancelled or of unknown outcome; not rejected, failed or never sent.
    static Statement recentEvent(const QString& key, const QDateTime& from, const QDateTime& to);
    // The statement with EXPLAIN QUERY PLAN in front.
    static Statement explained(const Statement& statement);
};
