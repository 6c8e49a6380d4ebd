#include "core/bulk/BulkMapping.h"

QStringList BulkMapping::fields(Operation operation)
{
    switch (operation) {
        case Operation::Identify:
            return {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("phone_number")};
        case Operation::EditProperties:
            return {QStringLiteral("id"), QStringLiteral("email")};
        case Operation::TagsEdit:
            return {QStringLiteral("id"), QStringLiteral("add"), QStringLiteral("remove")};
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
        case Operation::Delete:
            return {QStringLiteral("id")};
        case Operation::Alias:
            return {QStringLiteral("id"), QStringLiteral("new_id")};
        case Operation::TrackEvent:
            return {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("event_name")};
        case Operation::Heartbeat:
            return {};
    }
    return {};
}

QStringList BulkMapping::resultColumns()
{
    return {QStringLiteral("line"),
            QStringLiteral("status"),
            QStringLiteral("http_status"),
            QStringLiteral("attempts"),
            QStringLiteral("error")};
}

bool BulkMapping::takesProperties(Operation operation)
{
    return operation == Operation::Identify || operation == Operation::EditProperties
           || operation == Operation::TrackEvent;
}

Fallible<QMap<QString, QString>> BulkMapping::parseOverrides(const QStringList& pairs)
{
    QMap<QString, QString> overrides;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString field = pair.left(equals).trimmed().toLower();
        const QString column = pair.mid(equals + 1).trimmed();
        if (equals < 0 || field.isEmpty() || column.isEmpty())
            return Fallible<QMap<QString, QString>>::failure(
                tr("--map takes FIELD=COLUMN, not \"%1\".").arg(pair.trimmed()));
        if (overrides.contains(field))
            return Fallible<QMap<QString, QString>>::failure(tr("--map %1 is given twice.").arg(field));
        overrides.insert(field, column);
    }
    return overrides;
}

Fallible<QMap<QString, BulkMapping::PropertyType>> BulkMapping::parsePropertyTypes(const QStringList& pairs)
{
    QMap<QString, PropertyType> types;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        const auto type = equals > 0 ? propertyTypeFromKey(pair.mid(equals + 1)) : std::nullopt;
        if (!type)
            return Fallible<QMap<QString, PropertyType>>::failure(
                tr("--type takes COLUMN=TYPE with TYPE one of text, number, boolean, inferred; not \"%1\".").arg(pair));
        const QString column = pair.left(equals).trimmed();
        if (types.contains(column))
            return Fallible<QMap<QString, PropertyType>>::failure(tr("--type %1 is given twice.").arg(column));
        types.insert(column, *type);
    }
    return types;
}

