#pragma once

#include "core/bulk/BulkSource.h"
#include "core/platform/Fallible.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

// veroctl bulk's options: what --help lists, and what a parsed command line asks for: how to read the file
// (--op, --map, --type, --event-name, --delimiter, --encoding, --tag-separator) and how to send it
// (--concurrency, --rate, --max-attempts). A failure names the option; the command then exits 2 with nothing
// sent. Its strings keep the translation context they had in BulkCommand.
class BulkOptions
{
    Q_DECLARE_TR_FUNCTIONS(BulkCommand)
public:
    static const QString Op;
    static const QString File;
    static const QString Map;
    static const QString Type;
    static const QString EventName;
    static const QString Delimiter;
    static const QString Encoding;
    static const QString TagSeparator;
    static const QString Concurrency;
    static const QString Rate;
    static const QString MaxAttempts;
    static const QString SkipInvalid;
    static const QString Yes;
    static const QString FailedOut;
    static const QString Resume;
    static const QString RetryFailed;
    static const QString Cancel;
    static const QString List;
    static const QString Show;

    static QList<QCommandLineOption> all();

    struct RunSettings
    {
        int concurrency = 4;
        double rate = 0;
        int maxAttempts = 5;
    };
    static Fallible<RunSettings> runSettings(const QCommandLineParser& parser);
    // How to read and map the file of a new run.
    static Fallible<BulkSource::Options> sourceOptions(const QCommandLineParser& parser);
};
