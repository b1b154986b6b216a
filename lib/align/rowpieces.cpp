// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowpieces_p.h"

#include "align/roles.h"
#include "align/rowindex_p.h"

#include <algorithm>
#include <vector>

namespace Parallax {

QList<Match> pairBetweenMatches(const QList<Match> &found, int r0, int s0, int n, int m, double floor,
    const std::function<double(int, int)> &sim, const std::function<bool(int, int)> &plain)
{
    QList<Match> out;
    auto fill = [&](int i0, int i1, int j0, int j1) { // the block [i0, i1) x [j0, j1), gap-relative
        if (i1 <= i0 || j1 <= j0 || i1 - i0 > ContextBlock || j1 - j0 > ContextBlock)
            return;
        QList<Match> picked;
        for (;;) {
            double best = floor;
            int bi = -1, bj = -1;
            for (int i = i0; i < i1; ++i)
                for (int j = j0; j < j1; ++j) {
                    const double s = sim(i, j);
                    if (s < best || !plain(i, j))
                        continue;
                    // In order with the pairs already picked, each row and sentence once.
                    const bool fits = std::all_of(picked.cbegin(), picked.cend(), [&](const Match &p) {
                        return (p.row < r0 + i && p.sentence < s0 + j)
                            || (p.row > r0 + i && p.sentence > s0 + j);
                    });
                    if (fits) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            if (bi < 0)
                break;
            picked.append({ r0 + bi, 1, s0 + bj, 1 });
        }
        std::sort(picked.begin(), picked.end(), [](const Match &a, const Match &b) { return a.row < b.row; });
        out.append(picked);
    };
    int nextRow = 0, nextSentence = 0;
    for (const Match &mt : found) {
        fill(nextRow, mt.row - r0, nextSentence, mt.sentence - s0);
        out.append(mt);
        nextRow = mt.row - r0 + mt.rowSpan;
        nextSentence = mt.sentence - s0 + mt.span;
    }
    fill(nextRow, n, nextSentence, m);
    return out;
}

void linkMovesBetweenVersions(QList<BuildRow> &rows, int base, const StorySimilarity &story,
    const QList<Version> &versions, const QList<QList<SentenceProfile>> &profiles, double floor,
    double headerFloor, qsizetype maxCells)
{
    const int nr = int(rows.size());
    if (nr < 2)
        return;
    const int nv = int(rows.first().cells.size());
    auto role = [&](const BuildRow &r) { return versions.at(r.repVersion).sentences.at(r.repSentence).role; };
    auto subheading = [&](const BuildRow &r) {
        return isSubheading(versions.at(r.repVersion).sentences.at(r.repSentence));
    };
    auto boilerplate
        = [&](const BuildRow &r) { return profiles.at(r.repVersion).at(r.repSentence).boilerplate; };
    // Which rows hold each term, through any cell: the rows a sentence could have moved from.
    QHash<int, QList<int>> postings;
    for (int i = 0; i < nr; ++i) {
        if (boilerplate(rows[i]))
            continue;
        for (int w = 0; w < nv; ++w) {
            if (rows[i].cells[w] < 0)
                continue;
            for (int t : story.bag(w, rows[i].cells[w], rows[i].spans[w]).terms) {
                QList<int> &list = postings[t];
                if (list.isEmpty() || list.last() != i)
                    list.append(i);
            }
        }
    }
    // Like the gaps, the search stays linear on pathological inputs (thousands of rows no base has).
    qsizetype lone = 0;
    for (const BuildRow &r : std::as_const(rows))
        lone += r.cells[base] < 0 ? 1 : 0;
    if (lone * nr > maxCells)
        return;
    struct Candidate
    {
        double sim;
        int version, from, to;
    };
    QList<Candidate> candidates;
    // The versions of a row mostly carry one text (copies share their bag's data): what a text could
    // share with each row, and its best similarity with each row's cells, are found once per row and text.
    struct Text
    {
        const int *terms;
        std::vector<double> acc; // an upper bound of the weight each row could share with the text
        std::vector<double> best; // per row: the best similarity with its cells, -1 until asked
    };
    std::vector<Text> texts;
    for (int to = 0; to < nr; ++to) {
        const BuildRow &r = std::as_const(rows)[to];
        if (r.cells[base] >= 0 || boilerplate(r))
            continue;
        const bool header = isHeaderRole(role(r));
        texts.clear();
        for (int v = 0; v < nv; ++v) {
            if (r.cells[v] < 0 || r.moveTo[v] >= 0)
                continue;
            const StorySimilarity::Bag moved = story.bag(v, r.cells[v], r.spans[v]);
            // A bag of several sentences is joined afresh, and is its own text.
            const auto known = std::find_if(texts.begin(), texts.end(),
                [&](const Text &t) { return r.spans[v] == 1 && t.terms == moved.terms.constData(); });
            Text *text = known != texts.end() ? &*known : nullptr;
            if (!text) {
                texts.push_back({ r.spans[v] == 1 ? moved.terms.constData() : nullptr,
                    std::vector<double>(static_cast<size_t>(nr), 0.0),
                    std::vector<double>(static_cast<size_t>(nr), -1.0) });
                text = &texts.back();
                std::vector<double> &acc = text->acc;
                for (int t : moved.terms) {
                    for (int i : postings.value(t))
                        acc[size_t(i)] += story.termWeight(t);
                    for (int y : story.synonyms(t))
                        for (int i : postings.value(y))
                            acc[size_t(i)] += story.termWeight(t);
                }
            }
            const std::vector<double> &acc = text->acc;
            for (int from = 0; from < nr; ++from) {
                const BuildRow &f = std::as_const(rows)[from];
                if (from == to || f.cells[v] >= 0 || f.moveTo[v] >= 0 || acc[size_t(from)] <= 0
                    || boilerplate(f)
                    || (!header && !isHeaderRole(role(f)) && subheading(f) != subheading(r)))
                    continue;
                const double need = (header || isHeaderRole(role(f))) ? headerFloor : floor;
                double &best = text->best[size_t(from)];
                if (best < 0) {
                    best = 0;
                    for (int w = 0; w < nv; ++w) {
                        if (f.cells[w] < 0)
                            continue;
                        const StorySimilarity::Bag other = story.bag(w, f.cells[w], f.spans[w]);
                        if (2 * acc[size_t(from)] < need * (moved.weight + other.weight))
                            continue;
                        best = std::max(best, story.similarity(moved, other));
                    }
                }
                if (best >= need)
                    candidates.append({ best, v, from, to });
            }
        }
    }
    // The closest pairs first; of two rows that could each be the other's move, the version added later
    // is the one said to have moved.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.sim > y.sim || (x.sim == y.sim && x.version > y.version);
    });
    auto partners = [&](int a, int b) {
        for (int w = 0; w < nv; ++w)
            if (rows[a].moveTo[w] == rows[b].id)
                return true;
        return false;
    };
    for (const Candidate &c : std::as_const(candidates)) {
        if (rows[c.from].moveTo[c.version] >= 0 || rows[c.to].moveTo[c.version] >= 0
            || partners(c.from, c.to))
            continue;
        rows[c.from].moveTo[c.version] = rows[c.to].id;
        rows[c.to].moveTo[c.version] = rows[c.from].id;
    }
}

