#pragma once

#include "core/bulk/BulkSource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// The check of a whole file before anything is sent: every row built and validated as it would be sent, in
// memory that does not grow with the file (counts, and the first MaxIssues problems by line).
class BulkValidation
{
    Q_DECLARE_TR_FUNCTIONS(BulkValidation)
public:
    static constexpr int MaxIssues = 1000;

    struct Issue
    {
        qint64 line = 0;
        bool isError = true; // false: a warning, the row is still sent
        QString message;
    };

    qint64 rows = 0;
    qint64 invalid = 0;
    qint64 warned = 0;
    qint64 issueCount = 0; // may exceed issues.size()
    QList<Issue> issues;
    QString readError; // the file could not be read to its end (an unclosed quote, ...): nothing may be sent
    bool encodingError = false;

    bool canRun(bool skipInvalid) const { return readError.isEmpty() && (invalid == 0 || skipInvalid); }

    // Reads `source` to its end. `progress` (may be empty) gets the bytes read every few thousand rows and may
    // return false to stop early (the report then says so in readError).
    static BulkValidation run(BulkSource& source, const std::function<bool(qint64 bytesRead)>& progress = {});

    // The report as lines of text for veroctl and the dialog: "line 12: error: email: ...".
    QStringList describe() const;

private:
    void add(qint64 line, bool isError, const QString& message);
};
