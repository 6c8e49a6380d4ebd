#include "core/api/RequestRenderer.h"

#include "core/api/WireRequest.h"

#include <QJsonDocument>

namespace {
// Stands in for the credential while building; replaced by a shell expansion afterwards. Plain ASCII so it
// survives JSON and URL encoding unchanged.
const QString Placeholder = QStringLiteral("VERO_CREDENTIAL_PLACEHOLDER_2f9c");
const QString Variable = QStringLiteral("$VERO_AUTH_TOKEN");
} // namespace

QString RequestRenderer::shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QJsonObject RequestRenderer::toJson(const ApiRequest& request, const Workspace& workspace)
{
    const WireRequest wire = WireRequest::redacted(request, workspace);
    QJsonObject headers;
    for (const auto& [name, value] : wire.headers) {
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    QJsonObject json;
    json.insert(QStringLiteral("method"), QString::fromLatin1(wire.method));
    json.insert(QStringLiteral("url"), wire.url.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("headers"), headers);
    json.insert(QStringLiteral("body"),
                wire.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(QJsonDocument::fromJson(wire.body).object()));
    return json;
}

/// A curl command that reproduces the request. Each piece holding the placeholder is single-quoted with the
/// placeholder spliced out as '"$VERO_AUTH_TOKEN"', so the shell expands the variable and nothing else.
QString RequestRenderer::toCurl(const ApiRequest& request, const Workspace& workspace)
{
    const WireRequest wire = WireRequest::build(request, workspace, Placeholder);
    const auto quote = [](const QString& text) {
        QString quoted = shellQuote(text);
        quoted.replace(Placeholder, QStringLiteral("'\"") + Variable + QStringLiteral("\"'"));
        return quoted;
    };
    QStringList parts {QStringLiteral("curl"), QStringLiteral("--request"), QString::fromLatin1(wire.method)};
    for (const auto& [name, value] : wire.headers) {
        parts << QStringLiteral("--header") << quote(QString::fromLatin1(name + ": " + value));
    }
    if (!wire.body.isEmpty()) {
        parts << QStringLiteral("--data") << quote(QString::fromUtf8(wire.body));
    }
    parts << quote(wire.url.toString(QUrl::FullyEncoded));
    return parts.join(QLatin1Char(' '));
}
