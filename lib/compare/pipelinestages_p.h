// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>

namespace Parallax {

class SentenceAligner;

namespace Internal {

// The changes inside aligned and moved sentences of every version against the base, in row order and
// within a row in version order. Each version's changes depend only on its own text and the base's, so
// the versions are classified in contiguous groups on the global thread pool, each group with its own
// classifier; the result is the same with one thread and with many. A group is made for every
// cellsPerGroup changed or moved cells (a group learns the base again).
constexpr qsizetype CellsPerGroup = 500;
QList<Change> classifyChanges(const Comparison &c, qsizetype cellsPerGroup = CellsPerGroup);

// The similarity matrix, each version's share of the base and its own share (Comparison::similarity,
// baseShare, ownShare): the weighted share of words that aligned (and moved) sentences have in common.
void measureSimilarity(Comparison &c, const SentenceAligner &aligner);

} // namespace Internal
} // namespace Parallax
