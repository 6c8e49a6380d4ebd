#include "sandbox/SandboxState.h"

#include "core/api/BodyValidator.h"
#include "core/api/EventName.h"
#include "core/api/VeroRecommendations.h"
#include "sandbox/SandboxClock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString idText(const QJsonValue& value)
{
    return BodyValidator::idText(value).trimmed();
}

void mergeInto(QJsonObject& target, const QJsonObject& source)
{
    for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
        target.insert(it.key(), it.value());
    }
}

} // namespace

SandboxState::SandboxState(const SandboxClock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

std::optional<SandboxUser> SandboxState::user(const QString& id) const
{
    const auto it = m_users.constFind(id);
    if (it == m_users.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

QList<SandboxEvent> SandboxState::events(const QString& userId) const
{
    if (userId.isEmpty()) {
        return m_events;
    }
    QList<SandboxEvent> result;
    for (const SandboxEvent& event : m_events) {
        if (event.userId == userId) {
            result.append(event);
        }
    }
    return result;
}

void SandboxState::reset()
{
    m_users.clear();
    m_events.clear();
    m_recentKeys.clear();
    m_nextEventId = 1;
    emit changed();
}

SandboxState::Outcome SandboxState::apply(Operation operation, const QJsonObject& body)
{
    Outcome outcome;
    switch (operation) {
        case Operation::Identify:
            outcome = identify(body);
            break;
        case Operation::EditProperties:
            outcome = edit(body);
            break;
        case Operation::Alias:
            outcome = alias(body);
            break;
        case Operation::Unsubscribe:
            outcome = setSubscribed(body, false);
            break;
        case Operation::Resubscribe:
            outcome = setSubscribed(body, true);
            break;
        case Operation::Delete:
            outcome = remove(body);
            break;
        case Operation::TagsEdit:
            outcome = editTags(body);
            break;
        case Operation::TrackEvent:
            outcome = trackEvent(body);
            break;
        case Operation::Heartbeat:
            outcome.note = tr("Connection test: nothing to change.");
            break;
    }
    if (outcome.changed) {
        emit changed();
    }
    return outcome;
}

QString SandboxState::resolveId(const QJsonObject& object) const
{
    const QString id = idText(object.value(QLatin1String("id")));
    if (!id.isEmpty()) {
        return id;
    }
    const QString email = object.value(QLatin1String("email")).toString().trimmed();
    for (const SandboxUser& user : m_users) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0) {
            return user.id;
        }
    }
    return email;
}

SandboxUser* SandboxState::findExisting(const QJsonObject& object)
{
    const auto it = m_users.find(resolveId(object));
    return it == m_users.end() ? nullptr : &it.value();
}

SandboxUser& SandboxState::createOrFind(const QString& id, bool* created)
{
    auto it = m_users.find(id);
    *created = it == m_users.end();
    if (*created) {
        SandboxUser user;
        user.id = id;
        user.createdAt = m_clock->now();
        user.updatedAt = user.createdAt;
        it = m_users.insert(id, user);
    }
    return it.value();
}

SandboxState::Outcome SandboxState::identify(const QJsonObject& body)
{
    bool created = false;
    SandboxUser& user = createOrFind(resolveId(body), &created);
    const QString email = body.value(QLatin1String("email")).toString().trimmed();
    if (!email.isEmpty()) {
        user.email = email;
    }
    const QString phone = body.value(QLatin1String("phone_number")).toString().trimmed();
    if (!phone.isEmpty()) {
        user.phoneNumber = phone;
    }
    const QJsonArray channels = body.value(QLatin1String("channels")).toArray();
    for (const QJsonValue& channel : channels) {
        user.addChannel(channel.toObject());
    }
    mergeInto(user.properties, body.value(QLatin1String("data")).toObject());
    user.updatedAt = m_clock->now();
    return {true, created ? tr("Created user \"%1\".").arg(user.id) : tr("Updated user \"%1\".").arg(user.id)};
}

SandboxState::Outcome SandboxState::edit(const QJsonObject& body)
{
    SandboxUser* user = findExisting(body);
    if (!user) {
        return {false, tr("No user \"%1\": nothing changed.").arg(resolveId(body))};
    }
    mergeInto(user->properties, body.value(QLatin1String("changes")).toObject());
    user->updatedAt = m_clock->now();
    return {true, tr("Changed the properties of user \"%1\".").arg(user->id)};
}

// The surviving user (new_id) keeps its own values; the old user's properties, tags and channels fill the gaps.
// An unsubscribe on either side wins: merging must never re-subscribe someone who opted out.
SandboxState::Outcome SandboxState::alias(const QJsonObject& body)
{
    const QString oldId = idText(body.value(QLatin1String("id")));
    const QString newId = idText(body.value(QLatin1String("new_id")));
    const auto oldIt = m_users.constFind(oldId);
    if (oldIt == m_users.constEnd()) {
        return {false, tr("No user \"%1\": nothing changed.").arg(oldId)};
    }
    SandboxUser moved = oldIt.value();
    m_users.remove(oldId);
    for (SandboxEvent& event : m_events) {
        if (event.userId == oldId) {
            event.userId = newId;
        }
    }
    rebuildRecentKeys(); // the moved events' keys name the new id now
    const auto newIt = m_users.find(newId);
    if (newIt == m_users.end()) {
        moved.id = newId;
        moved.updatedAt = m_clock->now();
        m_users.insert(newId, moved);
        return {true, tr("Moved user \"%1\" to the id \"%2\".").arg(oldId, newId)};
    }
    SandboxUser& target = newIt.value();
    for (auto it = moved.properties.constBegin(); it != moved.properties.constEnd(); ++it) {
        if (!target.properties.contains(it.key())) {
            target.properties.insert(it.key(), it.value());
        }
    }
    for (const QString& tag : std::as_const(moved.tags)) {
        target.addTag(tag);
    }
    for (const QJsonValue& channel : std::as_const(moved.channels)) {
        target.addChannel(channel.toObject());
    }
    if (target.email.isEmpty()) {
        target.email = moved.email;
    }
    if (target.phoneNumber.isEmpty()) {
        target.phoneNumber = moved.phoneNumber;
    }
    target.subscribed = target.subscribed && moved.subscribed;
    target.createdAt = std::min(target.createdAt, moved.createdAt);
    target.updatedAt = m_clock->now();
    return {true, tr("Merged user \"%1\" into the existing user \"%2\".").arg(oldId, newId)};
}

SandboxState::Outcome SandboxState::setSubscribed(const QJsonObject& body, bool subscribed)
{
    SandboxUser* user = findExisting(body);
    if (!user) {
        return {false, tr("No user \"%1\": nothing changed.").arg(resolveId(body))};
    }
    if (user->subscribed == subscribed) {
        return {false,
                subscribed ? tr("User \"%1\" was already subscribed.").arg(user->id)
                           : tr("User \"%1\" was already unsubscribed.").arg(user->id)};
    }
    user->subscribed = subscribed;
    user->updatedAt = m_clock->now();
    return {true,
            subscribed ? tr("Resubscribed user \"%1\".").arg(user->id) : tr("Unsubscribed user \"%1\".").arg(user->id)};
}

SandboxState::Outcome SandboxState::remove(const QJsonObject& body)
{
    const QString id = resolveId(body);
    if (!m_users.remove(id)) {
        return {false, tr("No user \"%1\": nothing deleted.").arg(id)};
    }
    const qsizetype removed = m_events.removeIf([&id](const SandboxEvent& event) { return event.userId == id; });
    return {true, tr("Deleted user \"%1\" and %n event(s).", nullptr, int(removed)).arg(id)};
}

SandboxState::Outcome SandboxState::editTags(const QJsonObject& body)
{
    SandboxUser* user = findExisting(body);
    if (!user) {
        return {false, tr("No user \"%1\": nothing changed.").arg(resolveId(body))};
    }
    QStringList added;
    QStringList removed;
    const QJsonArray add = body.value(QLatin1String("add")).toArray();
    for (const QJsonValue& tag : add) {
        if (user->addTag(tag.toString().trimmed())) {
            added.append(tag.toString().trimmed());
        }
    }
    const QJsonArray remove = body.value(QLatin1String("remove")).toArray();
    for (const QJsonValue& tag : remove) {
        if (user->removeTag(tag.toString().trimmed())) {
            removed.append(tag.toString().trimmed());
        }
    }
    // Vero treats the tag "unsubscribed" as an unsubscribe (its CSV imports use it that way).
    const bool unsubscribes = user->subscribed && std::any_of(added.cbegin(), added.cend(), [](const QString& tag) {
                                  return VeroRecommendations::isUnsubscribeTag(tag);
                              });
    if (unsubscribes) {
        user->subscribed = false;
    }
    if (added.isEmpty() && removed.isEmpty()) {
        return {false, tr("Tags of user \"%1\" unchanged.").arg(user->id)};
    }
    user->updatedAt = m_clock->now();
    QStringList parts;
    if (!added.isEmpty()) {
        parts.append(tr("added %1").arg(added.join(QStringLiteral(", "))));
    }
    if (!removed.isEmpty()) {
        parts.append(tr("removed %1").arg(removed.join(QStringLiteral(", "))));
    }
    if (unsubscribes) {
        parts.append(tr("unsubscribed by the tag"));
    }
    return {true, tr("Tags of user \"%1\": %2.").arg(user->id, parts.join(QStringLiteral("; ")))};
}

SandboxState::Outcome SandboxState::trackEvent(const QJsonObject& body)
{
    const QJsonObject identity = body.value(QLatin1String("identity")).toObject();
    const QDateTime now = m_clock->now();
    SandboxEvent event;
    event.userId = resolveId(identity);
    event.name = body.value(QLatin1String("event_name")).toString().trimmed();
    event.normalisedName = EventName::normalised(event.name);
    event.data = body.value(QLatin1String("data")).toObject();
    event.extras = body.value(QLatin1String("extras")).toObject();
    event.receivedAt = now;

    const QString key = event.dedupKey();
    const QDateTime windowStart = EventDedup::windowStart(now, m_dedupWindowSeconds);
    const auto recent = m_recentKeys.constFind(key);
    if (m_dedupWindowSeconds > 0 && recent != m_recentKeys.constEnd() && recent->receivedAt >= windowStart) {
        // Deleted users take their events along; a key whose event is gone is no longer a duplicate.
        if (SandboxEvent* original = findEvent(recent->eventId)) {
            ++original->duplicatesDropped;
            return {true,
                    tr("Duplicate of event %1 within the %2-second window: dropped.")
                        .arg(original->id)
                        .arg(m_dedupWindowSeconds)};
        }
    }

    bool created = false;
    SandboxUser& user = createOrFind(event.userId, &created);
    const QString email = identity.value(QLatin1String("email")).toString().trimmed();
    if (user.email.isEmpty() && !email.isEmpty()) {
        user.email = email;
    }
    if (created) {
        user.updatedAt = now;
    }
    event.id = m_nextEventId++;
    m_events.append(event);
    m_recentKeys.insert(key, {event.id, event.receivedAt});
    if (++m_insertsSincePrune >= 1024) {
        pruneRecentKeys(windowStart);
    }
    return {true,
            created ? tr("Stored event %1 \"%2\" and created user \"%3\".").arg(event.id).arg(event.name, event.userId)
                    : tr("Stored event %1 \"%2\" for user \"%3\".").arg(event.id).arg(event.name, event.userId)};
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray users;
    for (const SandboxUser& user : m_users) {
        users.append(user.toJson());
    }
    QJsonArray events;
    for (const SandboxEvent& event : m_events) {
        events.append(event.toJson());
    }
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("vero-sandbox-state")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("next_event_id"), m_nextEventId},
                        {QStringLiteral("users"), users},
                        {QStringLiteral("events"), events}};
}

