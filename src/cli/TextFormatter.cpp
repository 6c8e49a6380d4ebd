#include "cli/TextFormatter.h"

#include "cli/Console.h"
#include "cli/TerminalText.h"
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
            // The service's message is server text: escaped, it cannot act on the terminal.
            m_console.out() << TerminalText::escaped(result.summary()) << Qt::endl;
            break;
        case ApiResult::Outcome::Rejected:
        case ApiResult::Outcome::Failed:
            m_console.error(result.summary());
            break;
        case ApiResult::Outcome::NotSent:
            m_console.error(result.error);
            return;
    }
    if (result.bodyCut) {
        m_console.warning(result.bodyCutNotice());
    }
}

void TextFormatter::workspaces(const QList<Workspace>& workspaces)
{
    for (const Workspace& workspace : workspaces) {
        const QStringList fields {
            workspace.name,
            workspace.baseUrl.toDisplayString(),
            workspace.credentialName + QStringLiteral(" in ") + Workspace::placementKey(workspace.credentialPlacement),
            QString::number(workspace.timeoutSeconds) + QLatin1Char('s'),
        };
        QStringList escaped;
        for (const QString& field : fields) {
            escaped << TerminalText::escaped(field);
        }
        if (!workspace.caFile.isEmpty()) {
            escaped << QStringLiteral("CA ") + TerminalText::escaped(workspace.caFile);
        }
        m_console.out() << escaped.join(QLatin1Char('\t')) << Qt::endl;
    }
}
