#include "core/history/HistoryRequestRenderer.h"

#include "core/api/RequestRenderer.h"
#include "core/api/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace {
// Stands in for the credential while building; replaced by a shell expansion afterwards.
const QString Placeholder = QStringLiteral("VERO_CREDENTIAL_PLACEHOLDER_7d1e");
const QString Variable = QStringLiteral("$VERO_AUTH_TOKEN");

// The body as stored, with any credential field left out.
std::optional<QJsonObject> bodyWithoutCredential(const HistoryEntry& entry)
{
    const QJsonDocument document = QJsonDocument::fromJson(entry.requestBody.toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    QJsonObject body = document.object();
    for (const QString& name : Workspace::credentialNames()) {
        body.remove(name);
    }
    return body;
}
} // namespace

/// Each credential field the history masked (query item or body field) becomes '"$VERO_AUTH_TOKEN"'; the
/// masked value itself never reaches the command.
QString HistoryRequestRenderer::toCurl(const HistoryEntry& entry)
{
    const QStringList names = Workspace::credentialNames();

    QUrl url(entry.url);
    QUrlQuery query(url);
    bool urlChanged = false;
    for (const QString& name : names) {
        if (query.hasQueryItem(name)) {
            query.removeAllQueryItems(name);
            query.addQueryItem(name, Placeholder);
            urlChanged = true;
        }
    }
    if (urlChanged) {
        url.setQuery(query);
    }

    QString body = entry.requestBody;
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8());
    if (document.isObject()) {
        QJsonObject object = document.object();
        bool bodyChanged = false;
        for (const QString& name : names) {
            if (object.contains(name)) {
                object.insert(name, Placeholder);
                bodyChanged = true;
            }
        }
        if (bodyChanged) {
            body = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
    }
    // Anything else the history masked (a secret echoed in a field) stays ***.
    const auto quote = [](const QString& text) {
        QString quoted = RequestRenderer::shellQuote(text);
        quoted.replace(Placeholder, QStringLiteral("'\"") + Variable + QStringLiteral("\"'"));
        return quoted;
    };

    const QString method
        = entry.method.isEmpty() ? QString::fromLatin1(Operations::method(entry.operation)) : entry.method;
    QStringList parts {QStringLiteral("curl"), QStringLiteral("--request"), method};
    parts << QStringLiteral("--header") << quote(QStringLiteral("Accept: application/json"));
    if (!body.isEmpty()) {
        parts << QStringLiteral("--header") << quote(QStringLiteral("Content-Type: application/json"));
        parts << QStringLiteral("--data") << quote(body);
    }
    parts << quote(url.toString(QUrl::FullyEncoded));
    return parts.join(QLatin1Char(' '));
}

QString HistoryRequestRenderer::jsonBody(const HistoryEntry& entry)
{
    const std::optional<QJsonObject> body = bodyWithoutCredential(entry);
    if (!body) {
        return entry.requestBody;
    }
    return QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Indented)).trimmed();
}

QString HistoryRequestRenderer::prettyJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        return text;
    }
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}
