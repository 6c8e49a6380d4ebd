#include "app/style/StateTextColour.h"

#include <QEvent>
#include <QWidget>

StateTextColour::StateTextColour(QWidget* widget, StatePalette::Role role)
    : QObject(widget)
    , m_widget(widget)
    , m_role(role)
{
    setObjectName(QStringLiteral("qt_stateTextColour"));
}

void StateTextColour::apply(QWidget* widget, StatePalette::Role role)
{
    auto* colour = widget->findChild<StateTextColour*>(QString(), Qt::FindDirectChildrenOnly);
    if (!colour) {
        colour = new StateTextColour(widget, role);
        widget->installEventFilter(colour);
    }
    colour->m_role = role;
    colour->recolour();
}

void StateTextColour::clear(QWidget* widget)
{
    if (auto* colour = widget->findChild<StateTextColour*>(QString(), Qt::FindDirectChildrenOnly)) {
        delete colour;
        // Only the roles set here were the widget's own, so it follows its parent's palette again.
        widget->setPalette(QPalette());
    }
}

bool StateTextColour::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::PaletteChange) {
        recolour();
    }
    return QObject::eventFilter(watched, event);
}

/// The role's value for the palette the widget has now; set only when it differs, so the palette change this
/// causes ends here.
void StateTextColour::recolour()
{
    const QColor colour = StatePalette(m_widget->palette()).text(m_role);
    QPalette palette = m_widget->palette();
    if (palette.color(QPalette::WindowText) == colour && palette.color(QPalette::Text) == colour) {
        return;
    }
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    m_widget->setPalette(palette);
}
