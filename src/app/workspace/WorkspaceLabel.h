#pragma once

#include "core/api/Workspace.h"

#include <QCoreApplication>
#include <QString>

// A workspace as questions name it, so the user sees where a request goes: "Production (api.getvero.com)",
// "Staging (127.0.0.1:8080)", "Sandbox (this computer)".
class WorkspaceLabel
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLabel)
public:
    static QString withHost(const Workspace& workspace);
};
