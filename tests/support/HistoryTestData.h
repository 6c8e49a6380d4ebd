#pragma once

#include "core/api/OperationInput.h"
#include "core/api/RequestBuilder.h"
#include "core/api/WireRequest.h"
#include "core/api/Workspace.h"
#include "core/history/HistoryEntry.h"

#include <QDateTime>
#include <QFile>

// Builds history rows the way the recorder does, for tests that write straight to the store.
namespace HistoryTestData {

inline Workspace workspace(const QString& name = QStringLiteral("test"))
{
    Workspace workspace;
    workspace.name = name;
    workspace.baseUrl = QUrl(QStringLiteral("https://api.example.test/api/v2"));
    return workspace;
}

inline HistoryEntry entry(const OperationInput& input,
                          const QDateTime& time,
                          HistoryEntry::StatusClass statusClass = HistoryEntry::StatusClass::Success,
                          const QString& workspaceName = QStringLiteral("test"))
{
    const ApiRequest request = RequestBuilder::build(input).request;
    const WireRequest wire = WireRequest::redacted(request, workspace(workspaceName));
    HistoryEntry entry;
    entry.time = time;
    entry.workspace = workspaceName;
    entry.operatorName = QStringLiteral("tester");
    entry.setRequest(input, wire.method, wire.url, wire.body);
    entry.statusClass = statusClass;
    switch (statusClass) {
        case HistoryEntry::StatusClass::Success:
            entry.httpStatus = 200;
            entry.message = QStringLiteral("Success.");
            entry.responseBody = QStringLiteral(R"({"status":200,"message":"Success."})");
            break;
        case HistoryEntry::StatusClass::Rejected:
            entry.httpStatus = 400;
            entry.message = QStringLiteral("Bad request.");
            break;
        case HistoryEntry::StatusClass::Failed:
            entry.networkError = QStringLiteral("The connection to api.example.test was refused.");
            break;
        case HistoryEntry::StatusClass::NotSent:
            entry.networkError = QStringLiteral("Plain http:// is not allowed.");
            break;
        case HistoryEntry::StatusClass::Pending:
            break;
    }
    entry.elapsedMs = 42;
    return entry;
}

inline OperationInput identify(const QString& id, const QString& email = QString(), const QString& data = QString())
{
    OperationInput input;
    input.operation = Operation::Identify;
    input.id = id;
    input.email = email;
    input.data = data;
    return input;
}

inline OperationInput
trackEvent(const QString& id, const QString& name, const QString& data = QString(), const QString& extras = QString())
{
    OperationInput input;
    input.operation = Operation::TrackEvent;
    input.id = id;
    input.eventName = name;
    input.data = data;
    input.extras = extras;
    return input;
}

inline OperationInput tags(const QString& id, const QStringList& add, const QStringList& remove = {})
{
    OperationInput input;
    input.operation = Operation::TagsEdit;
    input.id = id;
    input.tagsAdd = add;
    input.tagsRemove = remove;
    return input;
}

inline OperationInput simple(Operation operation, const QString& id)
{
    OperationInput input;
    input.operation = operation;
    input.id = id;
    return input;
}

inline QByteArray readAll(const QString& fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace HistoryTestData
