#include "core/bulk/BulkJob.h"

QJsonObject BulkJob::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), state},
        {QStringLiteral("op"), Operations::key(operation)},
        {QStringLiteral("file"), file},
        {QStringLiteral("workspace"), workspace},
        {QStringLiteral("total"), total},
        {QStringLiteral("done"), done},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
    };
}

QString BulkJob::stateName(RowState state)
{
    switch (state) {
        case RowState::Pending:
            return QStringLiteral("pending");
        case RowState::InFlight:
            return QStringLiteral("in flight");
        case RowState::Done:
            return QStringLiteral("done");
        case RowState::Rejected:
            return QStringLiteral("rejected");
        case RowState::Failed:
            return QStringLiteral("failed");
        case RowState::Skipped:
            return QStringLiteral("skipped");
    }
    return {};
}
