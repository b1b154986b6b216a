// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowmerges_p.h"

#include "align/roles.h"
#include "align/rowmergebags_p.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <vector>

namespace Parallax {

using Internal::Statements;

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
// And so that the judgements of distinct cells against distinct sentences of the other versions
// (rowmergebags_p.h) stay under the budget where the versions differ everywhere.
constexpr qsizetype MaxAlsoJudgements = 400'000;
// Sentences shorter than this (content terms) say too little to cover a second row.
constexpr int AlsoTerms = 3;
// Longer sentences take no part (as in the aligner's other steps beyond its programme).
constexpr qsizetype MaxAlsoChars = 2'000;

// StorySimilarity::similarity(a, b) from the weight the two share, already measured.
double similarity(double shared, const StorySimilarity::Bag &a, const StorySimilarity::Bag &b)
{
    if (a.weight + b.weight <= 0)
        return 0;
    return 2 * shared / (a.weight + b.weight);
}

bool plainCell(const QList<Version> &versions, const AlignedRow &row, int v)
{
    const int first = row.cells.at(v);
    if (first < 0)
        return false;
    for (int k = 0; k < row.spans.at(v); ++k) {
        const Sentence &s = versions.at(v).sentences.at(first + k);
        if (s.boilerplate || isHeaderRole(s.role) || isSubheading(s) || s.end - s.start > MaxAlsoChars)
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

void linkMergedRows(QList<AlignedRow> &rows, const QList<Version> &versions, const StorySimilarity &story,
    const Internal::Statements *statements)
{
    const int nr = int(rows.size());
    const int nv = versions.size();
    QList<bool> plain(nr);
    for (int r = 0; r < nr; ++r)
        plain[r] = plainRow(versions, rows.at(r));
    const qsizetype perRow = qsizetype(std::max(nr, 1)) * std::max(nv, 1) * 2;
    int window = int(std::min<qsizetype>(AlsoWindow, MaxAlsoCells / perRow));
    if (window <= 0)
        return;
    const MergeBags bags(rows, versions, story, plain);
    // The frame of each distinct cell bag (align/attribution_p.h): who its sentence says said it.
    QHash<int, QList<int>> frames;
    for (int r = 0; statements && r < nr; ++r)
        for (int v = 0; plain.at(r) && v < nv; ++v)
            if (rows.at(r).cells.at(v) >= 0 && !frames.contains(bags.id(r, v)))
                frames.insert(
                    bags.id(r, v), statements->frame(v, rows.at(r).cells.at(v), rows.at(r).spans.at(v)));
    // Whether the cell says the other row's sentence by what it states, not only by the source both name:
    // "Northline Power said" its outage figures and its reconnection estimate.
    const auto statesIt = [&](int ownId, int thereId, double share) {
        const QList<int> shared = Statements::common(frames.value(ownId), frames.value(thereId));
        if (shared.isEmpty())
            return true;
        const StorySimilarity::Bag there = statements->without(bags.bag(thereId), shared);
        return there.weight > 0
            && story.shared(there, statements->without(bags.bag(ownId), shared)) >= share * there.weight;
    };
    window = bags.window(window, AlsoTerms, MaxAlsoJudgements);
    // The terms of the cell judged, for a bound on what another sentence can share with it.
    std::vector<char> inOwn(size_t(story.termCount()), 0);
    for (int r = 0; r < nr && window > 0; ++r) {
        if (!plain.at(r))
            continue;
        const AlignedRow &row = rows.at(r);
        // Alone on its row: no other version has a sentence there.
        int cells = 0;
        for (int w = 0; w < nv; ++w)
            cells += row.cells.at(w) >= 0 ? 1 : 0;
        const bool alone = cells == 1;
        // Per other row: the distinct sentences of the other versions, and per distinct cell bag judged
        // there, the best share and the bag of the other row it says.
        const int lo = std::max(0, r - window), hi = std::min(nr, r + window + 1);
        QList<std::optional<QList<std::pair<int, int>>>> pairsThere(hi - lo);
        QHash<qint64, std::pair<double, int>> judged;
        for (int v = 0; v < nv; ++v) {
            if (row.cells.at(v) < 0)
                continue;
            const int ownId = bags.id(r, v);
            const StorySimilarity::Bag &own = bags.bag(ownId);
            if (own.terms.size() < AlsoTerms)
                continue;
            struct Found
            {
                double share;
                int row;
                StorySimilarity::Bag there;
            };
            QList<Found> found;
            // The cell's terms (1) and their synonyms (2).
            for (int t : own.terms)
                for (int y : story.synonyms(t))
                    inOwn[size_t(y)] = 2;
            for (int t : own.terms)
                inOwn[size_t(t)] = 1;
            // At most what StorySimilarity::shared(there, own) can give: the terms both have, and each of
            // there's other terms that is a synonym of one of the cell's at its synonym credit. Most
            // sentences of the window say far less than AlsoShare of the cell, and the bound, one look-up
            // per term, spares them the whole comparison. (A hair of margin for the other order of the
            // additions.)
            const auto cannotSay = [&](const StorySimilarity::Bag &there, double share) {
                double bound = 0, credit = 0;
                for (int t : there.terms) {
                    if (inOwn[size_t(t)] == 1)
                        bound += story.termWeight(t);
                    else if (inOwn[size_t(t)] == 2)
                        credit += story.termWeight(t);
                }
                bound += StorySimilarity::SynonymCredit * credit;
                return bound * (1 + 1e-9) < share * there.weight;
            };
            // What the cell shares with each sentence of its own row, asked for every other row: once.
            QVarLengthArray<std::pair<int, double>, 8> ownShared;
            const auto sharedHere = [&](int hereId, const StorySimilarity::Bag &here) {
                for (const auto &[id, value] : std::as_const(ownShared))
                    if (id == hereId)
                        return value;
                ownShared.append({ hereId, story.shared(own, here) });
                return ownShared.back().second;
            };
            for (int u = lo; u < hi; ++u) {
                const AlignedRow &other = rows.at(u);
                // A row the version has a sentence of is said there; a row it moved a sentence away from
                // may still be said here too (the moved sentence says it again, or only in part).
                if (u == r || !plain.at(u) || other.cells.at(v) >= 0)
                    continue;
                const qint64 key = (qint64(u) << 32) | quint32(ownId);
                auto result = judged.constFind(key);
                if (result == judged.cend()) {
                    std::optional<QList<std::pair<int, int>>> &candidates = pairsThere[u - lo];
                    if (!candidates)
                        candidates = bags.pairs(r, u, alone);
                    double best = 0;
                    int bestThere = -1;
                    // Every version with a sentence in the other row (and, unless the cell is alone, in
                    // this one: a version with a sentence in both rows keeps them apart; the cell is
                    // judged by it).
                    for (const auto &[hereId, thereId] : std::as_const(*candidates)) {
                        const StorySimilarity::Bag &here = bags.bag(hereId), &there = bags.bag(thereId);
                        if (cannotSay(there, alone ? AloneShare : AlsoShare))
                            continue;
                        const double said = story.shared(there, own);
                        if (there.weight <= 0 || said < (alone ? AloneShare : AlsoShare) * there.weight
                            || !(said / there.weight > best))
                            continue;
                        const StorySimilarity::Bag joined = story.join(here, there);
                        const double ownHere = sharedHere(hereId, here), ownBoth = story.shared(own, joined);
                        const double gain = ownBoth - ownHere;
                        if (gain >= AlsoGain * own.weight
                            && (alone || similarity(ownBoth, own, joined) > similarity(ownHere, own, here))
                            && statesIt(ownId, thereId, alone ? AloneShare : AlsoShare)) {
                            best = said / there.weight;
                            bestThere = thereId;
                        }
                    }
                    result = judged.insert(key, { best, bestThere });
                }
                if (result->first > 0)
                    found.append({ result->first, u, bags.bag(result->second) });
            }
            for (int t : own.terms) {
                inOwn[size_t(t)] = 0;
                for (int y : story.synonyms(t))
                    inOwn[size_t(y)] = 0;
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
