#include "app/widgets/NoticeWidget.h"

#include "app/style/StatePalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace {
// Room around and between the icon and the text, and the corner radius of the box, in pixels.
constexpr int Margin = 8;
constexpr int CornerRadius = 4;

StatePalette::Role roleOf(NoticeWidget::Kind kind)
{
    switch (kind) {
        case NoticeWidget::Warning:
            return StatePalette::Role::Warning;
        case NoticeWidget::Danger:
            return StatePalette::Role::Error;
        case NoticeWidget::Info:
            break;
    }
    return StatePalette::Role::Neutral;
}

QStyle::StandardPixmap iconOf(NoticeWidget::Kind kind)
{
    switch (kind) {
        case NoticeWidget::Warning:
            return QStyle::SP_MessageBoxWarning;
        case NoticeWidget::Danger:
            return QStyle::SP_MessageBoxCritical;
        case NoticeWidget::Info:
            break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

NoticeWidget::NoticeWidget(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_icon->setObjectName(QStringLiteral("noticeIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(Margin, Margin, Margin, Margin);
    layout->setSpacing(Margin);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    applyKind();
}

void NoticeWidget::setKind(Kind kind)
{
    m_kind = kind;
    applyKind();
}

QString NoticeWidget::text() const
{
    return m_text->text();
}

void NoticeWidget::setText(const QString& text)
{
    m_text->setText(text);
    setAccessibleName(text);
}

Qt::TextFormat NoticeWidget::textFormat() const
{
    return m_text->textFormat();
}

void NoticeWidget::setTextFormat(Qt::TextFormat format)
{
    m_text->setTextFormat(format);
}

void NoticeWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    const StatePalette colours(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colours.border(roleOf(m_kind)));
    painter.setBrush(colours.fill(roleOf(m_kind)));
    // Half a pixel in, so the one-pixel border is drawn sharp.
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), CornerRadius, CornerRadius);
}

/// A new platform palette (light to dark) or style: new colours and icon.
void NoticeWidget::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyKind();
    }
}

void NoticeWidget::applyKind()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(
        style()->standardIcon(iconOf(m_kind), nullptr, this).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    QPalette textPalette = m_text->palette();
    const QColor colour = StatePalette(palette()).onFill(roleOf(m_kind));
    if (textPalette.color(QPalette::WindowText) != colour) {
        textPalette.setColor(QPalette::WindowText, colour);
        m_text->setPalette(textPalette);
    }
    update();
}
