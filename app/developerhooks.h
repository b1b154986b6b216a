// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QMainWindow;

namespace Parallax {

class ComparisonSession;
class SideBySideView;

// Hooks for the screenshot script (tests/screenshots.sh) and the start-up measurement
// (tests/startup-time.sh). They only read the environment (PARALLAX_*) and do nothing without it.

// The theme PARALLAX_THEME names, or empty. With PARALLAX_COLOR_SCHEME (a colour scheme, applied by
// ColorSchemeMenu::applySaved) the Fusion style, which draws every role of the scheme's palette.
QString applyDeveloperTheme();

// With PARALLAX_SCREENSHOT or PARALLAX_QUIT_AFTER_FIRST_PAINT: sizes the window (PARALLAX_WINDOW_WIDTH,
// _HEIGHT, then resizePanels), reports the time to the first painted comparison, and takes the picture
// or quits. The window's docks and actions are found by object name.
void installDeveloperHooks(QMainWindow *window, SideBySideView *view, ComparisonSession *session,
    const std::function<void()> &resizePanels);

} // namespace Parallax
