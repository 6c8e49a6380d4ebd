#include "core/api/EventDedup.h"

#include "core/api/EventName.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject objectFromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString EventDedup::key(const Event& event)
{
    const QString userId = event.userId.trimmed();
    const QString user = userId.isEmpty() ? event.email.trimmed().toLower() : userId;
    if (user.isEmpty()) {
        return {};
    }
    // A JSON array is an unambiguous encoding: no separator inside a name or an id can make two keys collide.
    // QJsonObject keeps its keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} give the same text.
    QJsonArray parts {event.scope, EventName::normalised(event.eventName), user};
    const QJsonValue checkId = event.extras.value(QLatin1String("check_id"));
    if (!event.data.isEmpty()) {
        parts.append(QStringLiteral("data"));
        parts.append(event.data);
    } else if (!checkId.isUndefined() && !checkId.isNull()) {
        parts.append(QStringLiteral("check_id"));
        parts.append(checkId);
    }
    const QByteArray text = QJsonDocument(parts).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QString EventDedup::key(const QString& scope, const OperationInput& input)
{
    if (input.operation != Operation::TrackEvent) {
        return {};
    }
    return key(Event {
        scope, input.eventName, input.id, input.email, objectFromText(input.data), objectFromText(input.extras)});
}

QDateTime EventDedup::windowStart(const QDateTime& now, int windowSeconds)
{
    return now.addSecs(-qint64(windowSeconds));
}
