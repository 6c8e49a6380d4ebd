#include "core/history/HistoryNotice.h"

#include <QDir>

QString HistoryNotice::cause(HistoryDatabase::Problem problem)
{
    using Problem = HistoryDatabase::Problem;
    switch (problem) {
        case Problem::None:
            return {};
        case Problem::Damaged:
            return tr("the file is damaged");
        case Problem::DiskFull:
            return tr("the disk is full");
        case Problem::ReadOnly:
            return tr("the file or its folder is read-only");
        case Problem::InUse:
            return tr("another program is using the history");
        case Problem::DiskError:
            return tr("the disk reported an error reading or writing it");
        case Problem::Unusable:
            return tr("it cannot be used");
    }
    return {};
}

QString HistoryNotice::describeUnreadable(const HistoryDatabase::Opened& opened, const QString& filePath)
{
    const QString file = QDir::toNativeSeparators(filePath);
    if (opened.isPersistent()) {
        return {};
    }
    if (opened.state == HistoryDatabase::Opened::State::TooNew) {
        return tr("%1 was written by a newer version of Vero Admin and cannot be shown.").arg(file);
    }
    if (opened.problem == HistoryDatabase::Problem::Damaged) {
        return tr("%1 is too damaged to be read (%2). Nothing of it can be shown.").arg(file, opened.reason);
    }
    return tr("%1 cannot be read: %2 (%3).").arg(file, cause(opened.problem), opened.reason);
}

QString HistoryNotice::describe(const HistoryDatabase::Opened& opened, const QString& filePath)
{
    using State = HistoryDatabase::Opened::State;
    const QString file = QDir::toNativeSeparators(filePath);
    QString notice;
    switch (opened.state) {
        case State::Ready:
            return {};
        case State::MovedAside:
            return tr("The history file was damaged (%1). It was moved to %2 and a new, empty history was "
                      "started.")
                .arg(opened.reason, QDir::toNativeSeparators(opened.movedTo));
        case State::Unavailable:
            notice = tr("The history file %1 cannot be used now: %2 (%3). It is left as it is.")
                         .arg(file, cause(opened.problem), opened.reason);
            notice += QLatin1Char(' ')
                      + (opened.mayPass() ? tr("This session's requests are kept in memory; the file is tried again "
                                               "with the next request, and they are written to it once it works.")
                                          : tr("This session's requests are kept in memory only."));
            break;
        case State::TooNew:
            notice = tr("The history file %1 was written by a newer version of Vero Admin and is left "
                        "untouched. This session's requests are kept in memory only.")
                         .arg(file);
            break;
        case State::CannotMoveAside:
            notice = tr("The history file %1 is damaged (%2) and could not be moved aside. "
                        "This session's requests are kept in memory only.")
                         .arg(file, opened.reason);
            break;
        case State::CannotCreate:
            notice = tr("A new history file could not be created at %1 (%2). This session's "
                        "requests are kept in memory only.")
                         .arg(file, opened.reason);
            if (!opened.movedTo.isEmpty()) {
                notice += QLatin1Char(' ')
                          + tr("The damaged file was moved to %1.").arg(QDir::toNativeSeparators(opened.movedTo));
            }
            break;
    }
    if (!opened.memoryFailure.isEmpty()) {
        notice += QLatin1Char(' ') + tr("History is not available: %1").arg(opened.memoryFailure);
    }
    return notice;
}
