#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/OperationInput.h"
#include "core/bulk/BulkMapping.h"
#include "core/bulk/CsvReader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

// Turns one CSV record into the request a form would send for the same values, with the same core validation
// (RequestBuilder) plus Vero's recommendations as warnings. An empty cell means "not sent". Nothing here sends.
class BulkRowBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BulkRowBuilder)
public:
    // Tags in one cell are split on any of these unless the user chose a separator.
    static constexpr QStringView DefaultTagSeparators = u"|;";

    struct Row
    {
        qint64 line = 0;
        QStringList cells; // the record as read, for the failed-rows export
        OperationInput input;
        ApiRequest request;   // valid only when errors is empty
        QStringList errors;   // in words, naming the column; the row is not sent
        QStringList warnings; // Vero's recommendations; the row is sent
        bool ok() const { return errors.isEmpty(); }
    };

    explicit BulkRowBuilder(BulkMapping mapping, QString tagSeparators = DefaultTagSeparators.toString());

    Row build(const CsvReader::Record& record) const;
    const BulkMapping& mapping() const { return m_mapping; }

    // A cell as the JSON value of a property of `type`; an invalid value (a Number column holding "abc") is
    // reported in `error`. Inferred: integers and decimals that a double keeps exactly become numbers,
    // true/false (any case) booleans, anything else text, so "00123" and "1e400" stay as typed.
    static QJsonValue propertyValue(const QString& cell, BulkMapping::PropertyType type, QString* error);

private:
    QStringList splitTags(const QString& cell) const;

    BulkMapping m_mapping;
    QString m_tagSeparators;
};
