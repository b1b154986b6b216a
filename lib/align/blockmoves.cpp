// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 of a version's pass, continued: sentences moved word for word, found by their text before any
// pair is compared, and moves of whole blocks (docs/alignment.md). An editor who moves a paragraph moves its
// sentences together, and may reword each of them; a sentence that says a row only weakly is then still
// told apart from an addition by its neighbours, which moved with it.
#include "align/versionpass_p.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <vector>

namespace Parallax::Internal {

void VersionPass::linkWordForWordMoves(QList<int> &emptied, QList<int> &targets)
{
    // Per text: how many emptied rows hold it in a one-sentence cell of another version (each row counted
    // once) and the last of them; how many targets are it and the last of them. O(rows + targets).
    struct Holders
    {
        int rows = 0, row = -1, targets = 0, target = -1;
    };
    QHash<QString, Holders> byKey;
    byKey.reserve(targets.size());
    for (const int to : std::as_const(targets)) {
        Holders &h = byKey[sents[rows[to].cells[v]].key];
        ++h.targets;
        h.target = to;
    }
    if (targets.isEmpty())
        return;
    // The targets' texts by the hash their profiles hold, so that a row's texts are not hashed again.
    QSet<size_t> targetHashes;
    for (const int to : std::as_const(targets))
        targetHashes.insert(sents[rows[to].cells[v]].keyHash);
    for (const int from : std::as_const(emptied)) {
        // Each text of the row once (align/rowtexts_p.h).
        for (const RowTexts::Cell &c : rowCells(std::as_const(rows)[from])) {
            if (c.span != 1)
                continue;
            const SentenceProfile &p = in.profiles.at(c.version).at(c.sentence);
            if (!targetHashes.contains(p.keyHash))
                continue;
            const auto it = byKey.find(p.key);
            if (it == byKey.end() || it->row == from)
                continue;
            ++it->rows;
            it->row = from;
        }
    }
    QSet<int> linked;
    for (const int to : std::as_const(targets)) {
        const Holders &h = byKey[sents[rows[to].cells[v]].key];
        if (h.rows != 1 || h.targets != 1 || rows[h.row].moveTo[v] >= 0 || rows[h.target].moveTo[v] >= 0)
            continue;
        rows[h.row].moveTo[v] = rows[h.target].id;
        rows[h.target].moveTo[v] = rows[h.row].id;
        linked.insert(h.row);
        linked.insert(h.target);
    }
    if (linked.isEmpty())
        return;
    const auto isLinked = [&](int row) { return linked.contains(row); };
    emptied.removeIf(isLinked);
    targets.removeIf(isLinked);
}

// Bound: O(W log W + R) for W weak pairs and R rows. Sorting, the row tables and the index by target row
// are built once; a pair is checked once in the first round and again only when a neighbour of its sentence
// has just moved (each row moves once and has two neighbours, so each pair is queued again at most twice);
// a check costs O(log W) (the partner is looked up, not searched). The rounds give the same links as
// repeating full passes over the pairs until none is added, as the rule reads.
void VersionPass::linkBlockMoves(QList<MoveCandidate> weak)
{
    if (weak.isEmpty())
        return;
    // Best first; of equal scores the earlier row (a total order: the result does not depend on the order
    // in which the pairs were found).
    std::sort(weak.begin(), weak.end(), [](const MoveCandidate &x, const MoveCandidate &y) {
        if (x.sim != y.sim)
            return x.sim > y.sim;
        return x.to != y.to ? x.to < y.to : x.from < y.from;
    });
    const int nr = int(rows.size());
    // The row of each of this version's sentences.
    QList<int> rowOfSentence(sents.size(), -1);
    for (int i = 0; i < nr; ++i)
        for (int k = 0; rows[i].cells[v] >= 0 && k < rows[i].spans[v]; ++k)
            rowOfSentence[rows[i].cells[v] + k] = i;
    QHash<int, int> indexOfId;
    for (int i = 0; i < nr; ++i)
        indexOfId.insert(rows[i].id, i);
    // Rows that hold a sentence of the base or of this version, counted up to each row, and the nearest such
    // row before and after each row: the cells do not change here, only the moves.
    std::vector<int> heldBefore(size_t(nr) + 1, 0), prevHeld(size_t(nr), -1), nextHeld(size_t(nr), -1);
    const auto held = [&](int i) { return rows[i].cells[in.base] >= 0 || rows[i].cells[v] >= 0; };
    for (int i = 0; i < nr; ++i)
        heldBefore[size_t(i) + 1] = heldBefore[size_t(i)] + (held(i) ? 1 : 0);
    for (int i = 1, last = -1; i < nr; ++i) {
        last = held(i - 1) ? i - 1 : last;
        prevHeld[size_t(i)] = last;
    }
    for (int i = nr - 2, last = -1; i >= 0; --i) {
        last = held(i + 1) ? i + 1 : last;
        nextHeld[size_t(i)] = last;
    }
    // Two emptied rows stand beside each other when no row between them holds a sentence of the base or of
    // this version (rows only other versions added may stand between).
    const auto beside = [&](int a, int b) {
        return a != b && heldBefore[size_t(std::max(a, b))] == heldBefore[size_t(std::min(a, b)) + 1];
    };
    const auto moved = [&](int row) { return rows[row].moveTo[v] >= 0; };
    const auto link = [&](int from, int to) {
        rows[from].moveTo[v] = rows[to].id;
        rows[to].moveTo[v] = rows[from].id;
    };
    // The rows of this version's sentences right before (-1) and after (+1) a one-sentence cell.
    const auto neighbourRows = [&](int to) {
        QList<std::pair<int, int>> out; // (row, side)
        const int s = rows[to].cells[v];
        if (rows[to].spans[v] != 1)
            return out;
        if (s > 0 && rowOfSentence[s - 1] >= 0)
            out.append({ rowOfSentence[s - 1], -1 });
        if (s + 1 < sents.size() && rowOfSentence[s + 1] >= 0)
            out.append({ rowOfSentence[s + 1], 1 });
        return out;
    };
    // A block keeps its order: the neighbour on one side left a row on the same side of this one's.
    const auto inBlock = [&](int from, int neighbourFrom, int side) {
        return (neighbourFrom - from) * side > 0 && beside(neighbourFrom, from);
    };
    // The pairs by their sentence's row, then by emptied row and rank: two counting sorts over the rows.
    const int nw = int(weak.size());
    const auto bucketSort = [&](const std::vector<int> &order, auto key) {
        std::vector<int> start(size_t(nr) + 1, 0), out(order.size());
        for (const int q : order)
            ++start[size_t(key(q)) + 1];
        for (int i = 0; i < nr; ++i)
            start[size_t(i) + 1] += start[size_t(i)];
        for (const int q : order)
            out[size_t(start[size_t(key(q))]++)] = q;
        return out;
    };
    std::vector<int> byRank(static_cast<size_t>(nw));
    for (int q = 0; q < nw; ++q)
        byRank[size_t(q)] = q;
    const std::vector<int> byTo = bucketSort(
        bucketSort(byRank, [&](int q) { return weak.at(q).from; }), [&](int q) { return weak.at(q).to; });
    // The first pair (by rank) from row `from` to row `to`, or -1.
    const auto rankOf = [&](int from, int to) {
        const auto it = std::lower_bound(byTo.begin(), byTo.end(), std::pair<int, int>(to, from),
            [&](int q, const std::pair<int, int> &key) {
                return std::pair<int, int>(weak.at(q).to, weak.at(q).from) < key;
            });
        return it != byTo.end() && weak.at(*it).to == to && weak.at(*it).from == from ? *it : -1;
    };
    // Whether the pair of this rank becomes a move; links it (and its partner) if so.
    const auto tryLink = [&](int a, std::vector<int> *linkedTo) {
        const MoveCandidate &c = weak.at(a);
        if (moved(c.from) || moved(c.to))
            return false;
        const QList<std::pair<int, int>> nextTo = neighbourRows(c.to);
        // Beside a move already made: the neighbour's row moved from a row beside this one's.
        const bool block = std::any_of(nextTo.begin(), nextTo.end(), [&](const std::pair<int, int> &n) {
            return moved(n.first) && rows[n.first].cells[in.base] < 0
                && inBlock(c.from, indexOfId.value(rows[n.first].moveTo[v]), n.second);
        });
        // Or two weak pairs that stand beside each other on both sides move together: an emptied row holds
        // a sentence of the base, so the partner's is the nearest such row on that side.
        int partner = -1;
        for (const auto &[row, side] : nextTo) {
            if (block)
                break;
            const int from = side < 0 ? prevHeld[size_t(c.from)] : nextHeld[size_t(c.from)];
            const int b = from < 0 ? -1 : rankOf(from, row);
            if (b < 0 || b == a || moved(weak.at(b).from) || moved(weak.at(b).to) || weak.at(b).from == c.from
                || !inBlock(c.from, weak.at(b).from, side))
                continue;
            partner = partner < 0 ? b : std::min(partner, b);
        }
        if (!block && partner < 0)
            return false;
        link(c.from, c.to);
        linkedTo->push_back(c.to);
        if (partner >= 0) {
            link(weak.at(partner).from, weak.at(partner).to);
            linkedTo->push_back(weak.at(partner).to);
        }
        return true;
    };
    // Rounds: the first checks every pair by rank; a later one only the pairs whose sentence's neighbour
    // moved after they were last checked (nothing else can make a pair that failed succeed: moved rows and
    // partners only become fewer).
    std::vector<int> queuedFor(size_t(nw), 0); // the round a pair was last queued for
    std::priority_queue<int, std::vector<int>, std::greater<>> thisRound;
    std::vector<int> nextRound, linkedTo;
    int round = 1, at = -1;
    const auto requeue = [&](int to) {
        // The rows whose one-sentence cell stands right before or after this row's cell.
        const int s = rows[to].cells[v];
        for (const int sentence : { s - 1, s + rows[to].spans[v] }) {
            const int row = sentence >= 0 && sentence < sents.size() ? rowOfSentence[sentence] : -1;
            if (row < 0)
                continue;
            auto it = std::lower_bound(
                byTo.begin(), byTo.end(), row, [&](int q, int key) { return weak.at(q).to < key; });
            for (; it != byTo.end() && weak.at(*it).to == row; ++it) {
                const int q = *it;
                if (q > at && round > 1 && queuedFor[size_t(q)] != round) {
                    queuedFor[size_t(q)] = round;
                    thisRound.push(q);
                } else if (q <= at && queuedFor[size_t(q)] != round + 1) {
                    queuedFor[size_t(q)] = round + 1;
                    nextRound.push_back(q);
                }
            }
        }
    };
    const auto check = [&](int a) {
        at = a;
        linkedTo.clear();
        if (tryLink(a, &linkedTo))
            for (const int to : linkedTo)
                requeue(to);
    };
    for (int a = 0; a < nw; ++a)
        check(a);
    while (!nextRound.empty()) {
        ++round;
        at = -1;
        for (const int q : nextRound)
            thisRound.push(q);
        nextRound.clear();
        while (!thisRound.empty()) {
            const int a = thisRound.top();
            thisRound.pop();
            check(a);
        }
    }
}

} // namespace Parallax::Internal
