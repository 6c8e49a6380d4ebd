#pragma once

#include "core/history/HistoryDatabase.h"

#include <QCoreApplication>
#include <QString>

// What the history tells the user when its file could not simply be opened or written: where a damaged file
// went, why a sound file was left as it is, and that this session's requests live in memory when no file can be
// used. HistoryDatabase reports the facts for any file; these are the history's words for them.
class HistoryNotice
{
    Q_DECLARE_TR_FUNCTIONS(HistoryNotice)
public:
    // Empty when the file opened as it was.
    static QString describe(const HistoryDatabase::Opened& opened, const QString& filePath);
    // Why a file opened read-only (a moved-aside history being looked at) cannot be shown; empty when it opened.
    static QString describeUnreadable(const HistoryDatabase::Opened& opened, const QString& filePath);
    // The cause in a few words a support person understands ("the disk is full"); empty for None.
    static QString cause(HistoryDatabase::Problem problem);
};
