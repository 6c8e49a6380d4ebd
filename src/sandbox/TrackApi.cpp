#include "sandbox/TrackApi.h"

#include "core/api/BodyValidator.h"
#include "core/api/Operation.h"
#include "sandbox/RequestDecoder.h"
#include "sandbox/SandboxState.h"

#include <QCoreApplication>

#include <optional>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TrackApi", text);
}

const QLatin1String Prefix("/api/v2/");

// "users/track", "users/track.json" and "users/track/" all name the same endpoint (docs/vero-api.md, "Endpoints").
QString endpointPath(const QString& path)
{
    QString endpoint = path.mid(Prefix.size());
    while (endpoint.endsWith(QLatin1Char('/'))) {
        endpoint.chop(1);
    }
    const QLatin1String json(".json");
    if (endpoint.endsWith(json)) {
        endpoint.chop(json.size());
    }
    return endpoint;
}

} // namespace

TrackApi::TrackApi(SandboxState* state, const QStringList& validTokens)
    : m_state(state)
    , m_validTokens(validTokens)
{
}

bool TrackApi::handles(const QString& path)
{
    return path == QLatin1String("/api/v2") || path.startsWith(Prefix);
}

TrackApi::Handled TrackApi::handle(const SandboxRequest& request)
{
    const QByteArray& method = request.method;
    const QUrl url = request.url();
    Handled handled;
    const QString endpoint = endpointPath(url.path());
    std::optional<Operation> operation;
    for (Operation candidate : Operations::all()) {
        if (Operations::path(candidate) == endpoint) {
            operation = candidate;
        }
    }
    if (!operation) {
        handled.reply = SandboxReply::statusMessage(404, tr("Not found: there is no endpoint %1.").arg(url.path()));
        return handled;
    }
    handled.operation = Operations::key(*operation);
    if (Operations::method(*operation) != method) {
        handled.reply = SandboxReply::statusMessage(404,
                                                    tr("Not found: %1 takes %2, not %3.")
                                                        .arg(Operations::path(*operation),
                                                             QString::fromLatin1(Operations::method(*operation)),
                                                             QString::fromLatin1(method)));
        return handled;
    }
    if (*operation == Operation::Heartbeat) {
        handled.reply = SandboxReply::statusMessage(200, QStringLiteral("Success."));
        return handled;
    }

    const RequestDecoder::Result decoded = RequestDecoder::decode(request.header("content-type"), request.body, url);
    if (!decoded.ok) {
        handled.reply = SandboxReply::statusMessage(400, decoded.error);
        handled.note = tr("Body not readable; nothing changed.");
        return handled;
    }
    handled.loggedBody = decoded.loggedParams();

    const ValidationErrors errors = BodyValidator::validate(*operation, decoded.params);
    if (!errors.isEmpty()) {
        QStringList messages;
        // The API field first, as a developer reading the answer looks for it.
        for (const ValidationError& error : errors) {
            messages.append(QStringLiteral("%1: %2").arg(error.field, error.message));
        }
        handled.reply = SandboxReply::statusMessage(400, messages.join(QLatin1Char(' ')));
        handled.note = tr("Invalid parameters; nothing changed.");
        return handled;
    }

    if (decoded.credentials.isEmpty()) {
        handled.reply = SandboxReply::statusMessage(
            401, tr("Unauthorized: no credential. Send auth_token or tracking_api_key in the body or the query."));
        handled.note = tr("No credential; nothing changed.");
        return handled;
    }
    const bool valid = std::any_of(decoded.credentials.cbegin(),
                                   decoded.credentials.cend(),
                                   [this](const QString& given) { return m_validTokens.contains(given); });
    if (!valid) {
        handled.reply = SandboxReply::statusMessage(401, tr("Unauthorized: the credential is not valid."));
        handled.note = tr("Invalid credential; nothing changed.");
        return handled;
    }

    const SandboxState::Outcome outcome = m_state->apply(*operation, decoded.params);
    handled.note = outcome.note;
    handled.reply = SandboxReply::statusMessage(200, QStringLiteral("Success."));
    return handled;
}
