// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowmerges_p.h"

#include "align/roles.h"

#include <algorithm>
#include <vector>

namespace Parallax {

namespace {

// The share of the other row's sentence the cell must say, and the share of the cell's own weight that
// the other row's sentence explains beyond what the cell's own row already says.
constexpr double AlsoShare = 0.3;
constexpr double AlsoGain = 0.15;
// A sentence alone on its row (no other version has a sentence there) links to rows that each say at
// least AloneShare of what it says, only where two or three of them together say AloneCover of it.
constexpr double AloneShare = 0.25;
constexpr double AloneCover = 0.75;
// A cell says at most three rows: its own and two more (a sentence alone on its row, three others).
constexpr int MaxAlsoRows = 2;
// How far apart the rows may stand; a lede may merge a sentence from near the end of a short story. In a
// long or pathological input the window narrows so that rows x window x versions stays under the budget.
constexpr int AlsoWindow = 40;
constexpr qsizetype MaxAlsoCells = 400'000;
// Sentences shorter than this (content terms) say too little to cover a second row.
constexpr int AlsoTerms = 3;
// Longer sentences take no part (as in the aligner's other steps beyond its programme).
constexpr qsizetype MaxAlsoChars = 2'000;

bool plainCell(const QList<Version> &versions, const AlignedRow &row, int v)
{
    const int first = row.cells.at(v);
    if (first < 0)
        return false;
    for (int k = 0; k < row.spans.at(v); ++k) {
        const Sentence &s = versions.at(v).sentences.at(first + k);
        if (s.boilerplate || isHeaderRole(s.role) || s.end - s.start > MaxAlsoChars)
            return false;
    }
    return true;
}

bool plainRow(const QList<Version> &versions, const AlignedRow &row)
{
    if (row.boilerplate)
        return false;
    bool any = false;
    for (int w = 0; w < row.cells.size(); ++w) {
        if (row.cells.at(w) < 0)
            continue;
        if (!plainCell(versions, row, w))
            return false;
        any = true;
    }
    return any;
}

} // namespace

void linkMergedRows(QList<AlignedRow> &rows, const QList<Version> &versions, const StorySimilarity &story)
{
    const int nr = int(rows.size());
    const int nv = versions.size();
    QList<bool> plain(nr);
    for (int r = 0; r < nr; ++r)
        plain[r] = plainRow(versions, rows.at(r));
    const qsizetype perRow = qsizetype(std::max(nr, 1)) * std::max(nv, 1) * 2;
    const int window = int(std::min<qsizetype>(AlsoWindow, MaxAlsoCells / perRow));
    // What a row u says of a cell's text depends on the text, not on the version: the versions that carry
    // one text on a row (copies share their bag's data) ask each row once.
    struct Said
    {
        bool known = false;
        double best = 0;
        StorySimilarity::Bag there;
    };
    struct OwnText
    {
        const int *terms;
        std::vector<Said> byRow; // row u at u - (r - window)
    };
    std::vector<OwnText> texts;
    for (int r = 0; r < nr && window > 0; ++r) {
        if (!plain.at(r))
            continue;
        const AlignedRow &row = rows.at(r);
        texts.clear();
        for (int v = 0; v < nv; ++v) {
            if (row.cells.at(v) < 0)
                continue;
            const StorySimilarity::Bag own = story.bag(v, row.cells.at(v), row.spans.at(v));
            if (own.terms.size() < AlsoTerms)
                continue;
            // Alone on its row: no other version has a sentence there.
            bool alone = true;
            for (int w = 0; w < nv && alone; ++w)
                alone = w == v || row.cells.at(w) < 0;
            std::vector<Said> *said = nullptr;
            if (!alone && row.spans.at(v) == 1) {
                auto known = std::find_if(texts.begin(), texts.end(),
                    [&](const OwnText &t) { return t.terms == own.terms.constData(); });
                if (known == texts.end()) {
                    texts.push_back({ own.terms.constData(), std::vector<Said>(size_t(2 * window + 1)) });
                    known = texts.end() - 1;
                }
                said = &known->byRow;
            }
            struct Found
            {
                double share;
                int row;
                StorySimilarity::Bag there;
            };
            QList<Found> found;
            for (int u = std::max(0, r - window); u < std::min(nr, r + window + 1); ++u) {
                const AlignedRow &other = rows.at(u);
                // A row the version has a sentence of is said there; a row it moved a sentence away from
                // may still be said here too (the moved sentence says it again, or only in part).
                if (u == r || !plain.at(u) || other.cells.at(v) >= 0)
                    continue;
                Said computed;
                Said &out = said ? (*said)[size_t(u - (r - window))] : computed;
                if (!out.known) {
                    out.known = true;
                    for (int w = 0; w < nv; ++w) {
                        if (w == v || other.cells.at(w) < 0)
                            continue;
                        // A version with a sentence in both rows keeps them apart; the cell is judged by it.
                        if (!alone && row.cells.at(w) < 0)
                            continue;
                        const StorySimilarity::Bag here
                            = alone ? StorySimilarity::Bag() : story.bag(w, row.cells.at(w), row.spans.at(w));
                        const StorySimilarity::Bag there = story.bag(w, other.cells.at(w), other.spans.at(w));
                        const double shared = story.shared(there, own);
                        if (there.weight <= 0 || shared < (alone ? AloneShare : AlsoShare) * there.weight)
                            continue;
                        const StorySimilarity::Bag joined = story.join(here, there);
                        const double ownHere = story.shared(own, here), ownBoth = story.shared(own, joined);
                        const double gain = ownBoth - ownHere;
                        if (gain >= AlsoGain * own.weight
                            && (alone || story.similarity(own, joined) > story.similarity(own, here))
                            && shared / there.weight > out.best) {
                            out.best = shared / there.weight;
                            out.there = there;
                        }
                    }
                }
                if (out.best > 0)
                    found.append({ out.best, u, out.there });
            }
            if (found.isEmpty())
                continue;
            std::sort(
                found.begin(), found.end(), [](const Found &a, const Found &b) { return a.share > b.share; });
            found.resize(std::min(int(found.size()), alone ? MaxAlsoRows + 1 : MaxAlsoRows));
            if (alone) {
                // A sentence no other version has on its row: only where two or three rows together say
                // most of it.
                StorySimilarity::Bag all;
                for (const Found &f : std::as_const(found))
                    all = story.join(all, f.there);
                if (found.size() < 2 || story.shared(own, all) < AloneCover * own.weight)
                    continue;
            }
            QList<int> also;
            for (const Found &f : std::as_const(found))
                also.append(f.row);
            std::sort(also.begin(), also.end());
            if (rows[r].alsoRows.size() < nv)
                rows[r].alsoRows.resize(nv);
            rows[r].alsoRows[v] = also;
        }
    }
}

} // namespace Parallax
