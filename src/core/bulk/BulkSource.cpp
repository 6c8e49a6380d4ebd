#include "core/bulk/BulkSource.h"

#include <QDir>

Fallible<std::shared_ptr<BulkSource>> BulkSource::open(const QString& path, const Options& options)
{
    using Result = Fallible<std::shared_ptr<BulkSource>>;
    std::shared_ptr<BulkSource> source(new BulkSource);
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return Result::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), source->m_file.errorString()));

    const QByteArray head = source->m_file.peek(CsvFormat::SniffBytes);
    source->m_format = CsvFormat::detect(head, options.encoding, options.delimiter);
    source->m_file.seek(CsvEncodings::bomLength(source->m_format.encoding, head));
    source->m_reader = std::make_unique<CsvReader>(&source->m_file, source->m_format);

    CsvReader::Record header;
    if (!source->m_reader->next(&header)) {
        if (source->m_reader->hasError())
            return Result::failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), source->m_reader->errorString()));
        return Result::failure(
            tr("%1 is empty: it needs a header line and a row per user.").arg(QDir::toNativeSeparators(path)));
    }
    auto mapping = BulkMapping::resolve(options.operation, header.cells, options.map, options.eventName);
    if (!mapping)
        return Result::failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), mapping.error()));
    BulkMapping resolved = std::move(mapping).value();
    for (auto type = options.types.cbegin(); type != options.types.cend(); ++type) {
        if (resolved.setPropertyType(type.key(), type.value()))
            continue;
        const QString why = BulkMapping::takesProperties(options.operation)
                                ? tr("\"%1\" is not a property column, so it cannot have a type.").arg(type.key())
                                : tr("%1 takes no properties, so \"%2\" cannot have a type.")
                                      .arg(Operations::key(options.operation), type.key());
        return Result::failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    source->m_builder = std::make_unique<BulkRowBuilder>(std::move(resolved), options.tagSeparators);
    return source;
}

bool BulkSource::next(BulkRowBuilder::Row* row)
{
    CsvReader::Record record;
    if (!m_reader->next(&record))
        return false;
    *row = m_builder->build(record);
    return true;
}

QString BulkSource::errorString() const
{
    return m_reader->errorString();
}
