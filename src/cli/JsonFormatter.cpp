#include "cli/JsonFormatter.h"

#include "cli/Console.h"
#include "core/api/RequestRenderer.h"
#include "core/api/SafeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void print(Console& console, const QJsonDocument& document)
{
    console.out() << SafeJson::compact(document) << Qt::endl;
}

QJsonObject toJson(const SendOutcome& outcome)
{
    const ApiResult& result = outcome.result;
    QJsonObject object;
    object.insert(QStringLiteral("status"), result.status);
    object.insert(QStringLiteral("message"), result.message);
    object.insert(QStringLiteral("body"), QString::fromUtf8(result.body));
    object.insert(QStringLiteral("body_cut"), result.bodyCut);
    object.insert(QStringLiteral("elapsed_ms"), result.elapsedMs);
    object.insert(QStringLiteral("error"), result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error));
    if (outcome.duplicate) {
        object.insert(QStringLiteral("duplicate"),
                      QJsonObject {{QStringLiteral("earlier_id"), outcome.duplicate->earlier.id},
                                   {QStringLiteral("seconds_ago"), outcome.duplicate->secondsAgo},
                                   {QStringLiteral("message"), outcome.duplicateMessage}});
    }
    return object;
}

} // namespace

JsonFormatter::JsonFormatter(Console& console)
    : m_console(console)
{
}

void JsonFormatter::request(const ApiRequest& request, const Workspace& workspace)
{
    print(m_console, QJsonDocument(RequestRenderer::toJson(request, workspace)));
}

void JsonFormatter::outcome(const SendOutcome& outcome)
{
    print(m_console, QJsonDocument(toJson(outcome)));
}

void JsonFormatter::workspaces(const QList<Workspace>& workspaces)
{
    QJsonArray array;
    for (const Workspace& workspace : workspaces) {
        array.append(
            QJsonObject {{QStringLiteral("name"), workspace.name},
                         {QStringLiteral("base_url"), workspace.baseUrl.toDisplayString()},
                         {QStringLiteral("credential_name"), workspace.credentialName},
                         {QStringLiteral("credential_in"), Workspace::placementKey(workspace.credentialPlacement)},
                         {QStringLiteral("timeout"), workspace.timeoutSeconds},
                         {QStringLiteral("ca_file"), workspace.caFile}});
    }
    print(m_console, QJsonDocument(array));
}
