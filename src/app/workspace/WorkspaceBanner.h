#pragma once

#include "app/style/StatePalette.h"
#include "core/api/Workspace.h"

#include <QLabel>

// The strip above the forms that says where requests go: an unmistakable red "Production" banner for Vero's
// live service, a teal "Sandbox" banner for the local test server, and a neutral one naming the host for any
// other workspace (a staging account, a proxy), so the window always says where a send goes. Its colours are
// StatePalette's roles, in the light or dark values the platform's theme asks for.
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
    StatePalette::Role role() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyColours();
    void fitHeight();

    Kind m_kind = Kind::Other;
};
