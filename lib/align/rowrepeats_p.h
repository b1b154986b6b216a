// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sentences a version prints twice in a row (private to lib/align).

#include "align/rowjoin_p.h"

namespace Parallax {

// A sentence that repeats the version's sentence right before or after it word for word (a headline
// printed twice, a caption repeated by the page layout) is one sentence of the story said twice, not an
// addition: where it stands alone on its row (no other version's cell, no move), it joins the row of its
// twin as part of that version's cell there. Runs once all versions are placed.
void joinRepeatedSentences(QList<BuildRow> &rows, const QList<QList<SentenceProfile>> &profiles);

} // namespace Parallax
