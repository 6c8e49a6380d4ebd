#pragma once

#include "core/bulk/BulkMapping.h"
#include "core/bulk/BulkRowBuilder.h"
#include "core/bulk/CsvFormat.h"
#include "core/bulk/CsvReader.h"
#include "core/platform/Fallible.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <optional>

// A CSV file opened for a bulk run: its format detected (or chosen), its header read and mapped, and its rows
// read one at a time as the requests they become. Validation and the run both read the file through it, so the
// rows checked are exactly the rows sent.
class BulkSource
{
    Q_DECLARE_TR_FUNCTIONS(BulkSource)
public:
    struct Options
    {
        Operation operation = Operation::Identify;
        QMap<QString, QString> map;                     // --map FIELD=COLUMN
        QMap<QString, BulkMapping::PropertyType> types; // --type COLUMN=TYPE, by property column name
        QString eventName;                              // --event-name
        std::optional<CsvEncoding> encoding;
        std::optional<QChar> delimiter;
        QString tagSeparators; // empty: BulkRowBuilder::DefaultTagSeparators
    };

    // Fails (with the path and what is wrong) when the file cannot be read, is empty, or its header does not
    // give the operation what it needs.
    static Fallible<std::shared_ptr<BulkSource>> open(const QString& path, const Options& options);

    const CsvFormat& format() const { return m_format; }
    const BulkMapping& mapping() const { return m_builder->mapping(); }
    QString path() const { return m_file.fileName(); }
    qint64 fileSize() const { return m_file.size(); }

    // The next data row, or false at the end or on a reading error (see errorString()).
    bool next(BulkRowBuilder::Row* row);
    QString errorString() const;
    bool hasEncodingError() const { return m_reader->hasEncodingError(); }
    qint64 bytesRead() const { return m_reader->bytesRead(); }

private:
    BulkSource() = default;

    QFile m_file;
    CsvFormat m_format;
    std::unique_ptr<CsvReader> m_reader;
    std::unique_ptr<BulkRowBuilder> m_builder;
};
