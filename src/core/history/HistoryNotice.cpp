#include "core/history/HistoryNotice.h"

#include <QDir>

QString HistoryNotice::describe(const HistoryDatabase::Opened& opened, const QString& filePath)
{
    using State = HistoryDatabase::Opened::State;
    const QString file = QDir::toNativeSeparators(filePath);
    QString notice;
    switch (opened.state) {
        case State::Ready:
            return {};
        case State::MovedAside:
            return tr("The history file could not be read (%1). It was moved to %2 and a new, empty "
                      "history was started.")
                .arg(opened.reason, QDir::toNativeSeparators(opened.movedTo));
        case State::Locked:
            notice = tr("The history file %1 is locked by another program (%2). This session's "
                        "requests are kept in memory only.")
                         .arg(file, opened.reason);
            break;
        case State::TooNew:
            notice = tr("The history file %1 was written by a newer version of Vero Admin and is left "
                        "untouched. This session's requests are kept in memory only.")
                         .arg(file);
            break;
        case State::CannotMoveAside:
            notice = tr("The history file %1 could not be read (%2) and could not be moved aside. "
                        "This session's requests are kept in memory only.")
                         .arg(file, opened.reason);
            break;
        case State::CannotCreate:
            notice = tr("A new history file could not be created at %1 (%2). This session's "
                        "requests are kept in memory only.")
                         .arg(file, opened.reason);
            break;
    }
    if (!opened.memoryFailure.isEmpty()) {
        notice += QLatin1Char(' ') + tr("History is not available: %1").arg(opened.memoryFailure);
    }
    return notice;
}
