#include "sandbox/RequestDecoder.h"

#include "core/api/BodyValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RequestDecoder", text);
}

std::optional<QString> strictUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

// One name=value pair of application/x-www-form-urlencoded text ('+' is a space there).
QByteArray formDecode(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QByteArray::fromPercentEncoding(bytes);
}

// Form values that are JSON text (add=["prospect"], data={"plan":"pro"}) are read as JSON, as the service does.
QJsonValue formValue(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        }
    }
    return text;
}

struct FormPair
{
    QString name;
    QString value;
};

// Splits form text into decoded pairs; nothing when a name or value is not UTF-8.
std::optional<QList<FormPair>> formPairs(const QByteArray& text)
{
    QList<FormPair> pairs;
    const QList<QByteArray> parts = text.split('&');
    for (const QByteArray& part : parts) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype equals = part.indexOf('=');
        const std::optional<QString> name = strictUtf8(formDecode(equals < 0 ? part : part.left(equals)));
        const std::optional<QString> value = strictUtf8(equals < 0 ? QByteArray() : formDecode(part.mid(equals + 1)));
        if (!name || !value) {
            return std::nullopt;
        }
        pairs.append({*name, *value});
    }
    return pairs;
}

// Rails-style names as old integrations send them: add[]=a&add[]=b, identity[id]=1&identity[email]=x.
void insertFormField(QJsonObject& object, const QString& name, const QString& text)
{
    static const QRegularExpression nested(QStringLiteral(R"(^([^\[\]]+)\[([^\[\]]*)\]$)"));
    const QRegularExpressionMatch match = nested.match(name);
    if (!match.hasMatch()) {
        object.insert(name, formValue(text));
        return;
    }
    const QString outer = match.captured(1);
    const QString inner = match.captured(2);
    if (inner.isEmpty()) {
        QJsonArray array = object.value(outer).toArray();
        array.append(formValue(text));
        object.insert(outer, array);
    } else {
        QJsonObject child = object.value(outer).toObject();
        child.insert(inner, formValue(text));
        object.insert(outer, child);
    }
}

// A credential sent as a number or string reads as its text, like an id; anything else as its JSON.
QString credentialText(const QJsonValue& value)
{
    if (value.isString() || value.isDouble()) {
        return BodyValidator::idText(value);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

} // namespace

bool RequestDecoder::isCredentialName(const QString& name)
{
    return name == QLatin1String("auth_token") || name == QLatin1String("tracking_api_key");
}

QJsonObject RequestDecoder::Result::loggedParams() const
{
    QJsonObject logged = params;
    for (const QString& name : credentialNamesInBody) {
        logged.insert(name, QStringLiteral("***"));
    }
    return logged;
}

/// Reads the body by its Content-Type (sniffing when there is none), then adds query fields the body lacks.
RequestDecoder::Result RequestDecoder::decode(const QByteArray& contentType, const QByteArray& body, const QUrl& url)
{
    Result result;
    auto fail = [&result](const QString& message) {
        result.ok = false;
        result.error = message;
        return result;
    };

    if (body.size() > MaxBodyBytes) {
        return fail(
            tr("The request body is %1 bytes; the limit is 1 MiB (%2 bytes).").arg(body.size()).arg(MaxBodyBytes));
    }
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    const QByteArray trimmedBody = body.trimmed();
    bool json = false;
    if (mediaType == "application/json" || mediaType.endsWith("+json")) {
        json = true;
    } else if (mediaType == "application/x-www-form-urlencoded") {
        json = false;
    } else if (mediaType.isEmpty() || mediaType == "text/plain") {
        json = trimmedBody.startsWith('{') || trimmedBody.startsWith('[');
    } else {
        return fail(tr("Content-Type %1 is not supported: send JSON (application/json) or form fields "
                       "(application/x-www-form-urlencoded).")
                        .arg(QString::fromLatin1(mediaType)));
    }

    QJsonObject bodyFields;
    if (json && !trimmedBody.isEmpty()) {
        if (!strictUtf8(body)) {
            return fail(tr("The request body is not valid UTF-8 text."));
        }
        if (!trimmedBody.startsWith('{') && !trimmedBody.startsWith('[')) {
            return fail(tr("The request body must be a JSON object, like {\"id\": \"123\"}."));
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return fail(tr("The request body is not valid JSON: %1 at character %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset + 1));
        }
        if (!document.isObject()) {
            return fail(tr("The request body must be a JSON object, like {\"id\": \"123\"}."));
        }
        bodyFields = document.object();
    } else if (!json) {
        const std::optional<QList<FormPair>> pairs = formPairs(body);
        if (!pairs) {
            return fail(tr("The request body is not valid UTF-8 text."));
        }
        for (const FormPair& pair : *pairs) {
            insertFormField(bodyFields, pair.name, pair.value);
        }
    }

    for (auto it = bodyFields.constBegin(); it != bodyFields.constEnd(); ++it) {
        if (isCredentialName(it.key())) {
            result.credentials.append(credentialText(it.value()));
            result.credentialNamesInBody.append(it.key());
        } else {
            result.params.insert(it.key(), it.value());
        }
    }

    const std::optional<QList<FormPair>> queryPairs = formPairs(url.query(QUrl::FullyEncoded).toLatin1());
    if (!queryPairs) {
        return fail(tr("The query string is not valid UTF-8 text."));
    }
    QJsonObject queryFields;
    for (const FormPair& pair : *queryPairs) {
        if (isCredentialName(pair.name)) {
            result.credentials.append(pair.value);
            result.credentialNamesInQuery.append(pair.name);
        } else {
            insertFormField(queryFields, pair.name, pair.value);
        }
    }
    for (auto it = queryFields.constBegin(); it != queryFields.constEnd(); ++it) {
        if (!result.params.contains(it.key())) {
            result.params.insert(it.key(), it.value());
        }
    }
    return result;
}

QString RequestDecoder::redactedTarget(const QUrl& url)
{
    QString target = url.path(QUrl::FullyEncoded);
    if (!url.hasQuery()) {
        return target;
    }
    QStringList parts;
    const QStringList items = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
    for (const QString& item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString name = QString::fromUtf8(formDecode((equals < 0 ? item : item.left(equals)).toLatin1()));
        parts.append(isCredentialName(name) ? item.left(equals < 0 ? item.size() : equals) + QStringLiteral("=***")
                                            : item);
    }
    return target + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}
