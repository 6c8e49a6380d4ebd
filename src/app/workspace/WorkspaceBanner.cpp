#include "app/workspace/WorkspaceBanner.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

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
    // As high as the text needs at the width it is given (fitHeight): a Fixed policy alone would keep the
    // height QLabel guesses for a wrapped text, two lines where one fits.
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
    fitHeight();
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

void WorkspaceBanner::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fitHeight(); // the same height again changes nothing, so this does not loop
}

void WorkspaceBanner::fitHeight()
{
    // Measured here rather than with QLabel::heightForWidth, which answered for an earlier, narrower width.
    const int textWidth = qMax(1, width() - 2 * margin());
    const QRect text
        = fontMetrics().boundingRect(QRect(0, 0, textWidth, QWIDGETSIZE_MAX), Qt::TextWordWrap, this->text());
    setFixedHeight(text.height() + 2 * margin());
}
