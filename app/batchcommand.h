// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Parallax {

// `parallax batch [--out DIR] [--jobs N] [--restart] [--lang CODE] ROOT`: everything after "batch".
// Each sub-folder of ROOT is a story; each story is compared as `parallax compare` would, on all cores,
// and its JSON report written to DIR/STORY.json; DIR/summary.csv has one line per story
// (report/batchsummary.h). A story whose report is newer than its files is not compared again, so a
// run that was interrupted resumes where it stopped. docs/scaling.md. Returns the exit code: 0 when
// every story was compared, 2 when some failed (listed on standard error and in the summary), 1 when
// nothing could be done (no ROOT, no stories, DIR unusable).
int runBatchCommand(const QStringList &arguments);

} // namespace Parallax
