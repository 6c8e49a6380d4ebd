#include "app/shell/LastResultLabel.h"

#include "app/style/StateTextColour.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace {
// Room for a short result; a longer one is elided, never widening the window.
constexpr int MinimumCharacters = 20;
} // namespace

LastResultLabel::LastResultLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("lastResultLabel"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
    showText(tr("Nothing sent yet."));
}

QSize LastResultLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * MinimumCharacters, QLabel::minimumSizeHint().height()};
}

QSize LastResultLabel::sizeHint() const
{
    return minimumSizeHint();
}

void LastResultLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    const QRect area = contentsRect();
    const QString elided = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(
        &painter, area, int(Qt::AlignLeft | Qt::AlignVCenter), option.palette, isEnabled(), elided, foregroundRole());
}

void LastResultLabel::showText(const QString& text)
{
    setText(text);
    // The whole text, however long: what the status bar shows may be elided.
    setToolTip(text);
}

void LastResultLabel::showSending(Operation operation, const QString& workspace)
{
    m_result.clear();
    StateTextColour::clear(this);
    showText(tr("Sending %1 to %2…").arg(Operations::displayName(operation), workspace));
}

void LastResultLabel::showResult(const OperationInput& input, const QString& workspace, const ApiResult& result)
{
    QString summary;
    if (result.sent && result.cancelled) {
        summary = tr("cancelled while waiting; it may have reached the service and been applied");
    } else if (result.outcomeUnknown()) {
        summary = tr("outcome unknown, it may have been applied (check before sending again): %1").arg(result.error);
    } else {
        summary = result.summary();
    }
    m_result = tr("%1: %2").arg(Operations::displayName(input.operation), summary);
    m_workspace = workspace;
    m_earlier = false;
    m_accepted = result.outcome() == ApiResult::Outcome::Accepted;
    setProperty("accepted", m_accepted);
    render();
}

void LastResultLabel::showNotSent(const QString& text)
{
    m_result.clear();
    StateTextColour::clear(this);
    showText(text);
}

void LastResultLabel::setCurrentWorkspace(const QString& workspace)
{
    m_current = workspace;
    render();
}

void LastResultLabel::markEarlier()
{
    if (!m_result.isEmpty()) {
        m_earlier = true;
        render();
    }
}

void LastResultLabel::render()
{
    if (m_result.isEmpty()) {
        return;
    }
    const bool earlier = m_earlier || m_workspace != m_current;
    // An earlier request's failure is no longer an alarm about the workspace on show.
    if (earlier || m_accepted) {
        StateTextColour::clear(this);
    } else {
        StateTextColour::apply(this, StatePalette::Role::Error);
    }
    showText(earlier ? tr("Earlier request, to %1: %2").arg(m_workspace, m_result)
                     : tr("Last result: %1").arg(m_result));
}
