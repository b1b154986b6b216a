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
    // The rows the sentence says at MoveFloor or more, found once per sentence and pass (the rows do not
    // change while the gaps are solved). The comparisons are bounded as the moves' are: past MaxMovePairs in
    // a pass, a sentence not yet compared is taken to say no other row.
    auto known = saidRows.find(sentence);
    if (known == saidRows.end()) {
        const int nr = int(rows.size());
        QList<int> said;
        if (elsewhereComparisons + nr <= MaxMovePairs) {
            elsewhereComparisons += nr;
            if (allCellBags.size() != nr) {
                allCellBags.clear();
                allCellBags.reserve(nr);
                for (int i = 0; i < nr; ++i)
                    allCellBags.append(cellBags(i));
            }
            const Bag &b = story.bag(v, sentence);
            for (int i = 0; i < nr; ++i) {
                if (rowBoilerplate(rows[i]) || isHeaderRole(rowRole(rows[i])) || rowSubheading(rows[i])
                    || allCellBags.at(i).isEmpty())
                    continue;
                if (coverSim(allCellBags.at(i), b) >= MoveFloor)
                    said.append(i);
            }
        }
        known = saidRows.insert(sentence, said);
    }
    const auto taken = [&](int i) {
        const auto holds = [&](const Match &mt) { return i >= mt.row && i < mt.row + mt.rowSpan; };
        return std::any_of(matches.cbegin(), matches.cend(), holds)
            || std::any_of(found.cbegin(), found.cend(), holds);
    };
    return std::any_of(known->cbegin(), known->cend(), [&](int i) { return i != row && !taken(i); });
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