namespace {

// A piece must have this share of its weight said by the row it joins, and add to what the row's
// sentence of the version already says of it by half what it shares: each piece matches its own part.
constexpr double PieceShare = 0.5;
constexpr double PieceGain = 0.5;

// The cells a sentence of version v on row `row` is compared with: the other versions' cells, or, for a
// row that holds only a moved sentence, the cells of the row it moved from.
QList<StorySimilarity::Bag> referenceBags(
    const QList<BuildRow> &rows, int row, int v, const StorySimilarity &story, RowIndex &indexOfId)
{
    QList<StorySimilarity::Bag> out;
    const BuildRow &r = rows[row];
    for (int w = 0; w < r.cells.size(); ++w)
        if (w != v && r.cells[w] >= 0)
            out.append(story.bag(w, r.cells[w], r.spans[w]));
    if (out.isEmpty() && r.moveTo[v] >= 0) {
        const BuildRow &partner = rows[indexOfId.of(r.moveTo[v])];
        for (int w = 0; w < partner.cells.size(); ++w)
            if (w != v && partner.cells[w] >= 0)
                out.append(story.bag(w, partner.cells[w], partner.spans[w]));
    }
    return out;
}

bool alone(const BuildRow &r, int v)
{
    for (int w = 0; w < r.cells.size(); ++w)
        if ((w != v && r.cells[w] >= 0) || r.moveTo[w] >= 0)
            return false;
    return r.cells[v] >= 0 && r.spans[v] == 1;
}

} // namespace

