#pragma once

#include "app/sandbox/SandboxPanel.h"

#include <QMainWindow>
#include <QTabBar>
#include <QTest>

// Opens the main window's Sandbox dock as a user does, by clicking its tab beside the request history (the
// panel is built when the dock is first shown), and returns its panel; nullptr when there is no such tab.
inline SandboxPanel* openSandboxPanel(QMainWindow& window)
{
    if (!window.isVisible()) {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            return nullptr;
        }
    }
    const QString sandboxTab = QStringLiteral("Sandbox");
    for (QTabBar* tabs : window.findChildren<QTabBar*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == sandboxTab) {
                QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier, tabs->tabRect(i).center());
                return window.findChild<SandboxPanel*>(QStringLiteral("sandboxPanel"));
            }
        }
    }
    return nullptr;
}
