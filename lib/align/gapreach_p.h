// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a gap between anchors can match anything at all (private to lib/align). A version that shares
// nothing with the rows so far (another story in the folder, a page of other text) has no anchors, so its
// gap is every row: the dynamic programme would fill rows x sentences cells, and the greedy matching
// index every row's terms, to find nothing. This test costs the gap's rows once: when it says no, no pair
// of the gap could score and the version's sentences become rows of their own, as the programme would
// have made them.

#include "align/versionpass_p.h"

namespace Parallax::Internal {

// False only when no pair (row of [r0, r0 + n), sentence of [s0, s0 + m)) can score in the programme or
// the greedy matching: no cell holds a sentence's text, no headline (standfirst, byline, dateline) row
// meets a sentence of its role, and no row cell can reach WeakFloor with any sentence (synonyms counted).
// With `sharing`, every row is looked at (the answer is the same) and the gap-relative indices of the rows
// with a cell that holds a term of one of the sentences are appended to it, in order: only those can be
// among the rows the greedy matching compares a sentence with (nearestRows finds rows by shared terms).
bool gapMayMatch(const VersionPass &pass, int r0, int n, int s0, int m, QList<int> *sharing = nullptr);

} // namespace Parallax::Internal
