#pragma once

#include "core/history/HistoryQuery.h"
#include "core/platform/Fallible.h"

#include <QCoreApplication>
#include <QString>

class HistoryStore;
class QIODevice;

// Writes history rows as CSV (UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends) or as a JSON
// array of objects, newest first. The store knows nothing of either format.
class HistoryExporter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExporter)
public:
    enum class Format
    {
        Csv,
        Json,
    };

    // Rows read per query: enough to keep the reads cheap, few enough that a big export never holds much.
    static constexpr int PageRows = 500;

    explicit HistoryExporter(const HistoryStore* store);

    // Writes the rows `filter` matches to `device`, which is open for writing. Returns how many were written.
    [[nodiscard]] Fallible<qint64> write(const HistoryQuery::Filter& filter, Format format, QIODevice* device);
    // The rows of each filter in turn, in one file (a retention plan: its parts, workspace by workspace).
    [[nodiscard]] Fallible<qint64>
    writeEach(const QList<HistoryQuery::Filter>& filters, Format format, QIODevice* device);
    // The same into `fileName`, atomically (QSaveFile): a failed export leaves an earlier file as it was.
    [[nodiscard]] Fallible<qint64>
    writeFile(const HistoryQuery::Filter& filter, Format format, const QString& fileName);
    [[nodiscard]] Fallible<qint64>
    writeEachToFile(const QList<HistoryQuery::Filter>& filters, Format format, const QString& fileName);
    // The last failure's reason, in words for the user; empty after a success.
    QString errorString() const { return m_errorString; }

    // JSON for a file name ending in .json (any case), CSV for anything else.
    static Format formatFor(const QString& fileName);

private:
    Fallible<qint64> failed(const QString& error);

    const HistoryStore* m_store;
    QString m_errorString;
};
