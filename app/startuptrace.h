// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Parallax::StartupTrace {

// Where the time from starting the program to its first painted comparison goes (tests/startup-time.sh).
// With PARALLAX_STARTUP_TRACE or PARALLAX_QUIT_AFTER_FIRST_PAINT set, each mark prints one line
// "startup: PHASE at N ms (main thread CPU M ms)" to stderr, N counted from the moment the system
// started the process (before the shared libraries were loaded), M the processor time of the thread
// that marks (the main thread); without them a mark costs one environment look-up, done once.
bool enabled();
void mark(const char *phase);
// Milliseconds since the process started: from its start time in /proc (10 ms steps) to static
// initialisation, then a monotonic clock.
qint64 sinceProcessStart();

} // namespace Parallax::StartupTrace