Fallible<BulkMapping> BulkMapping::resolve(Operation operation,
                                           const QStringList& header,
                                           const QMap<QString, QString>& overrides,
                                           const QString& eventName)
{
    const QStringList known = fields(operation);
    if (known.isEmpty())
        return Fallible<BulkMapping>::failure(
            tr("%1 cannot be run from a file.").arg(Operations::displayName(operation)));

    QMap<QString, int> byName; // lower-cased header name -> column
    for (int i = 0; i < header.size(); ++i) {
        const QString key = header.at(i).trimmed().toLower();
        if (key.isEmpty())
            continue; // an unnamed column (often a trailing delimiter) is ignored
        if (byName.contains(key))
            return Fallible<BulkMapping>::failure(tr("Columns %1 and %2 are both named \"%3\"; rename one.")
                                                      .arg(byName.value(key) + 1)
                                                      .arg(i + 1)
                                                      .arg(header.at(i).trimmed()));
        byName.insert(key, i);
    }

    BulkMapping mapping;
    mapping.m_operation = operation;
    mapping.m_header = header;
    mapping.m_eventName = eventName.trimmed();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const QString field = it.key().trimmed().toLower();
        if (!known.contains(field))
            return Fallible<BulkMapping>::failure(
                tr("--map %1: %2 takes the fields %3.").arg(it.key(), Operations::key(operation), known.join(u", ")));
        const int column = byName.value(it.value().trimmed().toLower(), -1);
        if (column < 0)
            return Fallible<BulkMapping>::failure(tr("--map %1=%2: the file has no column \"%2\" (its columns: %3).")
                                                      .arg(it.key(), it.value(), header.join(u", ")));
        mapping.m_columns.insert(field, column);
    }
    for (const QString& field : known) {
        if (!mapping.m_columns.contains(field) && byName.contains(field)) {
            const int column = byName.value(field);
            // A column mapped by hand to another field is not also taken by its own name.
            if (!mapping.m_columns.values().contains(column))
                mapping.m_columns.insert(field, column);
        }
    }
    const QList<int> used = mapping.m_columns.values();
    for (int i = 0; i < used.size(); ++i) {
        if (used.indexOf(used.at(i)) != i)
            return Fallible<BulkMapping>::failure(
                tr("Column \"%1\" is mapped to two fields.").arg(header.at(used.at(i)).trimmed()));
    }

    const auto missing = [&](const QString& field) {
        return tr("The file has no %1 column (its columns: %2). Name a column %1, or map one with --map %1=COLUMN.")
            .arg(field, header.join(u", "));
    };
    const bool hasId = mapping.m_columns.contains(QStringLiteral("id"));
    const bool hasEmail = mapping.m_columns.contains(QStringLiteral("email"));
    switch (operation) {
        case Operation::Identify:
        case Operation::EditProperties:
        case Operation::TrackEvent:
            if (!hasId && !hasEmail)
                return Fallible<BulkMapping>::failure(tr("The file has neither an id nor an email column (its columns: "
                                                         "%1). Map one with --map id=COLUMN.")
                                                          .arg(header.join(u", ")));
            break;
        default:
            if (!hasId)
                return Fallible<BulkMapping>::failure(missing(QStringLiteral("id")));
            break;
    }
    if (operation == Operation::Alias && !mapping.m_columns.contains(QStringLiteral("new_id")))
        return Fallible<BulkMapping>::failure(missing(QStringLiteral("new_id")));
    if (operation == Operation::TagsEdit && !mapping.m_columns.contains(QStringLiteral("add"))
        && !mapping.m_columns.contains(QStringLiteral("remove")))
        return Fallible<BulkMapping>::failure(
            tr("The file has neither an add nor a remove column (its columns: %1).").arg(header.join(u", ")));
    if (operation == Operation::TrackEvent && mapping.m_eventName.isEmpty()
        && !mapping.m_columns.contains(QStringLiteral("event_name")))
        return Fallible<BulkMapping>::failure(
            tr("The file has no event_name column (its columns: %1). Give every row the same event with "
               "--event-name NAME, or map a column with --map event_name=COLUMN.")
                .arg(header.join(u", ")));

    if (takesProperties(operation)) {
        const QStringList results = resultColumns();
        const bool isResultExport
            = std::all_of(results.cbegin(), results.cend(), [&](const QString& name) { return byName.contains(name); });
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().isEmpty() || mapping.m_columns.values().contains(i))
                continue;
            if (isResultExport && results.contains(header.at(i).trimmed().toLower()))
                continue;
            mapping.m_properties.append(Property {i, header.at(i).trimmed(), PropertyType::Inferred});
        }
    }
    return mapping;
}

bool BulkMapping::setPropertyType(const QString& name, PropertyType type)
{
    for (Property& property : m_properties) {
        if (property.name == name) {
            property.type = type;
            return true;
        }
    }
    return false;
}

QString BulkMapping::propertyTypeKey(PropertyType type)
{
    switch (type) {
        case PropertyType::Text:
            return QStringLiteral("text");
        case PropertyType::Number:
            return QStringLiteral("number");
        case PropertyType::Boolean:
            return QStringLiteral("boolean");
        case PropertyType::Inferred:
            break;
    }
    return QStringLiteral("inferred");
}

std::optional<BulkMapping::PropertyType> BulkMapping::propertyTypeFromKey(const QString& key)
{
    for (const PropertyType type :
         {PropertyType::Inferred, PropertyType::Text, PropertyType::Number, PropertyType::Boolean}) {
        if (key.trimmed().compare(propertyTypeKey(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString BulkMapping::propertyTypeDisplayName(PropertyType type)
{
    switch (type) {
        case PropertyType::Text:
            return tr("Text");
        case PropertyType::Number:
            return tr("Number");
        case PropertyType::Boolean:
            return tr("True/false");
        case PropertyType::Inferred:
            break;
    }
    return tr("Detect per cell");
}
