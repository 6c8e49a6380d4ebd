#include "core/api/BodyValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

// Walks one body; every message names the field as the forms label it (BodyValidator::fieldLabel), in words.
class Checker
{
public:
    Checker(Operation operation, const QJsonObject& body)
        : m_operation(operation)
        , m_body(body)
    {
    }

    QString label(const QString& field) const { return BodyValidator::fieldLabel(m_operation, field); }

    ValidationErrors errors;

    void error(const QString& field, const QString& message) { errors.append({field, message}); }

    bool present(const QJsonObject& object, const QString& key) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return false;
        }
        return !(value.isString() && value.toString().isEmpty());
    }

    // An identifier field (id, new_id, identity.id): string or number, under the length limit.
    void identifier(const QJsonObject& object, const QString& key, const QString& field, bool required)
    {
        if (!present(object, key)) {
            if (required) {
                error(field, BodyValidator::tr("%1 is required.").arg(label(field)));
            }
            return;
        }
        const QJsonValue value = object.value(key);
        if (!value.isString() && !value.isDouble()) {
            error(field, BodyValidator::tr("%1 must be text or a number.").arg(label(field)));
            return;
        }
        const QString text = BodyValidator::idText(value);
        if (text.trimmed().isEmpty()) {
            error(field, BodyValidator::tr("%1 must not be blank.").arg(label(field)));
        } else if (text.size() > BodyValidator::MaxLength) {
            error(field,
                  BodyValidator::tr("%1 must be less than 255 characters (it has %2).")
                      .arg(label(field))
                      .arg(text.size()));
        }
    }

    void email(const QJsonObject& object, const QString& key, const QString& field)
    {
        if (!present(object, key)) {
            return;
        }
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            error(field, BodyValidator::tr("%1 must be text.").arg(label(field)));
            return;
        }
        const QString text = value.toString();
        if (text.size() > BodyValidator::MaxLength) {
            error(field,
                  BodyValidator::tr("%1 must be less than 255 characters (it has %2).")
                      .arg(label(field))
                      .arg(text.size()));
        } else if (!BodyValidator::isValidEmail(text)) {
            error(field, BodyValidator::tr("%1 is not a valid address.").arg(label(field)));
        }
    }

    void idOrEmail(const QJsonObject& object, const QString& prefix)
    {
        const QString idField = prefix + QStringLiteral("id");
        const QString emailField = prefix + QStringLiteral("email");
        if (!present(object, QStringLiteral("id")) && !present(object, QStringLiteral("email"))) {
            error(idField, BodyValidator::tr("Give the user id or the email (or both)."));
            return;
        }
        identifier(object, QStringLiteral("id"), idField, false);
        email(object, QStringLiteral("email"), emailField);
    }

    void object(const QString& key, bool required, bool nonEmpty = false)
    {
        if (!m_body.contains(key) || m_body.value(key).isNull()) {
            if (required) {
                error(key, BodyValidator::tr("%1 is required.").arg(label(key)));
            }
            return;
        }
        const QJsonValue value = m_body.value(key);
        if (!value.isObject()) {
            error(key, BodyValidator::tr("%1 must be a JSON object, like {\"plan\": \"pro\"}.").arg(label(key)));
        } else if (nonEmpty && value.toObject().isEmpty()) {
            error(key, BodyValidator::tr("%1: give at least one property.").arg(label(key)));
        }
    }

    void string(const QString& key, bool required)
    {
        if (!present(m_body, key)) {
            if (required) {
                error(key, BodyValidator::tr("%1 is required.").arg(label(key)));
            }
            return;
        }
        const QJsonValue value = m_body.value(key);
        const QString name = label(key);
        if (!value.isString()) {
            error(key, BodyValidator::tr("%1 must be text.").arg(name));
        } else if (value.toString().trimmed().isEmpty()) {
            error(key, BodyValidator::tr("%1 must not be blank.").arg(name));
        } else if (value.toString().size() > BodyValidator::MaxLength) {
            error(key,
                  BodyValidator::tr("%1 must be less than 255 characters (it has %2).")
                      .arg(name)
                      .arg(value.toString().size()));
        }
    }

    void channels()
    {
        const QString key = QStringLiteral("channels");
        if (!m_body.contains(key) || m_body.value(key).isNull()) {
            return;
        }
        if (!m_body.value(key).isArray()) {
            error(key, BodyValidator::tr("Channels must be a JSON array of {type, address, platform} objects."));
            return;
        }
        const QJsonArray channels = m_body.value(key).toArray();
        for (int i = 0; i < channels.size(); ++i) {
            const QString prefix = QStringLiteral("channels[%1]").arg(i);
            if (!channels.at(i).isObject()) {
                error(prefix,
                      BodyValidator::tr("%1 must be an object with type, address and platform.").arg(label(prefix)));
                continue;
            }
            const QJsonObject channel = channels.at(i).toObject();
            const struct
            {
                const char* part;
                const char* message;
            } parts[] = {{"type", QT_TRANSLATE_NOOP("BodyValidator", "%1: choose a type")},
                         {"address", QT_TRANSLATE_NOOP("BodyValidator", "%1: give the address (the device token)")},
                         {"platform", QT_TRANSLATE_NOOP("BodyValidator", "%1: choose a platform")}};
            for (const auto& [part, message] : parts) {
                const QString field = prefix + QLatin1Char('.') + QLatin1String(part);
                const QJsonValue value = channel.value(QLatin1String(part));
                if (!value.isString() || value.toString().trimmed().isEmpty()) {
                    error(field, BodyValidator::tr(message).arg(label(prefix)));
                }
            }
        }
    }

    // Returns the tags, or nothing when the field is missing or malformed (an error is recorded).
    QStringList tagList(const QString& key)
    {
        if (!m_body.contains(key) || m_body.value(key).isNull()) {
            return {};
        }
        if (!m_body.value(key).isArray()) {
            error(key, BodyValidator::tr("%1 must be a JSON array of tag names.").arg(label(key)));
            return {};
        }
        QStringList tags;
        const QJsonArray array = m_body.value(key).toArray();
        for (const QJsonValue& value : array) {
            if (!value.isString()) {
                error(key, BodyValidator::tr("%1 must hold only tag names (text).").arg(label(key)));
                return {};
            }
            if (value.toString().trimmed().isEmpty()) {
                error(key, BodyValidator::tr("%1: a tag must not be empty.").arg(label(key)));
                return {};
            }
            tags.append(value.toString());
        }
        return tags;
    }

    void tags()
    {
        const QStringList add = tagList(QStringLiteral("add"));
        const QStringList remove = tagList(QStringLiteral("remove"));
        if (!errors.isEmpty()) {
            return;
        }
        if (add.isEmpty() && remove.isEmpty()) {
            error(QStringLiteral("add"),
                  BodyValidator::tr("%1: give at least one tag (or one to remove).").arg(label(QStringLiteral("add"))));
            return;
        }
        const QSet<QString> removeSet(remove.cbegin(), remove.cend());
        for (const QString& tag : add) {
            if (removeSet.contains(tag)) {
                error(QStringLiteral("remove"),
                      BodyValidator::tr("The tag \"%1\" is both added and removed.").arg(tag));
            }
        }
    }

    void identity()
    {
        const QString key = QStringLiteral("identity");
        const QJsonValue value = m_body.value(key);
        if (value.isUndefined() || value.isNull()) {
            error(QStringLiteral("identity.id"), BodyValidator::tr("Give the user id or the email (or both)."));
            return;
        }
        if (!value.isObject()) {
            error(key, BodyValidator::tr("The identity must be a JSON object with id and/or email."));
            return;
        }
        idOrEmail(value.toObject(), QStringLiteral("identity."));
    }

