// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Merged from" links (private to lib/align): a sentence that says what two or three rows say, where
// another version keeps those rows apart, stands in one row; the other rows it also says are recorded on
// its cell (AlignedRow::alsoRows) instead of joining the rows, which would link every cell of one with
// every cell of the other.

#include "align/attribution_p.h"
#include "align/similarity.h"
#include "core/comparison.h"

namespace Parallax {

// For each plain cell (body or lede text, no boilerplate, not moved): another row within `window` rows,
// where the cell's version has nothing and no move, is also said by the cell when a version that has a
// sentence in both rows keeps them apart, the cell says at least half of that version's sentence there,
// and that sentence explains a part of the cell that the version's sentence on the cell's own row does
// not (the gain is at least half of what the cell says of it). At most two such rows per cell, the best
// covered first.
// Each cell is judged by what it states (statements: its bag without its attribution, where that keeps at
// least StatementTerms terms): an operator's outage figures do not also say its reconnection estimate
// because both are "Northline Power said".
void linkMergedRows(QList<AlignedRow> &rows, const QList<Version> &versions, const StorySimilarity &story,
    const Internal::Statements *statements = nullptr);

} // namespace Parallax
