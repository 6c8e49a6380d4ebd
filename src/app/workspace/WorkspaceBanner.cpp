#include "app/workspace/WorkspaceBanner.h"

#include <QEvent>
#include <QPainter>

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
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    // One line of text, however much room the window has.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    hide();
}

void WorkspaceBanner::showWorkspace(const Workspace& workspace, bool isSandbox)
{
    if (isSandbox) {
        m_kind = Kind::Sandbox;
        setText(tr("SANDBOX: requests go to a local test server on this computer; nothing reaches Vero."));
    } else if (workspace.isProduction()) {
        m_kind = Kind::Production;
        setText(tr("PRODUCTION: requests change real user records at %1.").arg(workspace.baseUrl.host()));
    } else {
        m_kind = Kind::Other;
        setText(tr("%1: requests go to %2.").arg(workspace.name, workspace.baseUrl.host()));
    }
    setAccessibleName(text());
    applyColours();
    show();
}

StatePalette::Role WorkspaceBanner::role() const
{
    switch (m_kind) {
        case Kind::Production:
            return StatePalette::Role::Production;
        case Kind::Sandbox:
            return StatePalette::Role::Sandbox;
        case Kind::Other:
            break;
    }
    return StatePalette::Role::Neutral;
}

/// The role's fill under QLabel's own drawing of the text.
void WorkspaceBanner::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        painter.fillRect(rect(), StatePalette(palette()).fill(role()));
    }
    QLabel::paintEvent(event);
}

/// A new platform palette (light to dark): the role's other values.
void WorkspaceBanner::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    }
}

/// Only the text colour is the banner's own; the window colour stays the parent's, so the theme stays readable
/// from the palette. Set only when it differs, so the palette change this causes ends here.
void WorkspaceBanner::applyColours()
{
    const QColor text = StatePalette(palette()).onFill(role());
    if (palette().color(QPalette::WindowText) != text) {
        QPalette own = palette();
        own.setColor(QPalette::WindowText, text);
        setPalette(own);
    }
    update();
}