void attachSplitPieces(QList<BuildRow> &rows, int v, const StorySimilarity &story,
    const std::function<bool(const BuildRow &)> &plainRow, const std::function<bool(int)> &plainSentence)
{
    // Only the rows that hold a sentence of v can take part (a lone piece and the row it joins both hold
    // one): they are found by one read of a cell per row, and the steps below cost v's sentences, not the
    // table. Per version O(rows + sentences of v x versions); no hash of every row.
    const QList<BuildRow> &table = std::as_const(rows);
    std::vector<int> holding; // rows with a sentence of v, in order
    std::vector<int> rowOfSentence; // sentence of v -> row index, for every sentence of a span
    for (int i = 0; i < int(table.size()); ++i) {
        const int first = table[i].cells[v];
        if (first < 0)
            continue;
        holding.push_back(i);
        const int end = first + table[i].spans[v];
        if (size_t(end) > rowOfSentence.size())
            rowOfSentence.resize(size_t(end), -1);
        for (int k = first; k < end; ++k)
            rowOfSentence[size_t(k)] = i;
    }
    const auto rowOf = [&](int sentence) {
        return sentence >= 0 && size_t(sentence) < rowOfSentence.size() ? rowOfSentence[size_t(sentence)]
                                                                        : -1;
    };
    RowIndex indexOfId(rows);
    struct Attach
    {
        int lone, target;
        bool above; // the piece goes before the target's sentences
    };
    QList<Attach> attaches;
    for (const int u : holding) {
        if (!alone(table[u], v) || !plainRow(table[u]))
            continue;
        const int j = table[u].cells[v];
        if (!plainSentence(j))
            continue;
        const StorySimilarity::Bag &piece = story.bag(v, j);
        double bestGain = 0;
        Attach best { -1, -1, false };
        for (const int neighbour : { j - 1, j + 1 }) {
            const int t = rowOf(neighbour);
            if (t < 0 || alone(table[t], v) || !plainRow(table[t]))
                continue;
            const BuildRow &target = table[t];
            // The piece must stand right beside the target's sentences of this version.
            const bool above = neighbour == j + 1;
            if (above ? target.cells[v] != j + 1 : target.cells[v] + target.spans[v] != j)
                continue;
            const StorySimilarity::Bag own = story.bag(v, target.cells[v], target.spans[v]);
            const StorySimilarity::Bag joined = story.join(own, piece);
            for (const StorySimilarity::Bag &c : referenceBags(rows, t, v, story, indexOfId)) {
                const double said = story.shared(piece, c);
                if (said < PieceShare * piece.weight)
                    continue;
                const double gain = story.shared(joined, c) - story.shared(own, c);
                if (gain >= PieceGain * said && story.similarity(joined, c) > story.similarity(own, c)
                    && gain > bestGain) {
                    bestGain = gain;
                    best = { u, t, above };
                }
            }
        }
        if (best.lone >= 0)
            attaches.append(best);
    }
    if (attaches.isEmpty())
        return;
    QList<bool> drop(rows.size(), false);
    for (const Attach &a : std::as_const(attaches)) {
        BuildRow &target = rows[a.target];
        if (a.above)
            --target.cells[v];
        ++target.spans[v];
        drop[a.lone] = true;
    }
    removeRows(rows, drop);
}