bool SandboxState::loadJson(const QJsonObject& json, QString* error)
{
    if (json.value(QLatin1String("format")).toString() != QLatin1String("vero-sandbox-state")) {
        *error = tr("it is not a vero-sandbox state file");
        return false;
    }
    if (json.value(QLatin1String("version")).toInt() != 1) {
        *error = tr("it has format version %1; this vero-sandbox reads version 1")
                     .arg(json.value(QLatin1String("version")).toInt());
        return false;
    }
    QMap<QString, SandboxUser> users;
    const QJsonArray userArray = json.value(QLatin1String("users")).toArray();
    for (const QJsonValue& value : userArray) {
        const std::optional<SandboxUser> user = SandboxUser::fromJson(value.toObject(), error);
        if (!user) {
            return false;
        }
        users.insert(user->id, *user);
    }
    QList<SandboxEvent> events;
    qint64 nextEventId = json.value(QLatin1String("next_event_id")).toInteger(1);
    const QJsonArray eventArray = json.value(QLatin1String("events")).toArray();
    for (const QJsonValue& value : eventArray) {
        const std::optional<SandboxEvent> event = SandboxEvent::fromJson(value.toObject(), error);
        if (!event) {
            return false;
        }
        events.append(*event);
        nextEventId = std::max(nextEventId, event->id + 1);
    }
    m_users = users;
    m_events = events;
    m_nextEventId = nextEventId;
    rebuildRecentKeys();
    return true;
}

SandboxEvent* SandboxState::findEvent(qint64 id)
{
    // Ids grow with every stored event and removals keep the order, so the list is sorted by id.
    const auto it = std::lower_bound(
        m_events.begin(), m_events.end(), id, [](const SandboxEvent& event, qint64 value) { return event.id < value; });
    return it != m_events.end() && it->id == id ? &*it : nullptr;
}

void SandboxState::rebuildRecentKeys()
{
    m_recentKeys.clear();
    m_insertsSincePrune = 0;
    for (const SandboxEvent& event : std::as_const(m_events)) {
        m_recentKeys.insert(event.dedupKey(), {event.id, event.receivedAt});
    }
}

void SandboxState::pruneRecentKeys(const QDateTime& windowStart)
{
    m_insertsSincePrune = 0;
    m_recentKeys.removeIf(
        [&windowStart](const QHash<QString, RecentKey>::iterator& it) { return it->receivedAt < windowStart; });
}
