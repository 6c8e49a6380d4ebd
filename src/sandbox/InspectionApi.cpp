#include "sandbox/InspectionApi.h"

#include "sandbox/FaultInjector.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>
#include <optional>

namespace {

const QLatin1String Prefix("/sandbox");
constexpr int Unauthorized = 401;

// Compares every token in full, so the time taken says nothing about how much of a guess was right.
bool constantTimeContains(const QStringList& tokens, const QString& given)
{
    const QByteArray candidate = given.toUtf8();
    bool found = false;
    for (const QString& token : tokens) {
        const QByteArray expected = token.toUtf8();
        unsigned char difference = expected.size() == candidate.size() ? 0 : 1;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            difference |= static_cast<unsigned char>(expected.at(i) ^ (i < candidate.size() ? candidate.at(i) : 0));
        }
        found = found || difference == 0;
    }
    return found && !candidate.isEmpty();
}

std::optional<QJsonObject> jsonObject(const QByteArray& body, QString* error)
{
    if (body.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = InspectionApi::tr("The body must be a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

SandboxReply notAllowed(const QByteArray& method, const QString& path)
{
    return SandboxReply::statusMessage(
        404, InspectionApi::tr("Not found: %1 does not take %2.").arg(path, QString::fromLatin1(method)));
}

} // namespace

InspectionApi::InspectionApi(SandboxState* state,
                             RequestLog* log,
                             SandboxClock* clock,
                             FaultInjector* faults,
                             const QStringList& tokens)
    : m_state(state)
    , m_log(log)
    , m_clock(clock)
    , m_faults(faults)
    , m_tokens(tokens)
{
}

bool InspectionApi::handles(const QString& path)
{
    return path == Prefix || path.startsWith(Prefix + QLatin1Char('/'));
}

std::optional<SandboxReply> InspectionApi::unauthorized(const SandboxRequest& request) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const QByteArray scheme("bearer ");
    QString message;
    if (authorization.isEmpty()) {
        message = tr("Unauthorized: the sandbox's own pages need one of its tokens, sent as \"Authorization: "
                     "Bearer TOKEN\".");
    } else if (!authorization.left(scheme.size()).toLower().startsWith(scheme)) {
        message = tr("Unauthorized: send the token as \"Authorization: Bearer TOKEN\".");
    } else if (!constantTimeContains(m_tokens, QString::fromUtf8(authorization.mid(scheme.size()).trimmed()))) {
        message = tr("Unauthorized: the Bearer token is not one of the sandbox's tokens.");
    } else {
        return std::nullopt;
    }
    SandboxReply reply = SandboxReply::statusMessage(Unauthorized, message);
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"vero-sandbox\"")});
    return reply;
}

SandboxReply InspectionApi::handle(const SandboxRequest& request)
{
    if (const std::optional<SandboxReply> refusal = unauthorized(request)) {
        return *refusal;
    }
    const QByteArray& method = request.method;
    const QUrl url = request.url();
    const QByteArray& body = request.body;
    // The encoded path, so that an id holding '/' (sent as %2F) stays one segment.
    QString rest = url.path(QUrl::FullyEncoded).mid(Prefix.size());
    while (rest.endsWith(QLatin1Char('/'))) {
        rest.chop(1);
    }
    const QUrlQuery query(url);
    const bool get = method == "GET";

    if (rest.isEmpty()) {
        return get ? summary() : notAllowed(method, url.path());
    }
    if (rest == QLatin1String("/users")) {
        return get ? users() : notAllowed(method, url.path());
    }
    const QLatin1String usersPrefix("/users/");
    if (rest.startsWith(usersPrefix)) {
        const QString id = QUrl::fromPercentEncoding(rest.mid(usersPrefix.size()).toLatin1());
        return get ? user(id) : notAllowed(method, url.path());
    }
    if (rest == QLatin1String("/events")) {
        return get ? events(query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded))
                   : notAllowed(method, url.path());
    }
    if (rest == QLatin1String("/requests")) {
        return get ? requests(query.queryItemValue(QStringLiteral("limit"))) : notAllowed(method, url.path());
    }
    if (rest == QLatin1String("/reset")) {
        return method == "POST" ? reset() : notAllowed(method, url.path());
    }
    if (rest == QLatin1String("/clock")) {
        return clock(method, body);
    }
    if (rest == QLatin1String("/faults")) {
        return faults(method, body);
    }
    return SandboxReply::statusMessage(404, tr("Not found: there is no sandbox page %1.").arg(url.path()));
}

SandboxReply InspectionApi::summary() const
{
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("users"), m_state->userCount()},
                                           {QStringLiteral("events"), m_state->eventCount()},
                                           {QStringLiteral("requests"), m_log->size()},
                                           {QStringLiteral("dedup_window_seconds"), m_state->dedupWindowSeconds()},
                                           {QStringLiteral("now"), m_clock->now().toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("clock_offset_seconds"), m_clock->offsetSeconds()},
                                           {QStringLiteral("faults"), m_faults->settings().toJson()}});
}

