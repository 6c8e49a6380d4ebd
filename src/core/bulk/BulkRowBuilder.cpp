#include "core/bulk/BulkRowBuilder.h"

#include "core/api/RequestBuilder.h"
#include "core/api/VeroRecommendations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Up to 15 significant digits, which every double keeps exactly, with no leading zero that a number would lose.
bool isExactNumber(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
    if (!pattern.match(text).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
    }
    return digits <= 15;
}

} // namespace

BulkRowBuilder::BulkRowBuilder(BulkMapping mapping, QString tagSeparators)
    : m_mapping(std::move(mapping))
    , m_tagSeparators(tagSeparators.isEmpty() ? DefaultTagSeparators.toString() : std::move(tagSeparators))
{
}

QJsonValue BulkRowBuilder::propertyValue(const QString& cell, BulkMapping::PropertyType type, QString* error)
{
    const QString text = cell.trimmed();
    const QString lower = text.toLower();
    switch (type) {
        case BulkMapping::PropertyType::Text:
            return cell;
        case BulkMapping::PropertyType::Boolean:
            if (lower == u"true" || lower == u"false")
                return lower == u"true";
            *error = tr("\"%1\" is not true or false").arg(cell);
            return {};
        case BulkMapping::PropertyType::Number:
            if (isExactNumber(text))
                return text.toDouble();
            *error = tr("\"%1\" is not a number this column can send exactly (at most 15 digits)").arg(cell);
            return {};
        case BulkMapping::PropertyType::Inferred:
            if (lower == u"true" || lower == u"false")
                return lower == u"true";
            if (isExactNumber(text))
                return text.toDouble();
            return cell;
    }
    return cell;
}

QStringList BulkRowBuilder::splitTags(const QString& cell) const
{
    QStringList tags;
    QString current;
    for (const QChar c : cell) {
        if (m_tagSeparators.contains(c)) {
            tags.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    tags.append(current.trimmed());
    tags.removeAll(QString());
    return tags;
}

BulkRowBuilder::Row BulkRowBuilder::build(const CsvReader::Record& record) const
{
    Row row;
    row.line = record.line;
    row.cells = record.cells;
    const QStringList& header = m_mapping.header();
    if (record.cells.size() != header.size()) {
        // A trailing empty cell more or less is how spreadsheets end lines; anything else shifts columns.
        const bool onlyTrailingEmpty = record.cells.size() > header.size()
                                       && std::all_of(record.cells.cbegin() + header.size(),
                                                      record.cells.cend(),
                                                      [](const QString& cell) { return cell.trimmed().isEmpty(); });
        if (!onlyTrailingEmpty) {
            row.errors.append(tr("The row has %1 cells, the header %2: a cell is missing or a delimiter too many.")
                                  .arg(record.cells.size())
                                  .arg(header.size()));
            return row;
        }
    }
    const auto cell = [&](const QString& field) {
        const int column = m_mapping.column(field);
        return column >= 0 && column < record.cells.size() ? record.cells.at(column).trimmed() : QString();
    };

    OperationInput& input = row.input;
    input.operation = m_mapping.operation();
    input.id = cell(QStringLiteral("id"));
    input.email = cell(QStringLiteral("email"));
    input.phone = cell(QStringLiteral("phone_number"));
    input.newId = cell(QStringLiteral("new_id"));
    input.eventName = m_mapping.column(QStringLiteral("event_name")) >= 0 ? cell(QStringLiteral("event_name"))
                                                                          : m_mapping.eventName();
    if (input.eventName.isEmpty())
        input.eventName = m_mapping.eventName();
    input.tagsAdd = splitTags(cell(QStringLiteral("add")));
    input.tagsRemove = splitTags(cell(QStringLiteral("remove")));

    if (BulkMapping::takesProperties(input.operation)) {
        QJsonObject properties;
        for (const BulkMapping::Property& property : m_mapping.properties()) {
            const QString value = property.column < record.cells.size() ? record.cells.at(property.column) : QString();
            if (value.trimmed().isEmpty())
                continue; // an empty cell means "not sent"
            QString error;
            const QJsonValue json = propertyValue(value, property.type, &error);
            if (!error.isEmpty()) {
                row.errors.append(tr("Column %1: %2").arg(property.name, error));
                continue;
            }
            properties.insert(property.name, json);
        }
        const QString text = properties.isEmpty()
                                 ? QString()
                                 : QString::fromUtf8(QJsonDocument(properties).toJson(QJsonDocument::Compact));
        if (input.operation == Operation::EditProperties)
            input.changes = text;
        else
            input.data = text;
    }
    if (!row.errors.isEmpty())
        return row;

    const RequestBuilder::Result built = RequestBuilder::build(input);
    for (const ValidationError& error : built.errors)
        row.errors.append(tr("%1: %2").arg(error.field, error.message));
    if (built.ok())
        row.request = built.request;
    row.warnings = VeroRecommendations::check(input);
    return row;
}
