#pragma once

#include "core/bulk/BulkRunner.h"

#include <QElapsedTimer>
#include <QTextStream>

// veroctl bulk's progress on standard error: on a terminal, one line redrawn in place with a bar, the rate and
// the time left; otherwise (a log, CI) a plain line every few seconds, so logs stay readable.
class BulkProgress
{
public:
    static constexpr qint64 PlainEveryMs = 5000;

    BulkProgress(QTextStream& err, bool terminal);

    void update(const BulkRunner::Counts& counts);
    // Ends the in-place line, if any.
    void finish(const BulkRunner::Counts& counts);

    // "[#####.....]  45%  450/1000  12.3/s  ETA 0:45": exposed for tests.
    static QString bar(const BulkRunner::Counts& counts, double perSecond);
    static QString plain(const BulkRunner::Counts& counts, double perSecond);

private:
    double perSecond(const BulkRunner::Counts& counts) const;

    QTextStream& m_err;
    bool m_terminal;
    QElapsedTimer m_clock;
    qint64 m_lastPrintMs = -1;
    qint64 m_finishedAtStart = -1;
};
