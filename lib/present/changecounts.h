// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <array>

namespace Parallax {

// What one version changed against the base, counted as the PDF's and the HTML report's summary tables
// show it: changed stretches of words by kind, and whole sentences added, absent or moved.
struct ChangeCounts
{
    std::array<int, 4> byKind {}; // indexed by int(ChangeKind)
    int added = 0; // sentences the base lacks
    int absent = 0; // rows of the base the version lacks
    int moved = 0; // sentences standing elsewhere in the version

    // Rows that are all boilerplate count only with `withBoilerplate`.
    static ChangeCounts of(const Comparison &comparison, int version, bool withBoilerplate);
};

} // namespace Parallax
