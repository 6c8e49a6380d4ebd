#pragma once

class QWidget;

// A window's first size, before the user chose one: no larger than its screen's available area (without the
// desktop's panels), frame included, so nothing at its bottom (the status bar) is off screen at 1024x700.
namespace ScreenFit {

void fitAvailableArea(QWidget* window);
// Whether the window is larger than its screen's available area (a size saved on another monitor, or widened).
bool exceedsAvailableArea(const QWidget* window);

} // namespace ScreenFit
