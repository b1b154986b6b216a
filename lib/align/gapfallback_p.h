// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/similarity.h"

#include <QList>

#include <functional>
#include <utility>

namespace Parallax::Internal {

// The aligner's dynamic programme over a gap between anchors costs rows x sentences similarity look-ups:
// one gap may take at most MaxGapProgrammeCells of them, one alignment (all versions) MaxAlignProgrammeCells.
// Past that, gaps are matched by greedyGapMatches, so that many versions or huge reworded gaps stay within
// the comparison's time budget (tests/cli_bounds.sh).
constexpr qsizetype MaxGapProgrammeCells = 1'000'000;
constexpr qsizetype MaxAlignProgrammeCells = 6'000'000;

// Whether a gap of cells may take the dynamic programme; counts it in *used when it may.
inline bool withinProgrammeBudget(qsizetype cells, qsizetype *used)
{
    if (cells > MaxGapProgrammeCells || *used + cells > MaxAlignProgrammeCells)
        return false;
    *used += cells;
    return true;
}

// One-to-one matches (row, sentence) for a gap too large for the dynamic programme: each sentence is
// compared with the few rows that share most of its less common terms, its best row at or above floor is
// kept, and of those pairs the longest chain in the order of both sides. Linear in the terms of the gap
// (plus a bounded number of similarity look-ups per sentence); no splits or merges.
QList<std::pair<int, int>> greedyGapMatches(const QList<QList<StorySimilarity::Bag>> &rowBags,
    const std::function<const StorySimilarity::Bag &(int)> &sentenceBag, int sentences,
    const std::function<double(int, int)> &similarity, double floor);

// Of (sentence, row) pairs given in sentence order, the longest chain whose rows increase too (patience
// sorting on the rows: O(n log n)), in order.
QList<std::pair<int, int>> longestChainInOrder(const QList<std::pair<int, int>> &pairs);

// For each sentence, the rows (at most eight, in this order) that share the most of its less common terms
// (a term of more than a few dozen rows is passed over): what greedyGapMatches compares. Linear in the
// terms of the rows and the sentences.
QList<QList<int>> nearestRows(const QList<QList<StorySimilarity::Bag>> &rowBags,
    const std::function<const StorySimilarity::Bag &(int)> &sentenceBag, int sentences);

// For each row, the sentences (ascending) whose similarity with some cell of the row can reach `floor` at
// all: an inverted index of the sentences gives each cell the weight it could share with each sentence
// (synonyms counted as StorySimilarity counts them at most), and Dice cannot exceed 2 shared / (wa + wb).
// Work in proportion to the terms the two sides share, not to rows x sentences.
QList<QList<int>> reachableSentences(const StorySimilarity &story,
    const QList<QList<StorySimilarity::Bag>> &rowBags, int sentences,
    const std::function<const StorySimilarity::Bag &(int)> &sentenceBag, double floor);

} // namespace Parallax::Internal