void mergeCoveredRows(QList<BuildRow> &rows, int v, const StorySimilarity &story,
    const std::function<bool(const BuildRow &)> &plainRow)
{
    const int nv = rows.isEmpty() ? 0 : int(rows.first().cells.size());
    auto inMoveAny = [&](const BuildRow &r) {
        return std::any_of(r.moveTo.cbegin(), r.moveTo.cend(), [](int m) { return m >= 0; });
    };
    // A merged row stays where the first of the two stood and the second is only marked, its neighbours
    // linked past it, and the marked rows go in one pass at the end: per version O(rows + merges), where
    // removing each from the list and indexing the rows again took O(rows) a merge.
    const int nr = int(rows.size());
    std::vector<int> before(static_cast<size_t>(nr)),
        after(static_cast<size_t>(nr)); // the nearest rows not removed
    for (int i = 0; i < nr; ++i) {
        before[size_t(i)] = i - 1;
        after[size_t(i)] = i + 1;
    }
    QList<bool> removed(nr, false);
    bool anyRemoved = false;
    RowIndex indexOfId(rows);
    for (int t = 0; t < nr; ++t) {
        // Only a row with this version's sentence or move can take a merge: one read of a cell and of a
        // move passes over the others (most rows, when the versions share little) before any lookup.
        if (removed[t] || (rows[t].cells[v] < 0 && rows[t].moveTo[v] < 0) || !plainRow(rows[t]))
            continue;
        // This version's sentence of the row: its own cell, or, for a row the version moved away from,
        // its cell on the row it moved to (a sentence may merge two rows and move as well).
        StorySimilarity::Bag own;
        if (rows[t].cells[v] >= 0 && !inMoveAny(rows[t])) {
            own = story.bag(v, rows[t].cells[v], rows[t].spans[v]);
        } else if (rows[t].cells[v] < 0 && rows[t].moveTo[v] >= 0) {
            const BuildRow &to = rows[indexOfId.of(rows[t].moveTo[v])];
            if (to.cells[v] < 0)
                continue;
            own = story.bag(v, to.cells[v], to.spans[v]);
        } else {
            continue;
        }
        // A row beside it, without this version, whose sentence this version's sentence also says.
        for (const int u : { before[size_t(t)], after[size_t(t)] }) {
            if (u < 0 || u >= nr || rows[u].cells[v] >= 0 || inMoveAny(rows[u]) || !plainRow(rows[u]))
                continue;
            const BuildRow &first = rows[std::min(t, u)], &second = rows[std::max(t, u)];
            bool adjacent = true;
            int apart = 0; // versions other than v with a sentence on both rows
            for (int w = 0; w < nv && adjacent; ++w) {
                if (first.cells[w] >= 0 && second.cells[w] >= 0) {
                    adjacent = first.cells[w] + first.spans[w] == second.cells[w];
                    apart += w != v ? 1 : 0;
                }
            }
            // One version keeping the two apart is what the merge is judged by; where a second one keeps
            // them apart too, joining the rows would link each of its sentences with the other's.
            if (!adjacent || apart != 1)
                continue;
            bool covers = false;
            for (int w = 0; w < nv && !covers; ++w) {
                if (w == v || rows[t].cells[w] < 0 || rows[u].cells[w] < 0)
                    continue;
                const StorySimilarity::Bag here = story.bag(w, rows[t].cells[w], rows[t].spans[w]);
                const StorySimilarity::Bag there = story.bag(w, rows[u].cells[w], rows[u].spans[w]);
                const double said = story.shared(there, own);
                if (said < PieceShare * there.weight)
                    continue;
                const StorySimilarity::Bag joined = story.join(here, there);
                const double gain = story.shared(own, joined) - story.shared(own, here);
                covers
                    = gain >= PieceGain * said && story.similarity(own, joined) > story.similarity(own, here);
            }
            if (!covers)
                continue;
            BuildRow merged = first;
            for (int w = 0; w < nv; ++w) {
                if (second.cells[w] < 0)
                    continue;
                if (merged.cells[w] < 0) {
                    merged.cells[w] = second.cells[w];
                    merged.spans[w] = second.spans[w];
                } else {
                    merged.spans[w] += second.spans[w];
                }
            }
            if (merged.repVersion == second.repVersion
                && merged.repSentence + merged.repSpan == second.repSentence)
                merged.repSpan += second.repSpan;
            // The merged row keeps the identity and moves of the row the sentence matched.
            merged.id = rows[t].id;
            merged.moveTo = rows[t].moveTo;
            const int at = std::min(t, u), gone = std::max(t, u);
            rows[at] = merged;
            indexOfId.moved(merged.id, at);
            rows[gone].id = -1; // no move points at it: neither row of a merge is in one but the kept row
            removed[gone] = true;
            anyRemoved = true;
            after[size_t(at)] = after[size_t(gone)];
            if (after[size_t(gone)] < nr)
                before[size_t(after[size_t(gone)])] = at;
            t = at - 1; // look at the merged row again: a sentence may say three
            break;
        }
    }
    if (anyRemoved)
        removeRows(rows, removed);
}

} // namespace Parallax
