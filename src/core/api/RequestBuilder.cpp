#include "core/api/RequestBuilder.h"

#include "core/api/BodyValidator.h"
#include "core/api/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

void putIfSet(QJsonObject& body, const QString& key, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        body.insert(key, value.trimmed());
    }
}

// Parses a JSON text field. Empty text means "not given"; anything else must be a JSON object.
void putJsonObject(QJsonObject& body, const QString& key, const QString& text, ValidationErrors& errors)
{
    if (text.trimmed().isEmpty()) {
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    // A lone value ("pro", 3) is valid JSON but not an object: say so rather than blame the syntax.
    const bool isJsonValue
        = parseError.error != QJsonParseError::NoError && QJsonDocument::fromJson('[' + text.toUtf8() + ']').isArray();
    if (parseError.error != QJsonParseError::NoError && !isJsonValue) {
        errors.append({key,
                       QCoreApplication::translate("RequestBuilder", "%1 is not valid JSON: %2 (at character %3).")
                           .arg(key, parseError.errorString())
                           .arg(parseError.offset + 1)});
        return;
    }
    if (!document.isObject()) {
        errors.append(
            {key,
             QCoreApplication::translate("RequestBuilder", "%1 must be a JSON object, like {\"plan\": \"pro\"}.")
                 .arg(key)});
        return;
    }
    if (const std::optional<JsonNumbers::Inexact> inexact = JsonNumbers::firstInexact(text)) {
        // A number thousands of digits long is named by its start.
        constexpr qsizetype Shown = 40;
        const auto shown = [](const QString& number) {
            return number.size() > Shown ? number.left(Shown) + QStringLiteral("\u2026") : number;
        };
        errors.append({key,
                       QCoreApplication::translate("RequestBuilder",
                                                   "%1 holds the number %2, which cannot be sent exactly: it would go "
                                                   "out as %3. Put it in quotes to send it as text.")
                           .arg(key, shown(inexact->typed), shown(inexact->sent))});
        return;
    }
    body.insert(key, document.object());
}

QJsonArray tagArray(const QStringList& tags)
{
    QJsonArray array;
    for (const QString& tag : tags) {
        array.append(tag.trimmed());
    }
    return array;
}

} // namespace

/// Builds the request for `input`: method and path from the operation, a JSON body with empty fields left out,
/// then the API's rules (BodyValidator) over that body.
RequestBuilder::Result RequestBuilder::build(const OperationInput& input)
{
    Result result;
    ApiRequest& request = result.request;
    request.operation = input.operation;
    request.method = Operations::method(input.operation);
    request.path = Operations::path(input.operation);
    QJsonObject& body = request.body;
    ValidationErrors& errors = result.errors;

    switch (input.operation) {
        case Operation::Identify:
            putIfSet(body, QStringLiteral("id"), input.id);
            putIfSet(body, QStringLiteral("email"), input.email);
            putIfSet(body, QStringLiteral("phone_number"), input.phone);
            if (!input.channels.isEmpty()) {
                body.insert(QStringLiteral("channels"), input.channels);
            }
            putJsonObject(body, QStringLiteral("data"), input.data, errors);
            break;
        case Operation::EditProperties:
            putIfSet(body, QStringLiteral("id"), input.id);
            putIfSet(body, QStringLiteral("email"), input.email);
            putJsonObject(body, QStringLiteral("changes"), input.changes, errors);
            break;
        case Operation::Alias:
            putIfSet(body, QStringLiteral("id"), input.id);
            putIfSet(body, QStringLiteral("new_id"), input.newId);
            break;
        case Operation::Unsubscribe:
        case Operation::Resubscribe:
        case Operation::Delete:
            putIfSet(body, QStringLiteral("id"), input.id);
            break;
        case Operation::TagsEdit:
            putIfSet(body, QStringLiteral("id"), input.id);
            // Both arrays always go out (docs/vero-api.md, "Requests and bodies").
            body.insert(QStringLiteral("add"), tagArray(input.tagsAdd));
            body.insert(QStringLiteral("remove"), tagArray(input.tagsRemove));
            break;
        case Operation::TrackEvent: {
            QJsonObject identity;
            putIfSet(identity, QStringLiteral("id"), input.id);
            putIfSet(identity, QStringLiteral("email"), input.email);
            body.insert(QStringLiteral("identity"), identity);
            putIfSet(body, QStringLiteral("event_name"), input.eventName);
            putJsonObject(body, QStringLiteral("data"), input.data, errors);
            putJsonObject(body, QStringLiteral("extras"), input.extras, errors);
            break;
        }
        case Operation::Heartbeat:
            break;
    }

    // The "changes is required" rule would repeat a JSON syntax error already reported for the same field.
    const ValidationErrors ruleErrors = BodyValidator::validate(input.operation, body);
    for (const ValidationError& error : ruleErrors) {
        const bool alreadyReported = std::any_of(
            errors.cbegin(), errors.cend(), [&](const ValidationError& e) { return e.field == error.field; });
        if (!alreadyReported) {
            errors.append(error);
        }
    }
    return result;
}
