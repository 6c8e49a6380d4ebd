#pragma once

#include "core/api/Workspace.h"

#include <QLabel>

// The strip above the forms that says where requests go: an unmistakable red "Production" banner for Vero's
// live service, a teal "Sandbox" banner for the local test server, and nothing for other workspaces.
class WorkspaceBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Production,
        Sandbox,
        Other,
    };

    explicit WorkspaceBanner(QWidget* parent = nullptr);

    void showWorkspace(const Workspace& workspace, bool isSandbox);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Other;
};
