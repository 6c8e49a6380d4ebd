#pragma once

#include "core/api/Operation.h"
#include "core/platform/Fallible.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Which CSV column feeds which field of an operation. Header names match the API's field names
// case-insensitively (`id`, `email`, `phone_number`, `new_id`, `add`, `remove`, `event_name`); `--map
// FIELD=COLUMN` (or the dialog) overrides. For identify, edit and event every other column is a property, its
// type inferred from the cell or chosen here.
class BulkMapping
{
    Q_DECLARE_TR_FUNCTIONS(BulkMapping)
public:
    enum class PropertyType
    {
        Inferred, // a number, true/false, or text, cell by cell
        Text,
        Number,
        Boolean,
    };
    struct Property
    {
        int column = -1;
        QString name; // the header as written
        PropertyType type = PropertyType::Inferred;
    };

    // The fields `operation` takes from columns, in the order --help lists them.
    static QStringList fields(Operation operation);
    // The columns a failed-rows export adds after the original ones. A file holding all of them is such an
    // export: they are ignored, so it re-imports as it is.
    static QStringList resultColumns();
    // Whether the other columns become properties (identify: data, edit: changes, event: data).
    static bool takesProperties(Operation operation);

    // Builds the mapping for a header row. `overrides` maps field to column name (as in --map); `eventName` is
    // the --event-name for every row (the event_name column is then not needed). Fails, nothing sent, when an
    // override names an unknown field or a column the file lacks, a column is mapped twice, two columns have
    // the same name, or a column the operation needs is missing.
    static Fallible<BulkMapping> resolve(Operation operation,
                                         const QStringList& header,
                                         const QMap<QString, QString>& overrides = {},
                                         const QString& eventName = {});

    // `--map` pairs as veroctl takes them (one per option) and the Bulk run window (comma-separated): FIELD=COLUMN,
    // both trimmed, the field lower-cased, for resolve(). Fails on a pair missing a side or a field given twice;
    // the message quotes the pair.
    static Fallible<QMap<QString, QString>> parseOverrides(const QStringList& pairs);
    // `--type` pairs: COLUMN=TYPE (propertyTypeFromKey), by column name. Fails on a pair that is not one or a
    // column given twice.
    static Fallible<QMap<QString, PropertyType>> parsePropertyTypes(const QStringList& pairs);

    Operation operation() const { return m_operation; }
    QStringList header() const { return m_header; }
    // The column of a field, or -1.
    int column(const QString& field) const { return m_columns.value(field, -1); }
    QList<Property> properties() const { return m_properties; }
    // Chooses the type of a property column (by its header name); false when there is no such property.
    bool setPropertyType(const QString& name, PropertyType type);
    // The names veroctl's --type takes ("text", "number", "boolean", "inferred"), and back.
    static QString propertyTypeKey(PropertyType type);
    static std::optional<PropertyType> propertyTypeFromKey(const QString& key);
    // How the dialog names a type.
    static QString propertyTypeDisplayName(PropertyType type);
    QString eventName() const { return m_eventName; }

private:
    Operation m_operation = Operation::Identify;
    QStringList m_header;
    QMap<QString, int> m_columns;
    QList<Property> m_properties;
    QString m_eventName;
};
