#include "cli/TextFormatter.h"

#include "cli/Console.h"
#include "core/api/RequestRenderer.h"

TextFormatter::TextFormatter(Console& console)
    : m_console(console)
{
}

void TextFormatter::request(const ApiRequest& request, const Workspace& workspace)
{
    m_console.out() << RequestRenderer::toCurl(request, workspace) << Qt::endl;
}

void TextFormatter::outcome(const SendOutcome& outcome)
{
    if (outcome.refused) {
        return; // the check that refused has said why
    }
    const ApiResult& result = outcome.result;
    switch (result.outcome()) {
        case ApiResult::Outcome::Accepted:
            m_console.out() << result.summary() << Qt::endl;
            return;
        case ApiResult::Outcome::Rejected:
        case ApiResult::Outcome::Failed:
            m_console.error(result.summary());
            return;
        case ApiResult::Outcome::NotSent:
            m_console.error(result.error);
            return;
    }
}

void TextFormatter::workspaces(const QList<Workspace>& workspaces)
{
    for (const Workspace& workspace : workspaces) {
        m_console.out() << workspace.name << '\t' << workspace.baseUrl.toString() << '\t' << workspace.credentialName
                        << " in " << Workspace::placementKey(workspace.credentialPlacement) << '\t'
                        << workspace.timeoutSeconds << "s"
                        << (workspace.caFile.isEmpty() ? QString() : QStringLiteral("\tCA ") + workspace.caFile)
                        << Qt::endl;
    }
}
