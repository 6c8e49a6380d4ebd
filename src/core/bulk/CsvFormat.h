#pragma once

#include "core/bulk/CsvEncoding.h"

#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <optional>

// How a CSV file is written: its encoding and the character between cells. Detected from the first bytes of
// the file (Excel writes semicolons where the decimal separator is a comma), shown to the user, and
// overridable on the command line and in the bulk dialog.
struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    bool encodingDetected = false;  // false when the user chose it
    bool delimiterDetected = false; // false when the user chose it

    // How many bytes of the start of a file detect() looks at.
    static constexpr qsizetype SniffBytes = 64 * 1024;

    // Detects both from the head of a file. An override set in `encoding` / `delimiter` wins.
    static CsvFormat detect(QByteArrayView head,
                            std::optional<CsvEncoding> encoding = std::nullopt,
                            std::optional<QChar> delimiter = std::nullopt);
    // Parses `--delimiter`: ",", ";", "tab" (or a real tab) and "|". Nothing for anything else.
    static std::optional<QChar> delimiterFromName(const QString& name);
    // "comma", "semicolon", "tab", "pipe": for messages and the dialog.
    static QString delimiterName(QChar delimiter);
    // "utf-8, separated by semicolons (detected)".
    QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(CsvFormat) // last: the macro ends in `private:`
};
