#include "core/history/DuplicateEvent.h"

#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<DuplicateEvent> DuplicateEvent::find(const HistoryStore& store,
                                                   const QString& workspace,
                                                   const OperationInput& input,
                                                   const QDateTime& now)
{
    if (input.operation != Operation::TrackEvent) {
        return std::nullopt;
    }
    const std::optional<HistoryEntry> earlier = store.recentDuplicate(workspace, input, now);
    if (!earlier) {
        return std::nullopt;
    }
    return DuplicateEvent {*earlier, qMax<qint64>(0, earlier->time.secsTo(now))};
}

OperationInput DuplicateEvent::withUniqueTimestamp(const OperationInput& input, const QDateTime& now)
{
    const QJsonDocument document = QJsonDocument::fromJson(input.data.toUtf8());
    if (!input.data.trimmed().isEmpty() && !document.isObject()) {
        return input;
    }
    OperationInput stamped = input;
    QJsonObject data = document.object();
    data.insert(uniqueTimestampKey(), now.toString(Qt::ISODateWithMs));
    stamped.data = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    return stamped;
}

QString DuplicateEvent::message(const OperationInput& input) const
{
    const QString user = input.id.trimmed().isEmpty() ? input.email.trimmed() : input.id.trimmed();
    // Computed first: lupdate 6.4 hangs on a template argument list inside translate()'s arguments.
    const int seconds = int(qMin<qint64>(secondsAgo, std::numeric_limits<int>::max()));
    return QCoreApplication::translate("DuplicateEvent",
                                       "%1 got the event \"%2\" with the same data %n second(s) ago. Vero drops an "
                                       "identical event sent within a few minutes as a duplicate, so this one may "
                                       "be ignored.",
                                       nullptr,
                                       seconds)
        .arg(user, input.eventName.trimmed());
}