private:
    Operation m_operation;
    const QJsonObject& m_body;
};

} // namespace

/// The field as the forms label it: "Email", "Channel 2", "Tags to add"; the API path for anything else.
QString BodyValidator::fieldLabel(Operation operation, const QString& apiField)
{
    static const QRegularExpression channel(QStringLiteral(R"(^channels\[(\d+)\])"));
    if (const QRegularExpressionMatch match = channel.match(apiField); match.hasMatch()) {
        return tr("Channel %1").arg(match.captured(1).toInt() + 1);
    }
    const QString field = apiField.startsWith(QLatin1String("identity.")) ? apiField.mid(9) : apiField;
    if (field == QLatin1String("id")) {
        return operation == Operation::Alias ? tr("Current id") : tr("User id");
    }
    const struct
    {
        const char* field;
        const char* label;
    } labels[] = {{"email", QT_TR_NOOP("Email")},
                  {"new_id", QT_TR_NOOP("New id")},
                  {"phone_number", QT_TR_NOOP("Phone number")},
                  {"channels", QT_TR_NOOP("Channels")},
                  {"changes", QT_TR_NOOP("Changes")},
                  {"event_name", QT_TR_NOOP("Event name")},
                  {"extras", QT_TR_NOOP("Extras")},
                  {"add", QT_TR_NOOP("Tags to add")},
                  {"remove", QT_TR_NOOP("Tags to remove")}};
    for (const auto& [name, label] : labels) {
        if (field == QLatin1String(name)) {
            return tr(label);
        }
    }
    if (field == QLatin1String("data")) {
        return operation == Operation::TrackEvent ? tr("Data") : tr("Properties");
    }
    return apiField;
}

// The reference's own event example sends "id": 1234.
QString BodyValidator::idText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', NumberIdDigits);
    }
    return {};
}

bool BodyValidator::isValidEmail(const QString& email)
{
    // Deliberately simple: one @, no spaces, a dot in the domain. The service is the final judge.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

/// Checks a request body against the API's rules for `operation`, returning every problem found.
ValidationErrors BodyValidator::validate(Operation operation, const QJsonObject& body)
{
    Checker check(operation, body);
    switch (operation) {
        case Operation::Identify:
            check.idOrEmail(body, QString());
            check.channels();
            check.object(QStringLiteral("data"), false);
            break;
        case Operation::EditProperties:
            check.idOrEmail(body, QString());
            check.object(QStringLiteral("changes"), true, true);
            break;
        case Operation::Alias:
            check.identifier(body, QStringLiteral("id"), QStringLiteral("id"), true);
            check.identifier(body, QStringLiteral("new_id"), QStringLiteral("new_id"), true);
            if (check.errors.isEmpty()
                && idText(body.value(QLatin1String("id"))) == idText(body.value(QLatin1String("new_id")))) {
                check.error(QStringLiteral("new_id"), tr("The new id must differ from the current id."));
            }
            break;
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
        case Operation::Delete:
            check.identifier(body, QStringLiteral("id"), QStringLiteral("id"), true);
            break;
        case Operation::TagsEdit:
            check.identifier(body, QStringLiteral("id"), QStringLiteral("id"), true);
            check.tags();
            break;
        case Operation::TrackEvent:
            check.identity();
            check.string(QStringLiteral("event_name"), true);
            check.object(QStringLiteral("data"), false);
            check.object(QStringLiteral("extras"), false);
            break;
        case Operation::Heartbeat:
            break;
    }
    return check.errors;
}
