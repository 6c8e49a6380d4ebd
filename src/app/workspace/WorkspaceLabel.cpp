#include "app/workspace/WorkspaceLabel.h"

#include "core/workspace/WorkspaceService.h"

QString WorkspaceLabel::withHost(const Workspace& workspace)
{
    if (WorkspaceService::isSandboxName(workspace.name)) {
        // Its port changes with every start: the place is what matters.
        return tr("%1 (this computer)").arg(workspace.name);
    }
    const QUrl& url = workspace.baseUrl;
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (workspace.name.isEmpty() || host.isEmpty()) {
        return workspace.name.isEmpty() ? host : workspace.name;
    }
    return tr("%1 (%2)").arg(workspace.name, host);
}
