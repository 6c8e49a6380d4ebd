#pragma once

#include "app/style/StatePalette.h"

#include <QObject>

class QWidget;

// Gives a label (or any widget drawing text) the text colour of a palette role and keeps it when the platform
// switches between light and dark: it watches the widget's palette changes and picks the role's value again.
class StateTextColour : public QObject
{
    Q_OBJECT
public:
    // Colours `widget`'s text in `role`, from now on.
    static void apply(QWidget* widget, StatePalette::Role role);
    // Back to the palette's own text colour.
    static void clear(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StateTextColour(QWidget* widget, StatePalette::Role role);
    void recolour();

    QWidget* m_widget;
    StatePalette::Role m_role;
};
