#include "core/api/RequestRenderer.h"

#include "core/api/WireRequest.h"

#include <QJsonDocument>
#include <QUuid>

namespace {

// How the printed command gets the credential when it runs: from the environment, never from the text, and
// encoded by the shell exactly as veroctl encodes it. ${...:?} says so when it is unset.
// In the query: percent-encoded like QUrl::toPercentEncoding (letters, digits and -._~ kept, every other byte
// as %XX in upper case, which is what Qt sends; curl's --url-query would write lower case), with od and awk,
// which every POSIX system has. Joined, never passed to QString::arg(), which would take %02X for a placeholder.
const QString QueryEncodedVariable
    = QStringLiteral("\"$(printf '%s' \"${VERO_AUTH_TOKEN:?}\" | od -An -v -tu1 | awk '{for(i=1;i<=NF;i++){c=$i+0;"
                     "if((c>=48&&c<=57)||(c>=65&&c<=90)||(c>=97&&c<=122)||c==45||c==46||c==95||c==126)printf \"%c\",c;"
                     "else printf \"%%%02X\",c}}')\"");
// In a JSON string: the credential with " and \ escaped, as QJsonDocument writes them (CredentialText refuses
// every other character JSON would escape).
const QString JsonEscapedVariable
    = QStringLiteral("\"$(printf '%s' \"${VERO_AUTH_TOKEN:?}\" | sed 's/[\\\\\"]/\\\\&/g')\"");

// A stand-in for the credential while the request is built, then cut out. Random, and checked against the
// request, so no text a user typed can ever be taken for it.
struct WithPlaceholder
{
    QString placeholder;
    WireRequest wire;
};

WithPlaceholder buildWithPlaceholder(const ApiRequest& request, const Workspace& workspace)
{
    const qsizetype expected = Operations::needsCredential(request.operation) ? 1 : 0;
    for (;;) {
        const QString placeholder = QStringLiteral("vero-credential-") + QUuid::createUuid().toString(QUuid::Id128);
        const WireRequest wire = WireRequest::build(request, workspace, placeholder);
        const qsizetype found = QString::fromUtf8(wire.body).count(placeholder)
                                + wire.url.toString(QUrl::FullyEncoded).count(placeholder);
        if (found == expected) {
            return {placeholder, wire};
        }
    }
}

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

/// A curl command that sends what veroctl sends: the same method, path, query and body bytes. The credential
/// comes from $VERO_AUTH_TOKEN when the command runs, spliced into the single-quoted text where it goes: in the
/// query percent-encoded by the shell as veroctl does it, in the body with " and \ escaped. Everything else is
/// single-quoted, so nothing in it is expanded.
QString RequestRenderer::toCurl(const ApiRequest& request, const Workspace& workspace)
{
    const auto [placeholder, wire] = buildWithPlaceholder(request, workspace);
    QStringList parts {QStringLiteral("curl"),
                       QStringLiteral("--globoff"),
                       QStringLiteral("--request"),
                       QString::fromLatin1(wire.method)};
    for (const auto& [name, value] : wire.headers) {
        parts << QStringLiteral("--header") << shellQuote(QString::fromLatin1(name + ": " + value));
    }
    if (!wire.body.isEmpty()) {
        QString body = shellQuote(QString::fromUtf8(wire.body));
        body.replace(placeholder, QLatin1Char('\'') + JsonEscapedVariable + QLatin1Char('\''));
        parts << QStringLiteral("--data-binary") << body;
    }
    // In the query the placeholder (letters, digits and -) stands as it is: the shell puts the encoded
    // credential in its place.
    QString url = shellQuote(wire.url.toString(QUrl::FullyEncoded));
    url.replace(placeholder, QLatin1Char('\'') + QueryEncodedVariable + QLatin1Char('\''));
    parts << url;
    return parts.join(QLatin1Char(' '));
}
