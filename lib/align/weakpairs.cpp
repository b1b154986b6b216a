// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3 of a version's pass, refined: context yields to content (docs/alignment.md). Rows and sentences
// left between two matches are likelier rewrites of each other than a drop beside an addition, but not a
// sentence that plainly rewrites a row elsewhere (an update moves "Trains ... will run again" far from the
// rail row it rewrites; beside it stands a quote about "a train going through the house"), nor a row whose
// sentences all moved to a row this version has already said (a driver taken to hospital, whose later
// version tops the story).
#include "align/gapfallback_p.h"
#include "align/roles.h"
#include "align/versionpass_p.h"

#include <algorithm>

namespace Parallax::Internal {

bool VersionPass::saysRowElsewhere(int sentence, int row, const QList<Match> &found)
{
    // The rows that could say each sentence, found once per pass (the rows do not change while the gaps
    // are solved) as step 4 finds its moves: among the rows that share enough of its terms, or past
    // MaxMovePairs the few nearest rows; and, once a sentence is asked about, those that say it at MoveFloor
    // or more.
    if (saidCandidates.isEmpty()) {
        const int nr = int(rows.size()), ns = int(sents.size());
        saidBags.resize(nr);
        for (int i = 0; i < nr; ++i)
            if (!rowBoilerplate(rows[i]) && !isHeaderRole(rowRole(rows[i])) && !rowSubheading(rows[i]))
                saidBags[i] = cellBags(i);
        const auto sentenceBag = [&](int j) -> const Bag & { return story.bag(v, j); };
        saidCandidates.resize(ns);
        if (qsizetype(nr) * ns <= MaxMovePairs) {
            const QList<QList<int>> reachable = reachableSentences(
                story, saidBags, ns, sentenceBag, std::min(MoveFloor, CoverShare * WeakFloor));
            for (int i = 0; i < nr; ++i)
                for (const int j : reachable.at(i))
                    saidCandidates[j].append(i);
        } else {
            saidCandidates = nearestRows(saidBags, sentenceBag, ns);
        }
    }
    auto known = saidRows.find(sentence);
    if (known == saidRows.end()) {
        QList<int> said;
        for (const int i : std::as_const(saidCandidates.at(sentence)))
            if (!saidBags.at(i).isEmpty() && coverSim(saidBags.at(i), story.bag(v, sentence)) >= MoveFloor)
                said.append(i);
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
