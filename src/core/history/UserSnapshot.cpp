#include "core/history/UserSnapshot.h"

#include <QJsonDocument>

namespace {

QJsonObject objectFromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void mergeInto(QJsonObject& properties, const QJsonObject& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        properties.insert(it.key(), it.value());
    }
}

// One channel per address: a later one replaces an earlier one in place.
void mergeChannels(QJsonArray& channels, const QJsonArray& incoming)
{
    for (const QJsonValue& value : incoming) {
        const QString address = value.toObject().value(QLatin1String("address")).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < channels.size(); ++i) {
            if (channels.at(i).toObject().value(QLatin1String("address")).toString() == address) {
                channels.replace(i, value);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            channels.append(value);
        }
    }
}

} // namespace

UserSnapshot UserSnapshot::rebuild(const QString& userId, const QList<HistoryEntry>& rows)
{
    UserSnapshot snapshot;
    snapshot.userId = userId.trimmed();
    QStringList tags;
    for (const HistoryEntry& entry : rows) {
        if (entry.statusClass != HistoryEntry::StatusClass::Success) {
            continue;
        }
        const OperationInput input = entry.operationInput();
        ++snapshot.requestCount;
        snapshot.lastChange = entry.time;
        switch (entry.operation) {
            case Operation::Identify:
                if (!input.email.trimmed().isEmpty()) {
                    snapshot.email = input.email.trimmed();
                }
                if (!input.phone.trimmed().isEmpty()) {
                    snapshot.phone = input.phone.trimmed();
                }
                mergeInto(snapshot.properties, objectFromText(input.data));
                mergeChannels(snapshot.channels, input.channels);
                snapshot.deleted = false;
                break;
            case Operation::EditProperties:
                mergeInto(snapshot.properties, objectFromText(input.changes));
                break;
            case Operation::Alias:
                if (!snapshot.previousIds.contains(entry.userId) && entry.userId != snapshot.userId) {
                    snapshot.previousIds.append(entry.userId);
                }
                break;
            case Operation::Unsubscribe:
                snapshot.unsubscribed = true;
                break;
            case Operation::Resubscribe:
                snapshot.unsubscribed = false;
                break;
            case Operation::Delete:
                // Keep what was known: that is what a restore rebuilds.
                snapshot.deleted = true;
                snapshot.deletedAt = entry.time;
                break;
            case Operation::TagsEdit:
                for (const QString& tag : input.tagsAdd) {
                    if (!tags.contains(tag.trimmed())) {
                        tags.append(tag.trimmed());
                    }
                }
                for (const QString& tag : input.tagsRemove) {
                    tags.removeAll(tag.trimmed());
                }
                break;
            case Operation::TrackEvent:
                ++snapshot.eventCount;
                if (snapshot.email.isEmpty() && !input.email.trimmed().isEmpty()) {
                    snapshot.email = input.email.trimmed();
                }
                break;
            case Operation::Heartbeat:
                break;
        }
    }
    snapshot.tags = tags;
    return snapshot;
}

OperationInput UserSnapshot::identifyInput() const
{
    OperationInput input;
    input.operation = Operation::Identify;
    input.id = userId;
    input.email = email;
    input.phone = phone;
    input.channels = channels;
    if (!properties.isEmpty()) {
        input.data = QString::fromUtf8(QJsonDocument(properties).toJson(QJsonDocument::Indented)).trimmed();
    }
    return input;
}

OperationInput UserSnapshot::tagsInput() const
{
    OperationInput input;
    input.operation = Operation::TagsEdit;
    input.id = userId;
    input.tagsAdd = tags;
    return input;
}
