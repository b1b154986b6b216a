// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Parallax {

// `parallax compare [--base VERSION] [--json FILE|-] [--pdf FILE] [--html FILE] [--csv FILE]
// [--annotate-cosmetic] [--lang CODE] PATH...` arguments: everything after "compare". Returns the process
// exit code: non-zero only when fewer than two versions could be read or an output could not be written.
int runCompareCommand(const QStringList &arguments);

} // namespace Parallax
