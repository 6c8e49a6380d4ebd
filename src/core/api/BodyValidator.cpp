#include "core/api/BodyValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BodyValidator", text);
}

class Checker
{
public:
    explicit Checker(const QJsonObject& body)
        : m_body(body)
    {
    }

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
                error(field, tr("%1 is required.").arg(field));
            }
            return;
        }
        const QJsonValue value = object.value(key);
        if (!value.isString() && !value.isDouble()) {
            error(field, tr("%1 must be a string.").arg(field));
            return;
        }
        const QString text = BodyValidator::idText(value);
        if (text.trimmed().isEmpty()) {
            error(field, tr("%1 must not be blank.").arg(field));
        } else if (text.size() > BodyValidator::MaxLength) {
            error(field, tr("%1 must be less than 255 characters (it has %2).").arg(field).arg(text.size()));
        }
    }

    void email(const QJsonObject& object, const QString& key, const QString& field)
    {
        if (!present(object, key)) {
            return;
        }
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            error(field, tr("%1 must be a string.").arg(field));
            return;
        }
        const QString text = value.toString();
        if (text.size() > BodyValidator::MaxLength) {
            error(field, tr("%1 must be less than 255 characters (it has %2).").arg(field).arg(text.size()));
        } else if (!BodyValidator::isValidEmail(text)) {
            error(field, tr("%1 is not a valid email address.").arg(field));
        }
    }

    void idOrEmail(const QJsonObject& object, const QString& prefix)
    {
        const QString idField = prefix + QStringLiteral("id");
        const QString emailField = prefix + QStringLiteral("email");
        if (!present(object, QStringLiteral("id")) && !present(object, QStringLiteral("email"))) {
            error(idField, tr("Either %1 or %2 is required.").arg(idField, emailField));
            return;
        }
        identifier(object, QStringLiteral("id"), idField, false);
        email(object, QStringLiteral("email"), emailField);
    }

    void object(const QString& key, bool required, bool nonEmpty = false)
    {
        if (!m_body.contains(key) || m_body.value(key).isNull()) {
            if (required) {
                error(key, tr("%1 is required.").arg(key));
            }
            return;
        }
        const QJsonValue value = m_body.value(key);
        if (!value.isObject()) {
            error(key, tr("%1 must be a JSON object, like {\"plan\": \"pro\"}.").arg(key));
        } else if (nonEmpty && value.toObject().isEmpty()) {
            error(key, tr("%1 must contain at least one property.").arg(key));
        }
    }

    void string(const QString& key, bool required)
    {
        if (!present(m_body, key)) {
            if (required) {
                error(key, tr("%1 is required.").arg(key));
            }
            return;
        }
        const QJsonValue value = m_body.value(key);
        if (!value.isString()) {
            error(key, tr("%1 must be a string.").arg(key));
        } else if (value.toString().trimmed().isEmpty()) {
            error(key, tr("%1 must not be blank.").arg(key));
        } else if (value.toString().size() > BodyValidator::MaxLength) {
            error(key, tr("%1 must be less than 255 characters (it has %2).").arg(key).arg(value.toString().size()));
        }
    }

    void channels()
    {
        const QString key = QStringLiteral("channels");
        if (!m_body.contains(key) || m_body.value(key).isNull()) {
            return;
        }
        if (!m_body.value(key).isArray()) {
            error(key, tr("channels must be a JSON array of {type, address, platform} objects."));
            return;
        }
        const QJsonArray channels = m_body.value(key).toArray();
        for (int i = 0; i < channels.size(); ++i) {
            const QString prefix = QStringLiteral("channels[%1]").arg(i);
            if (!channels.at(i).isObject()) {
                error(prefix, tr("%1 must be an object with type, address and platform.").arg(prefix));
                continue;
            }
            const QJsonObject channel = channels.at(i).toObject();
            for (const char* part : {"type", "address", "platform"}) {
                const QString field = prefix + QLatin1Char('.') + QLatin1String(part);
                const QJsonValue value = channel.value(QLatin1String(part));
                if (!value.isString() || value.toString().trimmed().isEmpty()) {
                    error(field, tr("%1 is required.").arg(field));
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
            error(key, tr("%1 must be a JSON array of tag names.").arg(key));
            return {};
        }
        QStringList tags;
        const QJsonArray array = m_body.value(key).toArray();
        for (const QJsonValue& value : array) {
            if (!value.isString()) {
                error(key, tr("%1 must contain only tag names (strings).").arg(key));
                return {};
            }
            if (value.toString().trimmed().isEmpty()) {
                error(key, tr("Tag names in %1 must not be empty.").arg(key));
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
            error(QStringLiteral("add"), tr("Give at least one tag to add or to remove."));
            return;
        }
        const QSet<QString> removeSet(remove.cbegin(), remove.cend());
        for (const QString& tag : add) {
            if (removeSet.contains(tag)) {
                error(QStringLiteral("remove"), tr("The tag \"%1\" is both added and removed.").arg(tag));
            }
        }
    }

    void identity()
    {
        const QString key = QStringLiteral("identity");
        const QJsonValue value = m_body.value(key);
        if (value.isUndefined() || value.isNull()) {
            error(QStringLiteral("identity.id"), tr("Either identity.id or identity.email is required."));
            return;
        }
        if (!value.isObject()) {
            error(key, tr("identity must be a JSON object with id and/or email."));
            return;
        }
        idOrEmail(value.toObject(), QStringLiteral("identity."));
    }

private:
    const QJsonObject& m_body;
};

} // namespace

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
    Checker check(body);
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
                check.error(QStringLiteral("new_id"), tr("new_id must differ from id."));
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
