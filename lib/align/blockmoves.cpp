// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 of a version's pass, continued: moves of whole blocks (docs/alignment.md). An editor who moves a
// paragraph moves its sentences together, and may reword each of them; a sentence that says a row only
// weakly is then still told apart from an addition by its neighbours, which moved with it.
#include "align/versionpass_p.h"

#include <algorithm>

namespace Parallax::Internal {

void VersionPass::linkBlockMoves(QList<MoveCandidate> weak)
{
    if (weak.isEmpty())
        return;
    std::sort(weak.begin(), weak.end(),
        [](const MoveCandidate &x, const MoveCandidate &y) { return x.sim > y.sim; });
    // The row of each of this version's sentences.
    QList<int> rowOfSentence(sents.size(), -1);
    for (int i = 0; i < rows.size(); ++i)
        for (int k = 0; rows[i].cells[v] >= 0 && k < rows[i].spans[v]; ++k)
            rowOfSentence[rows[i].cells[v] + k] = i;
    QHash<int, int> indexOfId;
    for (int i = 0; i < rows.size(); ++i)
        indexOfId.insert(rows[i].id, i);
    // Two emptied rows stand beside each other when no row between them holds a sentence of the base or of
    // this version (rows only other versions added may stand between).
    const auto beside = [&](int a, int b) {
        if (a == b)
            return false;
        for (int i = std::min(a, b) + 1; i < std::max(a, b); ++i)
            if (rows[i].cells[in.base] >= 0 || rows[i].cells[v] >= 0)
                return false;
        return true;
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
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype a = 0; a < weak.size(); ++a) {
            const MoveCandidate &c = weak.at(a);
            if (moved(c.from) || moved(c.to))
                continue;
            const QList<std::pair<int, int>> nextTo = neighbourRows(c.to);
            // Beside a move already made: the neighbour's row moved from a row beside this one's.
            bool block = std::any_of(nextTo.begin(), nextTo.end(), [&](const std::pair<int, int> &n) {
                return moved(n.first) && rows[n.first].cells[in.base] < 0
                    && inBlock(c.from, indexOfId.value(rows[n.first].moveTo[v]), n.second);
            });
            // Or two weak pairs that stand beside each other on both sides move together.
            qsizetype partner = -1;
            for (qsizetype b = 0; !block && partner < 0 && b < weak.size(); ++b) {
                const MoveCandidate &d = weak.at(b);
                if (b == a || moved(d.from) || moved(d.to) || d.from == c.from)
                    continue;
                for (const auto &[row, side] : nextTo)
                    if (row == d.to && inBlock(c.from, d.from, side))
                        partner = b;
            }
            if (!block && partner < 0)
                continue;
            link(c.from, c.to);
            if (partner >= 0)
                link(weak.at(partner).from, weak.at(partner).to);
            changed = true;
        }
    }
}

} // namespace Parallax::Internal
