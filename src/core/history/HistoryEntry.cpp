#include "core/history/HistoryEntry.h"

#include "core/api/Redaction.h"
#include "core/api/WireRequest.h"
#include "core/api/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <pwd.h>
#include <unistd.h>

namespace {

QString compactJson(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

// The longest prefix of `bytes` no longer than `limit` that does not end inside a UTF-8 sequence.
QByteArray cutUtf8(const QByteArray& bytes, qsizetype limit)
{
    if (bytes.size() <= limit) {
        return bytes;
    }
    // UTF-8 continuation bytes look like 10xxxxxx.
    constexpr uchar ContinuationMask = 0xC0;
    constexpr uchar ContinuationBits = 0x80;
    qsizetype end = limit;
    // Step back over continuation bytes to the start of the cut character.
    while (end > 0 && (uchar(bytes.at(end)) & ContinuationMask) == ContinuationBits) {
        --end;
    }
    return bytes.left(end);
}

} // namespace

OperationInput HistoryEntry::operationInput() const
{
    if (input.isEmpty()) {
        return inputFromBody(operation, QJsonDocument::fromJson(requestBody.toUtf8()).object());
    }
    return OperationInput::fromJson(input);
}

bool HistoryEntry::sentToProduction() const
{
    Workspace target;
    target.baseUrl = QUrl(url);
    return target.isProduction();
}

QString HistoryEntry::userLabel() const
{
    if (operation == Operation::Alias && !newUserId.isEmpty()) {
        return userId + QStringLiteral(" \u2192 ") + newUserId;
    }
    return userId.isEmpty() ? email : userId;
}

void HistoryEntry::setRequest(const OperationInput& operationInput,
                              const QByteArray& requestMethod,
                              const QUrl& requestUrl,
                              const QByteArray& body)
{
    operation = operationInput.operation;
    input = operationInput.toJson();
    method = QString::fromLatin1(requestMethod);
    url = requestUrl.toString(QUrl::FullyEncoded);
    requestBody = QString::fromUtf8(body);
    userId = operationInput.id.trimmed();
    newUserId = operation == Operation::Alias ? operationInput.newId.trimmed() : QString();
    email = operationInput.email.trimmed();
    eventName = operation == Operation::TrackEvent ? operationInput.eventName.trimmed() : QString();
}

void HistoryEntry::setResult(const ApiResult& result)
{
    statusClass = statusClassOf(result);
    httpStatus = result.status;
    message = result.message;
    responseSize = result.body.size();
    const QByteArray kept = cutUtf8(result.body, MaxResponseBytes);
    responseTruncated = kept.size() < result.body.size();
    responseBody = QString::fromUtf8(kept);
    elapsedMs = result.elapsedMs;
    networkError = result.error;
    responseHeaders = ApiResult::headerText(result.headers);
}

void HistoryEntry::redact(const QString& secret)
{
    const QString mask = QString(WireRequest::Redacted);
    // Every encoding of the secret a server may echo (core/api/Redaction), in every text field.
    for (QString* field :
         {&url, &requestBody, &requestHeaders, &responseBody, &responseHeaders, &message, &networkError, &workspace}) {
        *field = Redaction::redact(*field, secret);
    }
    const QString inputText = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
    const QString redactedInput = Redaction::redact(inputText, secret);
    if (redactedInput != inputText) {
        input = QJsonDocument::fromJson(redactedInput.toUtf8()).object();
    }

    // Whatever the caller passed, no credential field keeps a value.
    const QStringList names = Workspace::credentialNames();
    QUrl parsedUrl(url);
    QUrlQuery query(parsedUrl);
    bool urlChanged = false;
    for (const QString& name : names) {
        if (query.hasQueryItem(name)) {
            const QStringList values = query.allQueryItemValues(name);
            if (values != QStringList(values.size(), mask)) {
                query.removeAllQueryItems(name);
                query.addQueryItem(name, mask);
                urlChanged = true;
            }
        }
    }
    if (urlChanged) {
        parsedUrl.setQuery(query);
        url = parsedUrl.toString(QUrl::FullyEncoded);
    }
    QJsonDocument bodyDocument = QJsonDocument::fromJson(requestBody.toUtf8());
    if (bodyDocument.isObject()) {
        QJsonObject body = bodyDocument.object();
        bool bodyChanged = false;
        for (const QString& name : names) {
            if (body.contains(name) && body.value(name) != QJsonValue(mask)) {
                body.insert(name, mask);
                bodyChanged = true;
            }
        }
        if (bodyChanged) {
            requestBody = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
    }
}

QString HistoryEntry::sourceKey(Source source)
{
    switch (source) {
        case Source::Gui:
            return QStringLiteral("gui");
        case Source::Cli:
            return QStringLiteral("cli");
        case Source::Bulk:
            return QStringLiteral("bulk");
    }
    return {};
}

HistoryEntry::Source HistoryEntry::sourceFromKey(const QString& key)
{
    if (key == QLatin1String("cli")) {
        return Source::Cli;
    }
    if (key == QLatin1String("bulk")) {
        return Source::Bulk;
    }
    return Source::Gui;
}

HistoryEntry::StatusClass HistoryEntry::statusClassOf(const ApiResult& result)
{
    if (result.sent && result.cancelled) {
        return StatusClass::Cancelled;
    }
    if (result.outcomeUnknown()) {
        return StatusClass::Unknown;
    }
    switch (result.outcome()) {
        case ApiResult::Outcome::Accepted:
            return StatusClass::Success;
        case ApiResult::Outcome::Rejected:
            return StatusClass::Rejected;
        case ApiResult::Outcome::Failed:
            return StatusClass::Failed;
        case ApiResult::Outcome::NotSent:
            return StatusClass::NotSent;
    }
    return StatusClass::Failed;
}

QString HistoryEntry::currentOperator()
{
    // The account database first: $USER can be unset (services) or stale (su).
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
    const QString fromEnvironment = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return fromEnvironment.isEmpty() ? QString::number(getuid()) : fromEnvironment;
}

OperationInput HistoryEntry::inputFromBody(Operation operation, const QJsonObject& body)
{
    OperationInput input;
    input.operation = operation;
    const QJsonObject identity = body.value(QLatin1String("identity")).toObject();
    if (operation == Operation::TrackEvent) {
        input.id = identity.value(QLatin1String("id")).toVariant().toString();
        input.email = identity.value(QLatin1String("email")).toString();
    } else {
        input.id = body.value(QLatin1String("id")).toVariant().toString();
        input.email = body.value(QLatin1String("email")).toString();
    }
    input.phone = body.value(QLatin1String("phone_number")).toString();
    input.newId = body.value(QLatin1String("new_id")).toVariant().toString();
    input.eventName = body.value(QLatin1String("event_name")).toString();
    input.data = compactJson(body.value(QLatin1String("data")));
    input.changes = compactJson(body.value(QLatin1String("changes")));
    input.extras = compactJson(body.value(QLatin1String("extras")));
    input.channels = body.value(QLatin1String("channels")).toArray();
    input.tagsAdd = stringList(body.value(QLatin1String("add")));
    input.tagsRemove = stringList(body.value(QLatin1String("remove")));
    return input;
}