SandboxReply InspectionApi::users() const
{
    QHash<QString, int> eventCounts;
    const QList<SandboxEvent> allEvents = m_state->events();
    for (const SandboxEvent& event : allEvents) {
        ++eventCounts[event.userId];
    }
    QJsonArray array;
    const QList<SandboxUser> allUsers = m_state->users();
    for (const SandboxUser& user : allUsers) {
        QJsonObject json = user.toJson();
        json.insert(QStringLiteral("event_count"), eventCounts.value(user.id));
        array.append(json);
    }
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("users"), array}});
}

SandboxReply InspectionApi::user(const QString& id) const
{
    const std::optional<SandboxUser> found = m_state->user(id);
    if (!found) {
        return SandboxReply::statusMessage(404, tr("There is no user \"%1\".").arg(id));
    }
    QJsonArray events;
    const QList<SandboxEvent> userEvents = m_state->events(id);
    for (const SandboxEvent& event : userEvents) {
        events.append(event.toJson());
    }
    QJsonObject json = found->toJson();
    json.insert(QStringLiteral("event_count"), events.size());
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("user"), json}, {QStringLiteral("events"), events}});
}

SandboxReply InspectionApi::events(const QString& userId) const
{
    QJsonArray array;
    const QList<SandboxEvent> selected = m_state->events(userId);
    for (const SandboxEvent& event : selected) {
        array.append(event.toJson());
    }
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("events"), array}});
}

SandboxReply InspectionApi::requests(const QString& limitText) const
{
    bool ok = true;
    const int limit = limitText.isEmpty() ? 0 : limitText.toInt(&ok);
    if (!ok || limit < 0) {
        return SandboxReply::statusMessage(
            400, tr("limit must be a whole number of requests, 0 (all) or more (got \"%1\").").arg(limitText.left(40)));
    }
    QJsonArray array;
    const QList<RequestLog::Entry> entries = m_log->entries(limit);
    for (const RequestLog::Entry& entry : entries) {
        array.append(entry.toJson());
    }
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("requests"), array}});
}

SandboxReply InspectionApi::reset()
{
    m_state->reset();
    m_log->clear();
    return SandboxReply::statusMessage(200, tr("The sandbox was reset: no users, events or logged requests."));
}

SandboxReply InspectionApi::clock(const QByteArray& method, const QByteArray& body)
{
    if (method == "POST" || method == "PUT") {
        QString error;
        const std::optional<QJsonObject> json = jsonObject(body, &error);
        if (!json) {
            return SandboxReply::statusMessage(400, error);
        }
        const QJsonValue advance = json->value(QLatin1String("advance_seconds"));
        const QJsonValue offset = json->value(QLatin1String("offset_seconds"));
        double wanted = 0;
        if (advance.isDouble()) {
            wanted = double(m_clock->offsetSeconds()) + advance.toDouble();
        } else if (offset.isDouble()) {
            wanted = offset.toDouble();
        } else {
            return SandboxReply::statusMessage(400, tr("Give advance_seconds or offset_seconds as a number."));
        }
        // Checked as a double, before any conversion: 1e300 seconds must be refused, not wrapped around.
        const double given = advance.isDouble() ? advance.toDouble() : offset.toDouble();
        if (given != std::floor(given) || std::fabs(wanted) > double(SandboxClock::MaxOffsetSeconds)) {
            return SandboxReply::statusMessage(
                400,
                tr("%1 must be a whole number of seconds that keeps the sandbox's clock within %2 seconds (about "
                   "100 years) of the real time; the offset is now %3.")
                    .arg(advance.isDouble() ? QStringLiteral("advance_seconds") : QStringLiteral("offset_seconds"))
                    .arg(SandboxClock::MaxOffsetSeconds)
                    .arg(m_clock->offsetSeconds()));
        }
        m_clock->setOffsetSeconds(qint64(wanted));
    } else if (method != "GET") {
        return notAllowed(method, QStringLiteral("/sandbox/clock"));
    }
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("now"), m_clock->now().toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("offset_seconds"), m_clock->offsetSeconds()}});
}

SandboxReply InspectionApi::faults(const QByteArray& method, const QByteArray& body)
{
    if (method == "POST" || method == "PUT") {
        QString error;
        const std::optional<QJsonObject> json = jsonObject(body, &error);
        if (!json) {
            return SandboxReply::statusMessage(400, error);
        }
        FaultInjector::Settings settings = m_faults->settings();
        error = settings.applyJson(*json);
        if (!error.isEmpty()) {
            return SandboxReply::statusMessage(400, error);
        }
        m_faults->setSettings(settings);
    } else if (method != "GET") {
        return notAllowed(method, QStringLiteral("/sandbox/faults"));
    }
    return SandboxReply::json(200, m_faults->settings().toJson());
}
