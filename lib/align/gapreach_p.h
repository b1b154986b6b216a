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
bool gapMayMatch(const VersionPass &pass, int r0, int n, int s0, int m);

} // namespace Parallax::Internal
