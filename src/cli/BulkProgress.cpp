#include "cli/BulkProgress.h"

#include <QCoreApplication>

namespace {

qint64 finishedRows(const BulkRunner::Counts& counts)
{
    return counts.done + counts.rejected + counts.failed + counts.skipped;
}

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Terminal redraws at most this often.
constexpr qint64 TerminalEveryMs = 200;

} // namespace

BulkProgress::BulkProgress(QTextStream& err, bool terminal)
    : m_err(err)
    , m_terminal(terminal)
{
    m_clock.start();
}

double BulkProgress::perSecond(const BulkRunner::Counts& counts) const
{
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    const qint64 sent = finishedRows(counts) - std::max<qint64>(0, m_finishedAtStart);
    return seconds > 0.2 ? double(sent) / seconds : 0;
}

QString BulkProgress::bar(const BulkRunner::Counts& counts, double rate)
{
    constexpr int Width = 24;
    const qint64 finished = finishedRows(counts);
    const double fraction = counts.total > 0 ? double(finished) / double(counts.total) : 1;
    const int filled = int(fraction * Width);
    QString text = u'[' + QString(filled, u'#') + QString(Width - filled, u'.') + u']';
    text += QStringLiteral(" %1%  %2/%3  %4/s")
                .arg(int(fraction * 100), 3)
                .arg(finished)
                .arg(counts.total)
                .arg(rate, 0, 'f', 1);
    if (rate > 0 && counts.pending > 0)
        text += QCoreApplication::translate("veroctl", "  ETA %1").arg(duration(qint64(double(counts.pending) / rate)));
    if (counts.failed + counts.rejected > 0)
        text += QCoreApplication::translate("veroctl", "  %1 not done").arg(counts.failed + counts.rejected);
    return text;
}

QString BulkProgress::plain(const BulkRunner::Counts& counts, double rate)
{
    return QCoreApplication::translate("veroctl", "%1 of %2 rows finished (%3 done, %4 rejected, %5 failed), %6/s")
        .arg(finishedRows(counts))
        .arg(counts.total)
        .arg(counts.done)
        .arg(counts.rejected)
        .arg(counts.failed)
        .arg(rate, 0, 'f', 1);
}

void BulkProgress::update(const BulkRunner::Counts& counts)
{
    if (m_finishedAtStart < 0)
        m_finishedAtStart = finishedRows(counts);
    const qint64 now = m_clock.elapsed();
    const qint64 every = m_terminal ? TerminalEveryMs : PlainEveryMs;
    if (m_lastPrintMs >= 0 && now - m_lastPrintMs < every)
        return;
    m_lastPrintMs = now;
    if (m_terminal)
        m_err << '\r' << bar(counts, perSecond(counts)) << "\x1b[K" << Qt::flush;
    else
        m_err << "veroctl: " << plain(counts, perSecond(counts)) << Qt::endl;
}

void BulkProgress::finish(const BulkRunner::Counts& counts)
{
    if (m_terminal)
        m_err << '\r' << bar(counts, perSecond(counts)) << "\x1b[K" << Qt::endl;
}
