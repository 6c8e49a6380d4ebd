#include "core/history/DeletedUser.h"

#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QLocale>

std::optional<DeletedUser>
DeletedUser::find(const HistoryStore& store, const QString& workspace, const OperationInput& input)
{
    if (input.operation != Operation::Identify && input.operation != Operation::TrackEvent) {
        return std::nullopt;
    }
    const std::optional<HistoryEntry> deletion = store.unrecreatedDeletion(workspace, input.id);
    if (!deletion) {
        return std::nullopt;
    }
    return DeletedUser {*deletion};
}

QString DeletedUser::message() const
{
    const QString when = QLocale().toString(deletion.time.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
    const QString who = deletion.operatorName.isEmpty()
                            ? QCoreApplication::translate("DeletedUser", "someone on this computer")
                            : deletion.operatorName;
    const QString how = deletion.source == HistoryEntry::Source::Cli
                            ? QCoreApplication::translate("DeletedUser", "%1 (with veroctl)").arg(who)
                            : who;
    return QCoreApplication::translate("DeletedUser",
                                       "%1 was deleted on %2 by %3; sending creates a new, subscribed profile.")
        .arg(deletion.userId, when, how);
}
