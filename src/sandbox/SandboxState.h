#pragma once

#include "core/api/EventDedup.h"
#include "core/api/Operation.h"
#include "sandbox/SandboxEvent.h"
#include "sandbox/SandboxUser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

#include <optional>

class SandboxClock;

// The sandbox's users and events. Every Track API call is applied here immediately (the real service applies
// them later, docs/vero-api.md "Asynchronous processing"; the sandbox shows at once what a call did). Bodies must
// already have passed BodyValidator.
class SandboxState : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool changed = false;
        QString note; // what the call did, in words: shown in the request log
    };

    explicit SandboxState(const SandboxClock* clock, QObject* parent = nullptr);

    void setDedupWindowSeconds(int seconds) { m_dedupWindowSeconds = seconds; }
    int dedupWindowSeconds() const { return m_dedupWindowSeconds; }

    Outcome apply(Operation operation, const QJsonObject& body);

    QList<SandboxUser> users() const { return m_users.values(); }
    std::optional<SandboxUser> user(const QString& id) const;
    // All events, oldest first; only `userId`'s when given.
    QList<SandboxEvent> events(const QString& userId = QString()) const;
    int userCount() const { return int(m_users.size()); }
    int eventCount() const { return int(m_events.size()); }

    void reset();
    QJsonObject toJson() const;
    // Replaces the state with `json` (a saved state file); on error the state is unchanged.
    [[nodiscard]] bool loadJson(const QJsonObject& json, QString* error);

signals:
    void changed();

private:
    Outcome identify(const QJsonObject& body);
    Outcome edit(const QJsonObject& body);
    Outcome alias(const QJsonObject& body);
    Outcome setSubscribed(const QJsonObject& body, bool subscribed);
    Outcome remove(const QJsonObject& body);
    Outcome editTags(const QJsonObject& body);
    Outcome trackEvent(const QJsonObject& body);

    // The user an id/email pair means: the id when given, else the user with that email, else the email itself
    // (the reference: "If you supply an email and no id, Vero will automatically use the email as the id").
    QString resolveId(const QJsonObject& object) const;
    SandboxUser* findExisting(const QJsonObject& object);
    SandboxUser& createOrFind(const QString& id, bool* created);

    // The most recent stored event for each deduplication key, so a new event is checked in constant time
    // rather than by scanning (and re-keying) every event of the last three minutes.
    struct RecentKey
    {
        qint64 eventId = 0;
        QDateTime receivedAt;
    };
    SandboxEvent* findEvent(qint64 id);
    void rebuildRecentKeys();
    void pruneRecentKeys(const QDateTime& windowStart);

    const SandboxClock* m_clock;
    QHash<QString, RecentKey> m_recentKeys;
    int m_insertsSincePrune = 0;
    int m_dedupWindowSeconds = EventDedup::ServiceWindowSeconds; // the service's, unless --dedup-window
    QMap<QString, SandboxUser> m_users;                          // by id, so listings come out sorted
    QList<SandboxEvent> m_events;                                // oldest first
    qint64 m_nextEventId = 1;
};
