#pragma once

#include "core/history/HistoryEntry.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <span>

class QSqlQuery;

// How a HistoryEntry maps to a row of the requests table: one list of columns, each with its name, how it is
// read into an entry and how it is bound from one. The SELECT list, the reads, the INSERT and the reply's
// UPDATE are all generated from that list, in its order, so they cannot drift apart.
class HistoryRow
{
public:
    struct Column
    {
        const char* name;
        bool body;  // request/response bodies and the form input: read only when asked for
        bool reply; // written when the reply comes (complete()), not when the request goes out
        void (*read)(HistoryEntry& entry, const QVariant& value);
        QVariant (*bind)(const HistoryEntry& entry); // null for the id, which SQLite assigns
    };

    static QString table() { return QStringLiteral("requests"); }
    // Every column, the summary ones first, then the bodies.
    static std::span<const Column> columns();

    // "id, time_ms, ...": the summary columns, and the bodies when asked for.
    static QString selectList(bool withBodies);
    // The entry in the current row of `query`, which selected selectList(withBodies).
    static HistoryEntry read(const QSqlQuery& query, bool withBodies);

    // Every column but the id, which SQLite assigns: what an INSERT names, in insertValues()' order.
    static QStringList insertColumns();
    // An INSERT of every column but the id, and its values for `entry` in the same order.
    static QString insertStatement();
    static QVariantList insertValues(const HistoryEntry& entry);
    // An UPDATE of the reply columns of one row: the values for `reply`, then the row's id.
    static QString completeStatement();
    static QVariantList completeValues(const HistoryEntry& reply, qint64 id);

    // `value` ready to bind to a NOT NULL DEFAULT '' text column: a null QString would bind as SQL NULL, which
    // the column refuses (an identify without an email would go unrecorded).
    static QVariant boundText(const QString& value);
};
