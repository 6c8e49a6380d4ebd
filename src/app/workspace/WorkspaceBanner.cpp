#include "app/workspace/WorkspaceBanner.h"

namespace {
// Room around the banner's text, in pixels.
constexpr int TextMargin = 6;
} // namespace

WorkspaceBanner::WorkspaceBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("workspaceBanner"));
    setWordWrap(true);
    setMargin(TextMargin);
    setTextFormat(Qt::PlainText);
    // One line of text, however much room the window has.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    hide();
}

void WorkspaceBanner::showWorkspace(const Workspace& workspace, bool isSandbox)
{
    if (isSandbox) {
        m_kind = Kind::Sandbox;
        setText(tr("SANDBOX: requests go to a local test server on this computer; nothing reaches Vero."));
        // Fixed colours on purpose: the marker must look the same in every theme.
        setStyleSheet(QStringLiteral("QLabel { background: #00696f; color: white; font-weight: bold; }"));
    } else if (workspace.isProduction()) {
        m_kind = Kind::Production;
        setText(tr("PRODUCTION: requests change real user records at %1.").arg(workspace.baseUrl.host()));
        setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; }"));
    } else {
        m_kind = Kind::Other;
        setText(QString());
        setStyleSheet(QString());
    }
    setAccessibleName(text());
    setVisible(m_kind != Kind::Other);
}
