// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The work of the merged-from links (rowmerges.cpp) bounded, without changing what they find (private to
// lib/align). Whether a cell also says another row is judged against each other version's sentences in
// both rows, so the plain loop costs rows x window x versions x versions: 200 versions that mostly keep
// the same 40 sentences took a second there. But most versions keep a sentence word for word, and cells
// with the same terms are judged alike: the cells of a row are reduced to their distinct bags, and each
// distinct (cell, other row) question is judged once against the distinct pairs of sentences the other
// versions have there. Where the versions really differ everywhere, the window of rows narrows until the
// judgements fit a fixed budget.

#include "align/similarity.h"
#include "core/comparison.h"

#include <utility>

namespace Parallax {

class MergeBags
{
public:
    // Bags of the cells of the plain rows only (plain[r]); the others are never asked for.
    MergeBags(const QList<AlignedRow> &rows, const QList<Version> &versions, const StorySimilarity &story,
        const QList<bool> &plain);

    // The distinct bag of version v's cell in row r: -1 where the version has no cell there or the row is
    // not plain. Cells with the same terms have the same id.
    int id(int r, int v) const { return m_ids.at(r).isEmpty() ? -1 : m_ids.at(r).at(v); }
    // The bag of an id; the empty bag for -1.
    const StorySimilarity::Bag &bag(int id) const { return id < 0 ? m_empty : m_bags.at(id); }

    // The versions' sentences that a cell of row r is judged against in row u, as distinct (here, there)
    // pairs of bag ids in the order of their first version: every version with a cell in u and, unless
    // the cell is alone on its row, in r too (here is then its cell in r; -1 where alone).
    QList<std::pair<int, int>> pairs(int r, int u, bool alone) const;

    // The widest window (at most `window` rows each side) within which the judgements of the cells whose
    // bags have at least minTerms terms (distinct cell bag x distinct pair, per row pair) stay within
    // `budget`.
    int window(int window, int minTerms, qsizetype budget) const;

private:
    // The judgements that the row pair (r, u) needs.
    qsizetype judgements(int r, int u, int minTerms) const;

    const QList<AlignedRow> &m_rows;
    const QList<bool> &m_plain;
    QList<QList<int>> m_ids; // per row: per version, or empty for a row that is not plain
    QList<StorySimilarity::Bag> m_bags;
    StorySimilarity::Bag m_empty;
};

} // namespace Parallax
