// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3 of a version's pass, refined: context yields to content (docs/alignment.md). Rows and sentences
// left between two matches are likelier rewrites of each other than a drop beside an addition, but not a
// sentence that plainly rewrites a row elsewhere (an update moves "Trains ... will run again" far from the
// rail row it rewrites; beside it stands a quote about "a train going through the house"), nor a row whose
// sentences all moved to a row this version has already said (a driver taken to hospital, whose later
// version tops the story).
#include "align/roles.h"
#include "align/versionpass_p.h"

#include <algorithm>

namespace Parallax::Internal {

bool VersionPass::saysRowElsewhere(int sentence, int row, const QList<Match> &found)
{
    const int nr = int(rows.size());
    // Comparing one sentence with every row is bounded as the moves are: past MaxMovePairs rows, no check.
    if (nr > MaxMovePairs)
        return false;
    if (allCellBags.size() != nr) {
        allCellBags.clear();
        allCellBags.reserve(nr);
        for (int i = 0; i < nr; ++i)
            allCellBags.append(cellBags(i));
    }
    QList<bool> taken(nr, false);
    for (const QList<Match> *list : { &std::as_const(matches), &found })
        for (const Match &mt : *list)
            for (int k = 0; k < mt.rowSpan; ++k)
                taken[mt.row + k] = true;
    const Bag &b = story.bag(v, sentence);
    bool says = false;
    for (int i = 0; i < nr && !says; ++i) {
        if (i == row || taken.at(i) || rowBoilerplate(rows[i]) || isHeaderRole(rowRole(rows[i]))
            || rowSubheading(rows[i]) || allCellBags.at(i).isEmpty())
            continue;
        says = coverSim(allCellBags.at(i), b) >= MoveFloor;
    }
    return says;
}

bool VersionPass::movedToMatchedRow(int row, const QList<Match> &found) const
{
    const BuildRow &r = rows[row];
    QList<int> partners;
    for (int w = 0; w < nv; ++w) {
        if (w == v || r.cells[w] < 0)
            continue;
        if (r.moveTo[w] < 0)
            return false;
        partners.append(r.moveTo[w]);
    }
    if (partners.isEmpty())
        return false;
    const auto matchedById = [&](int id) {
        const auto holds = [&](const Match &mt) {
            for (int k = 0; k < mt.rowSpan; ++k)
                if (rows[mt.row + k].id == id)
                    return true;
            return false;
        };
        return std::any_of(matches.cbegin(), matches.cend(), holds)
            || std::any_of(found.cbegin(), found.cend(), holds);
    };
    return std::all_of(partners.cbegin(), partners.cend(), matchedById);
}

} // namespace Parallax::Internal
