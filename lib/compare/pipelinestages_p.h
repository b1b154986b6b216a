// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>

class QThreadPool;

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
// The same for some of the versions (not the base), in increasing order.
QList<Change> classifyChanges(
    const Comparison &c, const QList<int> &versions, qsizetype cellsPerGroup = CellsPerGroup);

// A cell whose changes are classified: a changed or moved cell of a version against the base's cell in its
// row, or in the row it moved from when it moved (a move between two versions that are not the base has no
// base text to compare with and is left out). classifiedCells lists them in row order.
struct ClassifiedCell
{
    int row = 0;
    int cell = 0;
    int span = 0;
    int baseCell = 0;
    int baseSpan = 0;
    bool sameCells(const ClassifiedCell &o) const
    {
        return cell == o.cell && span == o.span && baseCell == o.baseCell && baseSpan == o.baseSpan;
    }
};
QList<ClassifiedCell> classifiedCells(const Comparison &c, int v);

// The threads for the pipeline's inner work (loading files, classifying groups of versions). The pipeline
// itself runs in jobs of the global pool (the window's comparison and its steps against the previous
// version at once): work those jobs wait for must not queue behind them in the same pool, where two
// waiting jobs held both threads forever.
QThreadPool *innerPool();

// The similarity matrix, each version's share of the base and its own share (Comparison::similarity,
// baseShare, ownShare): the weighted share of words that aligned (and moved) sentences have in common.
void measureSimilarity(Comparison &c, const SentenceAligner &aligner);

} // namespace Internal
} // namespace Parallax
