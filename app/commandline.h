// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Parallax {

// `parallax compare [--base VERSION] [--json FILE|-] [--pdf FILE] [--html FILE] [--csv FILE]
// [--annotate-cosmetic] [--session FILE.parallax] [--lang CODE] [PATH...]` arguments: everything after
// "compare". Returns the process exit code: 0 when every input was read and the reports written, 2 when some
// inputs could not be read but the reports were written for the others, 1 when no report was written.
int runCompareCommand(const QStringList &arguments);

} // namespace Parallax
