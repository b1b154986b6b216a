// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 of a version's pass, continued: a sentence moved and split in two (docs/alignment.md). An editor
// who moves a sentence to another place may also cut it in two ("Northline Power urged people to keep away
// from fallen lines and to report them on 105." becomes "Northline Power reminded people not to go near
// fallen power lines. Anyone who sees one should report it by calling 105." at the end of the story).
// Neither piece alone says enough of the emptied row to be its move; the two together do, each saying its
// own part of it.
#include "align/roles.h"
#include "align/versionpass_p.h"

#include <algorithm>

namespace Parallax::Internal {

void VersionPass::linkSplitMoves(const QList<int> &emptied, const QList<QList<Bag>> &emptiedBags)
{
    // Two sentences of this version, one after the other, each alone on a new row of its own, the rows side
    // by side, neither moved, both running text.
    const auto plain = [&](int row) {
        const BuildRow &r = rows[row];
        if (r.moveTo[v] >= 0 || r.cells[v] < 0 || r.spans[v] != 1)
            return false;
        for (int w = 0; w < nv; ++w)
            if (w != v && r.cells[w] >= 0)
                return false;
        const int s = r.cells[v];
        return !sents[s].boilerplate && !isHeaderRole(role(v, s)) && !subheading(v, s)
            && ordinaryLength(v, s);
    };
    QList<int> firsts; // row of the first piece; the second is the next row
    for (int i = 0; i + 1 < rows.size(); ++i)
        if (plain(i) && plain(i + 1) && rows[i + 1].cells[v] == rows[i].cells[v] + 1)
            firsts.append(i);
    if (firsts.isEmpty() || qsizetype(firsts.size()) * emptied.size() > MaxMovePairs)
        return;
    struct Candidate
    {
        double sim;
        int from, first;
    };
    QList<Candidate> candidates;
    for (const int first : std::as_const(firsts)) {
        const Bag &a = story.bag(v, rows[first].cells[v]);
        const Bag &b = story.bag(v, rows[first + 1].cells[v]);
        const Bag joined = story.join(a, b);
        for (qsizetype k = 0; k < emptied.size(); ++k) {
            const int from = emptied.at(k);
            if (rows[from].moveTo[v] >= 0 || isHeaderRole(rowRole(rows[from])) || rowSubheading(rows[from]))
                continue;
            const QList<Bag> &cells = emptiedBags.at(k);
            // Each piece says its own part of one cell (joinedSim), and together they say the row as a
            // move must, clearly better than either piece alone.
            if (joinedSim(cells, a, b, joined) <= 0)
                continue;
            const double together = coverSim(cells, joined);
            const double single = std::max(coverSim(cells, a), coverSim(cells, b));
            if (together >= MoveFloor && together >= single + JoinMargin)
                candidates.append({ together, from, first });
        }
    }
    if (candidates.isEmpty())
        return;
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate &x, const Candidate &y) { return x.sim > y.sim; });
    QList<bool> drop(rows.size(), false);
    for (const Candidate &c : std::as_const(candidates)) {
        BuildRow &first = rows[c.first];
        if (rows[c.from].moveTo[v] >= 0 || first.moveTo[v] >= 0 || drop.at(c.first) || drop.at(c.first + 1)
            || first.spans[v] != 1)
            continue;
        first.spans[v] = 2;
        drop[c.first + 1] = true;
        rows[c.from].moveTo[v] = first.id;
        first.moveTo[v] = rows[c.from].id;
    }
    removeRows(rows, drop);
}

} // namespace Parallax::Internal
